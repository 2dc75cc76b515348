using System.Data.Common;
using LearningLoop.Web.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace LearningLoop.EndToEnd.Tests.Faults;

/// <summary>A database that outlives the app processes started on it: a SQLite file in a temp folder, or a fresh
/// PostgreSQL database on the test server. Read directly, as an operator checking it after a crash would.</summary>
public sealed class FaultDatabase : IAsyncDisposable
{
    private readonly DirectoryInfo? _folder;
    private readonly TestDatabase? _postgres;

    private FaultDatabase(DirectoryInfo? folder, TestDatabase? postgres, Dictionary<string, string> settings)
    {
        (_folder, _postgres, Settings) = (folder, postgres, settings);
    }

    /// <summary>The app's settings for this database (environment variables), with the per-client limits off: every
    /// test client is 127.0.0.1.</summary>
    public Dictionary<string, string> Settings { get; }

    public static async Task<FaultDatabase> CreateAsync(string provider)
    {
        var limits = new Dictionary<string, string> { ["RateLimits__SurveyAnswersPerMinute"] = "0", ["RateLimits__SignInPerMinute"] = "0" };
        if (provider == "Sqlite")
        {
            var folder = Directory.CreateTempSubdirectory("learningloop-fault-");
            return new FaultDatabase(folder, null, new(limits) { ["Database__SqlitePath"] = Path.Combine(folder.FullName, "fault.db") });
        }
        var postgres = await TestDatabase.CreateAsync("Postgres");
        return new FaultDatabase(null, postgres, new(limits) { ["Database__Provider"] = "Postgres", ["ConnectionStrings__LearningLoop"] = postgres.ConnectionString });
    }

    public async Task<long> CountAsync(string sql)
    {
        await using DbConnection connection = _postgres is null
            ? new SqliteConnection($"Data Source={Settings["Database__SqlitePath"]}")
            : new NpgsqlConnection(_postgres.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Whether a transaction of the app's is writing now: on PostgreSQL one that has written and last ran a statement
    /// on <paramref name="table"/>; on SQLite whoever holds the write lock (SQLite has one writer; a probe that cannot begin
    /// a write transaction at once, without waiting, has found it).</summary>
    public async Task<bool> IsWritingAsync(string table)
    {
        if (_postgres is not null)
        {
            return await CountAsync($"""
                SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()
                AND backend_xid IS NOT NULL AND query LIKE '%"{table}"%'
                """) > 0;
        }
        await using var connection = new SqliteConnection($"Data Source={Settings["Database__SqlitePath"]};Pooling=False");
        await connection.OpenAsync();
        // The raw call answers SQLITE_BUSY at once; a command would retry until its timeout.
        if (SQLitePCL.raw.sqlite3_exec(connection.Handle, "BEGIN IMMEDIATE") != SQLitePCL.raw.SQLITE_OK) return true;
        SQLitePCL.raw.sqlite3_exec(connection.Handle, "ROLLBACK");
        return false;
    }

    public async ValueTask DisposeAsync()
    {
        if (_postgres is not null) await _postgres.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try { _folder?.Delete(recursive: true); } catch (IOException) { }
    }
}
