using System.CommandLine;
using LearningLoop.Cli.Commands;
using LearningLoop.Core.Access;
using Microsoft.EntityFrameworkCore;

namespace LearningLoop.Core.Tests.Cli;

public sealed class AdminAndDbCommandTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("learningloop-cli-");
    private string DbPath => Path.Combine(_dir.FullName, "cli.db");

    private static async Task<(int Exit, string Out, string Err)> RunAsync(params string[] args)
    {
        var root = new RootCommand { AdminCommand.Create(), DbCommand.Create() };
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Migrate_creates_the_database_and_reports_when_it_is_up_to_date()
    {
        var first = await RunAsync("db", "migrate", "--sqlite-path", DbPath);
        Assert.Equal(0, first.Exit);
        Assert.Contains("Applied", first.Out, StringComparison.Ordinal);
        Assert.True(File.Exists(DbPath));
        var second = await RunAsync("db", "migrate", "--sqlite-path", DbPath);
        Assert.Contains("up to date", second.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Admin_create_makes_an_administrator_of_a_new_organisation_and_refuses_weak_passwords()
    {
        var weak = await RunAsync("admin", "create", "--sqlite-path", DbPath, "--email", "ops@harbour.example", "--organisation", "Harbour", "--password", "weak");
        Assert.Equal(2, weak.Exit);
        Assert.Contains("at least 10 characters", weak.Err, StringComparison.Ordinal);

        var ok = await RunAsync("admin", "create", "--sqlite-path", DbPath, "--email", "ops@harbour.example", "--organisation", "Harbour", "--password", "Harbour-ops-2025");
        Assert.Equal(0, ok.Exit);

        using var database = new SqliteFile(DbPath);
        using var db = database.Open();
        var user = await db.Users.SingleAsync(u => u.Email == "ops@harbour.example");
        var organisation = await db.Organisations.SingleAsync();
        Assert.Equal("Harbour", organisation.Name);
        Assert.Equal(organisation.Id, user.OrganisationId);
        var roleIds = db.UserRoles.Where(r => r.UserId == user.Id).Select(r => r.RoleId);
        Assert.Equal([Roles.Administrator], await db.Roles.Where(r => roleIds.Contains(r.Id)).Select(r => r.Name!).ToListAsync());
        Assert.NotEqual("Harbour-ops-2025", user.PasswordHash);
    }

    [Fact]
    public async Task Admin_invite_adds_the_person_gives_roles_records_the_change_and_prints_a_single_use_link()
    {
        Assert.Equal(0, (await RunAsync("admin", "create", "--sqlite-path", DbPath, "--email", "ops@harbour.example", "--organisation", "Harbour", "--password", "Harbour-ops-2025")).Exit);

        string[] invite = ["admin", "invite", "--sqlite-path", DbPath, "--email", "nurse@harbour.example", "--role", "Staff", "--role", "Manager",
            "--organisation", "Harbour", "--name", "Nora Nurse"];
        // Links are built on the configured public address only: without one, nothing is made and nobody is added.
        var noAddress = await RunAsync(invite);
        Assert.Equal(2, noAddress.Exit);
        Assert.Contains("App__PublicBaseUrl", noAddress.Err, StringComparison.Ordinal);

        Environment.SetEnvironmentVariable("App__PublicBaseUrl", "https://learningloop.harbour.example");
        (int Exit, string Out, string Err) ok;
        try
        {
            var unknown = await RunAsync("admin", "invite", "--sqlite-path", DbPath, "--email", "nurse@harbour.example", "--role", "Staff");
            Assert.Equal(2, unknown.Exit);
            Assert.Contains("--organisation and --name", unknown.Err, StringComparison.Ordinal);
            var badRole = await RunAsync("admin", "invite", "--sqlite-path", DbPath, "--email", "nurse@harbour.example", "--role", "Captain",
                "--organisation", "Harbour", "--name", "Nora Nurse");
            Assert.Equal(2, badRole.Exit);
            Assert.Contains("Captain", badRole.Err, StringComparison.Ordinal);
            ok = await RunAsync(invite);
        }
        finally
        {
            Environment.SetEnvironmentVariable("App__PublicBaseUrl", null);
        }
        Assert.Equal(0, ok.Exit);
        var link = ok.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Last();
        Assert.StartsWith("https://learningloop.harbour.example/account/set-password#", link, StringComparison.Ordinal);

        using var database = new SqliteFile(DbPath);
        using var db = database.Open();
        var person = await db.People.SingleAsync(p => p.Email == "nurse@harbour.example");
        var user = await db.Users.SingleAsync(u => u.PersonId == person.Id);
        Assert.Null(user.PasswordHash);
        var roleIds = db.UserRoles.Where(r => r.UserId == user.Id).Select(r => r.RoleId);
        Assert.Equal([Roles.Manager, Roles.Staff], (await db.Roles.Where(r => roleIds.Contains(r.Id)).Select(r => r.Name!).ToListAsync()).Order());
        var changes = await db.AccountChanges.Where(c => c.UserId == user.Id).Select(c => c.Actor + ": " + c.What).ToListAsync();
        Assert.Contains("command line: Account created", changes);
        Assert.Contains("command line: Invitation link made", changes);
    }

    private sealed class SqliteFile(string path) : IDisposable
    {
        public Core.Persistence.LearningLoopDbContext Open()
        {
            var options = new DbContextOptionsBuilder<Core.Persistence.SqliteLearningLoopDbContext>();
            Core.Persistence.PersistenceRegistration.ConfigureSqlite(options, $"Data Source={path}");
            return new Core.Persistence.SqliteLearningLoopDbContext(options.Options, OrganisationScope.System);
        }

        public void Dispose() => Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _dir.Delete(recursive: true);
    }
}
