using System.CommandLine;
using LearningLoop.Cli.Commands;
using LearningLoop.Core.Access;
using LearningLoop.Core.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql;

namespace LearningLoop.Core.Tests.Cli;

/// <summary>Issue 13 item 12: backup and restore round trips on SQLite and PostgreSQL, and an upgrade from a database made
/// by the first migrations.</summary>
public sealed class BackupCommandTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("learningloop-backup-");

    private string In(string name) => Path.Combine(_dir.FullName, name);

    private static async Task<(int Exit, string Out, string Err)> RunAsync(params string[] args)
    {
        var root = new RootCommand { AdminCommand.Create(), DbCommand.Create() };
        foreach (var command in BackupCommand.Create()) root.Subcommands.Add(command);
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        return (exit, output.ToString(), error.ToString());
    }

    private static async Task AdminAsync(string[] database, string organisation)
    {
        var result = await RunAsync([.. new[] { "admin", "create", "--email", $"ops@{organisation.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant()}.example", "--organisation", organisation, "--password", "Backup-ops-2025" }, .. database]);
        Assert.True(result.Exit == 0, result.Err);
    }

    private static async Task<List<string>> OrganisationsAsync(string[] database)
    {
        await using var db = Open(database);
        return await db.Organisations.OrderBy(o => o.Name).Select(o => o.Name).ToListAsync();
    }

    private static LearningLoopDbContext Open(string[] database)
    {
        if (database.Contains("Postgres"))
        {
            var postgres = new DbContextOptionsBuilder<PostgresLearningLoopDbContext>();
            PersistenceRegistration.ConfigurePostgres(postgres, database[^1]);
            return new PostgresLearningLoopDbContext(postgres.Options, OrganisationScope.System);
        }
        var sqlite = new DbContextOptionsBuilder<SqliteLearningLoopDbContext>();
        PersistenceRegistration.ConfigureSqlite(sqlite, $"Data Source={database[^1]};Pooling=False");
        return new SqliteLearningLoopDbContext(sqlite.Options, OrganisationScope.System);
    }

    /// <summary>Back up, change, restore: the change is gone and the backed-up records are back.</summary>
    private async Task RoundTripAsync(string[] database)
    {
        Assert.Equal(0, (await RunAsync(["db", "migrate", .. database])).Exit);
        await AdminAsync(database, "Harbour");
        var backup = await RunAsync(["backup", "--to", In("backup.bak"), .. database]);
        Assert.True(backup.Exit == 0, backup.Err);
        Assert.True(new FileInfo(In("backup.bak")).Length > 1000);
        await AdminAsync(database, "Quayside");
        Assert.Equal(["Harbour", "Quayside"], await OrganisationsAsync(database));

        var restore = await RunAsync(["restore", "--from", In("backup.bak"), .. database]);
        Assert.True(restore.Exit == 0, restore.Err);
        Assert.Equal(["Harbour"], await OrganisationsAsync(database));
        Assert.Contains("up to date", (await RunAsync(["db", "migrate", .. database])).Out, StringComparison.Ordinal);
    }

    [Fact]
    public Task Sqlite_backup_and_restore_round_trip() => RoundTripAsync(["--sqlite-path", In("live.db")]);

    [Fact]
    public async Task Postgres_backup_and_restore_round_trip()
    {
        var admin = Environment.GetEnvironmentVariable("LEARNINGLOOP_TEST_POSTGRES");
        Assert.False(string.IsNullOrEmpty(admin), "LEARNINGLOOP_TEST_POSTGRES is not set: run the tests through ./test.sh, which starts PostgreSQL.");
        var name = "ll_backup_" + Guid.NewGuid().ToString("N")[..12];
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await create.ExecuteNonQueryAsync();
        }
        var cs = new NpgsqlConnectionStringBuilder(admin) { Database = name, Pooling = false }.ConnectionString;
        try
        {
            await RoundTripAsync(["--provider", "Postgres", "--connection-string", cs]);
        }
        finally
        {
            await using var connection = new NpgsqlConnection(admin);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }

    [Fact]
    public async Task A_missing_backup_file_is_refused_and_nothing_changes()
    {
        string[] database = ["--sqlite-path", In("kept.db")];
        Assert.Equal(0, (await RunAsync(["db", "migrate", .. database])).Exit);
        await AdminAsync(database, "Harbour");
        var refused = await RunAsync(["restore", "--from", In("no-such.bak"), .. database]);
        Assert.Equal(2, refused.Exit);
        Assert.Contains("No backup file", refused.Err, StringComparison.Ordinal);
        Assert.Equal(["Harbour"], await OrganisationsAsync(database));
    }

    [Fact]
    public async Task A_database_made_by_the_first_migration_upgrades_to_the_current_schema_with_its_records()
    {
        var path = In("first-release.db");
        var options = new DbContextOptionsBuilder<SqliteLearningLoopDbContext>();
        PersistenceRegistration.ConfigureSqlite(options, $"Data Source={path};Pooling=False");
        await using (var db = new SqliteLearningLoopDbContext(options.Options, OrganisationScope.System))
        {
            var first = db.Database.GetMigrations().First();
            await db.GetService<IMigrator>().MigrateAsync(first);
            // Rows as the first release wrote them, in its schema.
            await db.Database.ExecuteSqlRawAsync("INSERT INTO \"Organisations\" (\"Name\", \"MinimumCellSize\") VALUES ('Old Mill Hospital', 5)");
            Assert.NotEmpty(await db.Database.GetPendingMigrationsAsync());
        }
        SqliteConnection.ClearAllPools();
        var upgrade = await RunAsync("db", "migrate", "--sqlite-path", path);
        Assert.True(upgrade.Exit == 0, upgrade.Err);
        Assert.Contains("Applied", upgrade.Out, StringComparison.Ordinal);
        Assert.Equal(["Old Mill Hospital"], await OrganisationsAsync(["--sqlite-path", path]));
        await AdminAsync(["--sqlite-path", path], "Mill Annex");  // the upgraded database takes new records
        Assert.Equal(["Mill Annex", "Old Mill Hospital"], await OrganisationsAsync(["--sqlite-path", path]));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _dir.Delete(recursive: true);
    }
}
