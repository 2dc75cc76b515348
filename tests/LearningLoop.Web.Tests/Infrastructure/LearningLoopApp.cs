using System.Net.Http.Headers;
using LearningLoop.Core.Access;
using LearningLoop.Core.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LearningLoop.Web.Tests.Infrastructure;

/// <summary>The real web app, with the demo organisation seeded, on a fresh database of one provider.
/// A second organisation's administrator is added so that tenancy can be tested.</summary>
public abstract class LearningLoopApp(string provider) : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string OtherAdminEmail = "admin@lakeside.example";
    private TestDatabase? _database;

    public string Provider { get; } = provider;

    /// <summary>The test database's connection string, once the fixture has started.</summary>
    protected string DatabaseConnectionString => _database!.ConnectionString;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(Provider);
        _ = Server; // builds the host: migrations and demo seeding run now
        using var scope = Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<LearningLoopDbContext>();
        db.Scope.SetSystem();
        var lakeside = await db.Organisations.SingleAsync(o => o.Name == "Lakeside Community Hospital");
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var other = new AppUser { UserName = OtherAdminEmail, Email = OtherAdminEmail, OrganisationId = lakeside.Id, DisplayName = "Lakeside admin" };
        Assert.True((await users.CreateAsync(other, "Lakeside-admin-2025")).Succeeded);
        Assert.True((await users.AddToRoleAsync(other, Roles.Administrator)).Succeeded);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Database:Provider", Provider);
        builder.UseSetting("ConnectionStrings:LearningLoop", _database!.ConnectionString);
        builder.UseSetting("Demo:Enabled", "true");
        // The tests read the story as written (its dates are in their assertions); DemoCalendarTests prove the move.
        builder.UseSetting("Demo:EndsInCurrentMonth", "false");
        // Every test client reaches the app from the same (missing) address, so the whole suite would be one client to the
        // per-client sign-in limit; suites sign in dozens of times a minute. RateLimitTests sets the limits it proves.
        builder.UseSetting("RateLimits:SignInPerMinute", "0");
        builder.UseEnvironment("Testing");
        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, ServerErrorReason.Filter>());
        builder.ConfigureLogging(logging => logging.AddProvider(new ServerErrorReason.Logger()));
    }

    /// <summary>An API client acting as the given user, through a freshly made API key (as a script would).</summary>
    public async Task<HttpClient> ClientForAsync(string email)
    {
        using var scope = Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<LearningLoopDbContext>();
        var user = await db.Users.SingleAsync(u => u.Email == email);
        var (record, key) = ApiKey.Issue(user.Id, "test");
        db.ApiKeys.Add(record);
        await db.SaveChangesAsync();
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return client;
    }

    public T WithSystemScope<T>(Func<LearningLoopDbContext, T> read)
    {
        using var scope = Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<LearningLoopDbContext>();
        db.Scope.SetSystem();
        return read(db);
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        if (_database is not null) await _database.DisposeAsync();
    }
}

public sealed class SqliteApp() : LearningLoopApp("Sqlite");

public sealed class PostgresApp() : LearningLoopApp("Postgres");
