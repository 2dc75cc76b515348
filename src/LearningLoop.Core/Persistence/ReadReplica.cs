using Microsoft.Extensions.Configuration;
using Npgsql;

namespace LearningLoop.Core.Persistence;

/// <summary>A PostgreSQL streaming replica that heavy reads may be served from (<c>ConnectionStrings:LearningLoopReadOnly</c>).
/// It is asked at most once per <see cref="ProbeInterval"/> whether it is a standby that answers, and how far behind the
/// primary it is; reads go to the primary whenever the last answer was no (decision 0019).</summary>
public sealed class ReadReplica(string connectionString, TimeSpan probeInterval, TimeProvider clock) : IDisposable
{
    public const string ConnectionStringName = "LearningLoopReadOnly";

    // Lag in seconds is 0 when everything received has been replayed; otherwise the age of the last replayed transaction.
    // (now() - pg_last_xact_replay_timestamp() alone grows while an idle primary writes nothing: PostgreSQL docs, 27.2.5.)
    private const string ProbeSql = """
        SELECT pg_is_in_recovery(),
               CASE WHEN NOT pg_is_in_recovery() OR pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn() THEN 0
                    ELSE COALESCE(EXTRACT(EPOCH FROM now() - pg_last_xact_replay_timestamp()), 0) END::float8,
               CASE WHEN pg_is_in_recovery() THEN pg_is_wal_replay_paused() ELSE false END
        """;

    private readonly SemaphoreSlim _probing = new(1, 1);
    private volatile ReplicaState _state = ReplicaState.NotYetAsked;

    public string ConnectionString { get; } = connectionString;
    public TimeSpan ProbeInterval { get; } = probeInterval;

    /// <summary>The replica configured for this deployment, or null when reads stay on the primary.</summary>
    public static ReadReplica? From(IConfiguration configuration, DatabaseOptions options, TimeProvider clock)
    {
        if (configuration.GetConnectionString(ConnectionStringName) is not { Length: > 0 } replica) return null;
        if (options.Provider != DatabaseProvider.Postgres)
        {
            throw new InvalidOperationException(
                $"ConnectionStrings:{ConnectionStringName} names a PostgreSQL streaming replica; it needs Database:Provider=Postgres.");
        }
        return new ReadReplica(replica, TimeSpan.FromSeconds(Math.Max(0.1, options.ReplicaProbeSeconds)), clock);
    }

    /// <summary>The last answer, without asking again.</summary>
    public ReplicaState State => _state;

    /// <summary>Whether reads may go to the replica now: asks it when the last answer is older than the probe interval.
    /// Concurrent requests do not queue behind one probe: they use the last answer meanwhile.</summary>
    public async Task<bool> IsUsableAsync(CancellationToken ct)
    {
        var state = _state;
        if (clock.GetUtcNow() - state.CheckedUtc < ProbeInterval || !await _probing.WaitAsync(0, ct)) return state.Usable;
        try
        {
            return (await AskAsync(ct)).Usable;
        }
        finally
        {
            _probing.Release();
        }
    }

    /// <summary>Asks the replica now (the readiness check does, so <c>/health/ready</c> is never stale).</summary>
    public async Task<ReplicaState> ProbeAsync(CancellationToken ct)
    {
        await _probing.WaitAsync(ct);
        try
        {
            return await AskAsync(ct);
        }
        finally
        {
            _probing.Release();
        }
    }

    /// <summary>A read on the replica failed: stop sending reads there until a probe says it answers again.</summary>
    public void MarkDown(string reason) => _state = ReplicaState.Down(clock.GetUtcNow(), reason);

    public void Dispose() => _probing.Dispose();

    private async Task<ReplicaState> AskAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        await using var connection = new NpgsqlConnection(ConnectionString);
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(TimeSpan.FromSeconds(3));
            await connection.OpenAsync(timeout.Token);
            await using var command = new NpgsqlCommand(ProbeSql, connection);
            await using var reader = await command.ExecuteReaderAsync(timeout.Token);
            await reader.ReadAsync(timeout.Token);
            _state = reader.GetBoolean(0)
                ? ReplicaState.Streaming(now, reader.GetDouble(1), reader.GetBoolean(2))
                : ReplicaState.Down(now, "the server is not a standby (promoted?)");
        }
        catch (Exception e) when (e is NpgsqlException or OperationCanceledException or System.Net.Sockets.SocketException or TimeoutException)
        {
            if (ct.IsCancellationRequested) throw;
            // Pooled connections to a stopped server are broken; drop them so the next read does not pick one up.
            NpgsqlConnection.ClearPool(connection);
            _state = ReplicaState.Down(now, e.Message);
        }
        return _state;
    }
}

/// <summary>What the replica last answered. <see cref="LagSeconds"/> is how far replay is behind what it received.</summary>
public sealed record ReplicaState(bool Usable, string Status, DateTimeOffset CheckedUtc, double? LagSeconds, bool ReplayPaused, string? Problem)
{
    public static readonly ReplicaState NotYetAsked = new(false, "not yet asked", DateTimeOffset.MinValue, null, false, null);

    public static ReplicaState Streaming(DateTimeOffset at, double lagSeconds, bool paused) =>
        new(true, paused ? "replay paused" : "streaming", at, Math.Round(lagSeconds, 3), paused, null);

    public static ReplicaState Down(DateTimeOffset at, string problem) => new(false, "unavailable", at, null, false, problem);
}
