using LearningLoop.EndToEnd.Tests.Infrastructure;
using LearningLoop.Web.Tests.Infrastructure;
using Npgsql;

namespace LearningLoop.EndToEnd.Tests.ScaleOut;

/// <summary>Two web nodes (two app processes on two loopback ports) started at the same moment on one new, empty
/// PostgreSQL database, as two nodes behind a load balancer start after a deployment. Nothing starts when PostgreSQL
/// is not configured (the tests are skipped then).</summary>
public sealed class TwoNodes : IAsyncLifetime
{
    private TestDatabase? _database;
    private readonly List<RunningApp> _nodes = [];

    public RunningApp A => _nodes[0];
    public RunningApp B => _nodes[1];
    public IReadOnlyList<RunningApp> All => _nodes;

    public async Task InitializeAsync()
    {
        if (!TestDatabase.PostgresAvailable) return;
        _database = await TestDatabase.CreateAsync("Postgres");
        var settings = new Dictionary<string, string>
        {
            ["Database__Provider"] = "Postgres",
            ["ConnectionStrings__LearningLoop"] = _database.ConnectionString,
        };
        var starting = new[] { RunningApp.StartAsync(demo: true, settings), RunningApp.StartAsync(demo: true, settings) };
        try
        {
            await Task.WhenAll(starting);
        }
        finally
        {
            // Keep whichever started, so that it is stopped even when the other did not come up.
            _nodes.AddRange(starting.Where(t => t.IsCompletedSuccessfully).Select(t => t.Result));
        }
    }

    /// <summary>One value from the nodes' database, read directly (as an operator would check it).</summary>
    public async Task<T> QueryAsync<T>(string sql)
    {
        await using var connection = new NpgsqlConnection(_database!.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    public async Task DisposeAsync()
    {
        foreach (var node in _nodes) await node.DisposeAsync();
        if (_database is not null) await _database.DisposeAsync();
    }
}
