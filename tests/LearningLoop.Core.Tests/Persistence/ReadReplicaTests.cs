using System.Net;
using System.Net.Sockets;
using LearningLoop.Core.Persistence;
using Microsoft.Extensions.Configuration;

namespace LearningLoop.Core.Tests.Persistence;

/// <summary>The read replica's settings and what happens when it does not answer. Reads from a running replica are
/// tested against a real one in the web tests (ReplicaReadTests).</summary>
public sealed class ReadReplicaTests
{
    private static IConfiguration Settings(string? replica) => new ConfigurationBuilder()
        .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:LearningLoopReadOnly"] = replica })
        .Build();

    [Fact]
    public void Without_a_read_only_connection_string_there_is_no_replica()
    {
        Assert.Null(ReadReplica.From(Settings(null), new DatabaseOptions { Provider = DatabaseProvider.Postgres }, TimeProvider.System));
        Assert.Null(ReadReplica.From(Settings(""), new DatabaseOptions { Provider = DatabaseProvider.Sqlite }, TimeProvider.System));
    }

    [Fact]
    public void A_replica_with_sqlite_is_refused_with_the_setting_to_change()
    {
        var refused = Assert.Throws<InvalidOperationException>(() =>
            ReadReplica.From(Settings("Host=replica;Database=learningloop"), new DatabaseOptions { Provider = DatabaseProvider.Sqlite }, TimeProvider.System));
        Assert.Contains("Database:Provider=Postgres", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_replica_that_does_not_answer_is_unavailable_and_not_used()
    {
        // A port nothing listens on: the connection is refused at once.
        int port;
        using (var listener = new TcpListener(IPAddress.Loopback, 0))
        {
            listener.Start();
            port = ((IPEndPoint)listener.LocalEndpoint).Port;
        }
        using var replica = ReadReplica.From(
            Settings($"Host=127.0.0.1;Port={port};Username=nobody;Database=learningloop;Timeout=3"),
            new DatabaseOptions { Provider = DatabaseProvider.Postgres, ReplicaProbeSeconds = 60 }, TimeProvider.System)!;
        Assert.Equal("not yet asked", replica.State.Status);

        Assert.False(await replica.IsUsableAsync(CancellationToken.None));
        Assert.Equal("unavailable", replica.State.Status);
        Assert.Null(replica.State.LagSeconds);
        Assert.False(string.IsNullOrEmpty(replica.State.Problem));

        var asked = replica.State.CheckedUtc;
        Assert.False(await replica.IsUsableAsync(CancellationToken.None));
        Assert.Equal(asked, replica.State.CheckedUtc); // within the probe interval the last answer stands
        Assert.False((await replica.ProbeAsync(CancellationToken.None)).Usable);
        Assert.True(replica.State.CheckedUtc > asked); // the readiness check always asks afresh
    }
}
