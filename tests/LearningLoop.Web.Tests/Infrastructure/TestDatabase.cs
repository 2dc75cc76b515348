using Npgsql;

namespace LearningLoop.Web.Tests.Infrastructure;

/// <summary>A fresh, empty database on a real server for one test fixture: a SQLite file in a temp folder, or a new
/// database on the PostgreSQL cluster that test.sh starts (its connection string is in LEARNINGLOOP_TEST_POSTGRES).</summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string PostgresVariable = "LEARNINGLOOP_TEST_POSTGRES";

    private TestDatabase(string provider, string connectionString, Func<Task> drop)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _drop = drop;
    }

    private readonly Func<Task> _drop;
    public string Provider { get; }
    public string ConnectionString { get; }

    public static bool PostgresAvailable => !string.IsNullOrEmpty(Environment.GetEnvironmentVariable(PostgresVariable));

    public static async Task<TestDatabase> CreateAsync(string provider)
    {
        if (provider == "Sqlite")
        {
            var dir = Directory.CreateTempSubdirectory("learningloop-sqlite-");
            return new TestDatabase(provider, $"Data Source={Path.Combine(dir.FullName, "test.db")}", () =>
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                dir.Delete(recursive: true);
                return Task.CompletedTask;
            });
        }
        var admin = Environment.GetEnvironmentVariable(PostgresVariable)
            ?? throw new InvalidOperationException($"{PostgresVariable} is not set: run the tests through ./test.sh, which starts PostgreSQL.");
        var name = "ll_" + Guid.NewGuid().ToString("N")[..16];
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await create.ExecuteNonQueryAsync();
        }
        var builder = new NpgsqlConnectionStringBuilder(admin) { Database = name };
        return new TestDatabase(provider, builder.ConnectionString, async () =>
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(admin);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        });
    }

    public async ValueTask DisposeAsync() => await _drop();
}
