using System.Diagnostics;
using Npgsql;

namespace LearningLoop.Web.Tests.Infrastructure;

/// <summary>The streaming replica of the throwaway cluster that test.sh starts (pg_basebackup -R, another loopback port):
/// its connection string is in LEARNINGLOOP_TEST_POSTGRES_REPLICA and a script that stops and starts it in
/// LEARNINGLOOP_TEST_POSTGRES_REPLICA_CONTROL.</summary>
public static class TestReplica
{
    public const string Variable = "LEARNINGLOOP_TEST_POSTGRES_REPLICA";
    public const string ControlVariable = "LEARNINGLOOP_TEST_POSTGRES_REPLICA_CONTROL";

    private static string Required(string variable) => Environment.GetEnvironmentVariable(variable) is { Length: > 0 } value
        ? value
        : throw new InvalidOperationException($"{variable} is not set although {TestDatabase.PostgresVariable} is: run through ./test.sh.");

    private static string Admin => Required(Variable);

    /// <summary>The replica's copy of the primary database the connection string names.</summary>
    public static string ConnectionStringFor(string primaryConnectionString) =>
        new NpgsqlConnectionStringBuilder(Admin) { Database = new NpgsqlConnectionStringBuilder(primaryConnectionString).Database }.ConnectionString;

    /// <summary>Waits until the replica has replayed everything the primary has written so far.</summary>
    public static async Task WaitForCatchUpAsync()
    {
        // The insert position, not pg_current_wal_lsn() (the write position): test.sh runs the primary with
        // synchronous_commit=off, so a commit may sit in the WAL buffers, past the write position, for up to
        // wal_writer_delay; waiting only for the write position let the test read the replica before the commit came.
        var primaryLsn = (string)(await QueryAsync(Environment.GetEnvironmentVariable(TestDatabase.PostgresVariable)!, "SELECT pg_current_wal_insert_lsn()::text"))!;
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!(bool)(await QueryAsync(Admin, $"SELECT pg_last_wal_replay_lsn() >= '{primaryLsn}'::pg_lsn"))!)
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"The replica did not replay up to {primaryLsn} within a minute.");
            await Task.Delay(100);
        }
    }

    /// <summary>Stops applying the primary's changes (the replica keeps receiving them): from now on it shows an older state.</summary>
    public static async Task PauseReplayAsync()
    {
        await QueryAsync(Admin, "SELECT pg_wal_replay_pause()");
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while ((string)(await QueryAsync(Admin, "SELECT pg_get_wal_replay_pause_state()"))! != "paused")
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException("Replay did not pause.");
            await Task.Delay(50);
        }
    }

    public static Task ResumeReplayAsync() => QueryAsync(Admin, "SELECT pg_wal_replay_resume()");

    public static Task StopAsync() => ControlAsync("stop");

    public static Task StartAsync() => ControlAsync("start");

    private static async Task ControlAsync(string verb)
    {
        using var process = Process.Start(new ProcessStartInfo("bash") { ArgumentList = { Required(ControlVariable), verb }, RedirectStandardOutput = true, RedirectStandardError = true })!;
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"replica {verb} failed: {error}");
    }

    private static async Task<object?> QueryAsync(string connectionString, string sql)
    {
        // No pooling: a pooled connection to a replica that was stopped and started again is broken.
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }
}
