using LearningLoop.Core.Access;
using LearningLoop.Core.Persistence;
using LearningLoop.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LearningLoop.Web.Tests.Security.Matrix;

/// <summary>The app for the authorisation matrix: the usual demo app, with the <see cref="WriteProbe"/> on its database
/// commands, and one account of every role in the second organisation (Lakeside, which has no records of its own).</summary>
public abstract class MatrixApp(string provider) : LearningLoopApp(provider)
{
    public const string LakesidePassword = "Lakeside-matrix-2025";

    public WriteProbe Probe => Services.GetRequiredService<WriteProbe>();

    public ErrorLog Errors { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureLogging(l => l.AddProvider(Errors));
        builder.ConfigureTestServices(services =>
        {
            services.AddHttpContextAccessor();
            services.AddSingleton<WriteProbe>();
            services.ConfigureDbContext<SqliteLearningLoopDbContext>((sp, o) => o.AddInterceptors(sp.GetRequiredService<WriteProbe>()));
            services.ConfigureDbContext<PostgresLearningLoopDbContext>((sp, o) => o.AddInterceptors(sp.GetRequiredService<WriteProbe>()));
        });
    }

    /// <summary>Makes lead@, manager@, staff@ and partner@lakeside.example (the administrator exists already).</summary>
    public async Task AddLakesideAccountsAsync()
    {
        using var scope = Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<LearningLoopDbContext>();
        db.Scope.SetSystem();
        var lakeside = await db.Organisations.SingleAsync(o => o.Name == "Lakeside Community Hospital");
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        foreach (var (name, role) in new[] { ("lead", Roles.ImprovementLead), ("manager", Roles.Manager), ("staff", Roles.Staff), ("partner", Roles.PatientPartner) })
        {
            var email = $"{name}@lakeside.example";
            if (await users.FindByEmailAsync(email) is not null) continue;
            var user = new AppUser { UserName = email, Email = email, OrganisationId = lakeside.Id, DisplayName = $"Lakeside {name}" };
            Assert.True((await users.CreateAsync(user, LakesidePassword)).Succeeded);
            Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
        }
    }
}

public sealed class SqliteMatrixApp() : MatrixApp("Sqlite");

public sealed class PostgresMatrixApp() : MatrixApp("Postgres");
