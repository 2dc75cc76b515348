using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LearningLoop.Web.Tests.Infrastructure;
using LearningLoop.Web.Tests.Measures;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;

namespace LearningLoop.Web.Tests.Operations;

/// <summary>Heavy reads from a real streaming replica (issue 15, decision 0019): test.sh starts one beside its throwaway
/// cluster. Pausing its replay makes it show an older state, which tells which server answered a page.</summary>
public sealed class ReplicaReadTests(ReplicaFixture fixture) : IClassFixture<ReplicaFixture>
{
    private const string Admin = "admin@riverside.example";
    private const string Lead = "lead@riverside.example";

    [PostgresFact]
    public async Task A_dashboard_is_read_from_the_replica_while_the_editor_reads_their_own_write_from_the_primary()
    {
        var app = fixture.App!;
        var (measureId, unitId, oldName) = app.WithSystemScope(db =>
        {
            var riverside = db.Organisations.Single(o => o.Name == "Riverside General Hospital").Id;
            var measure = db.Measures.AsNoTracking().Where(m => m.UnitId != null && m.OrganisationId == riverside).OrderBy(m => m.Id).First();
            return (measure.Id, measure.UnitId!.Value, measure.Name);
        });
        var newName = $"Renamed while the replica waits {Guid.NewGuid():N}"[..40];
        var lead = await app.SignInAsync(Lead);
        var colleague = await app.SignInAsync(Admin);
        await TestReplica.WaitForCatchUpAsync();
        Assert.Contains(WebUtility.HtmlEncode(oldName), await colleague.GetStringAsync($"/measures/{measureId}"), StringComparison.Ordinal);

        await TestReplica.PauseReplayAsync();
        try
        {
            var saved = await BlazorForm.PostAsync(lead, $"/measures/{measureId}/edit", "measure", Definition(unitId, newName));
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
            Assert.Equal(newName, app.WithSystemScope(db => db.Measures.Single(m => m.Id == measureId).Name)); // on the primary

            // A colleague's chart page comes from the replica, which has not replayed the change yet...
            var dashboard = await colleague.GetStringAsync($"/measures/{measureId}");
            Assert.Contains(WebUtility.HtmlEncode(oldName), dashboard, StringComparison.Ordinal);
            Assert.DoesNotContain(newName, dashboard, StringComparison.Ordinal);
            // ...the edit page reads from the primary...
            Assert.Contains($"value=\"{newName}\"", await lead.GetStringAsync($"/measures/{measureId}/edit"), StringComparison.Ordinal);
            // ...and so does the editor's own chart page just after their write.
            Assert.Contains(newName, await lead.GetStringAsync($"/measures/{measureId}"), StringComparison.Ordinal);

            // The readiness check answers what the replica said at its last probe, which may predate the WAL of the edit
            // reaching it: ask again until a probe sees the received change waiting for replay (or the deadline passes).
            var replica = await ReplicaReadinessAsync(app);
            for (var deadline = DateTime.UtcNow.AddSeconds(15);
                 replica.GetProperty("data").GetProperty("lagSeconds").GetDouble() <= 0 && DateTime.UtcNow < deadline;)
            {
                await Task.Delay(250);
                replica = await ReplicaReadinessAsync(app);
            }
            Assert.Equal("Healthy", replica.GetProperty("status").GetString());
            Assert.Equal("replay paused", replica.GetProperty("data").GetProperty("state").GetString());
            Assert.True(replica.GetProperty("data").GetProperty("replayPaused").GetBoolean());
            Assert.True(replica.GetProperty("data").GetProperty("lagSeconds").GetDouble() > 0, "replay is behind what the replica received");
        }
        finally
        {
            await TestReplica.ResumeReplayAsync();
        }

        await TestReplica.WaitForCatchUpAsync();
        Assert.Contains(newName, await colleague.GetStringAsync($"/measures/{measureId}"), StringComparison.Ordinal);
        var streaming = await ReplicaReadinessAsync(app);
        Assert.Equal("streaming", streaming.GetProperty("data").GetProperty("state").GetString());
    }

    [PostgresFact]
    public async Task Every_heavy_page_keeps_working_from_the_primary_when_the_replica_stops()
    {
        var app = fixture.App!;
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var (measureId, initiativeId, waveId) = app.WithSystemScope(db =>
        {
            var riverside = db.Organisations.Single(o => o.Name == "Riverside General Hospital").Id;
            return (db.Measures.Where(m => m.OrganisationId == riverside).Min(m => m.Id),
                db.Initiatives.Where(i => i.OrganisationId == riverside).Min(i => i.Id),
                db.Waves.Where(w => w.OrganisationId == riverside && (w.ClosedEarlyOn != null || w.Closes < today)).Min(w => w.Id));
        });
        string[] pages = ["/", "/overview", $"/measures/{measureId}", "/measures/compare", $"/initiatives/{initiativeId}/report",
            $"/surveys/waves/{waveId}/results", "/at-a-glance", $"/api/v1/measures/{measureId}/chart"];
        var colleague = await app.SignInAsync(Admin);
        await TestReplica.WaitForCatchUpAsync();
        foreach (var page in pages) Assert.True((await colleague.GetAsync(page)).StatusCode == HttpStatusCode.OK, $"{page} from the replica");

        await TestReplica.StopAsync();
        try
        {
            // At once: whether a probe notices first or a read fails on the replica (and is served again by the primary),
            // no page fails.
            foreach (var page in pages)
            {
                var response = await colleague.GetAsync(page);
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"{page} with the replica stopped: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            }
            var script = await app.ClientForAsync(Admin);
            Assert.Equal(HttpStatusCode.OK, (await script.GetAsync($"/api/v1/measures/{measureId}/values.csv")).StatusCode);

            var ready = await app.CreateClient().GetAsync("/health/ready");
            Assert.Equal(HttpStatusCode.OK, ready.StatusCode); // degraded, not unready: the node keeps its place behind the balancer
            var report = await ready.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal("Degraded", report.GetProperty("status").GetString());
            Assert.Equal("unavailable", report.GetProperty("checks").GetProperty("replica").GetProperty("data").GetProperty("state").GetString());
        }
        finally
        {
            await TestReplica.StartAsync();
        }

        var deadline = DateTime.UtcNow.AddSeconds(60);
        while ((await ReplicaReadinessAsync(app)).GetProperty("status").GetString() != "Healthy")
        {
            Assert.True(DateTime.UtcNow < deadline, "the replica was not used again within a minute of starting");
            await Task.Delay(250);
        }
    }

    private static async Task<JsonElement> ReplicaReadinessAsync(LearningLoopApp app) =>
        (await app.CreateClient().GetFromJsonAsync<JsonElement>("/health/ready")).GetProperty("checks").GetProperty("replica");

    private static Dictionary<string, string> Definition(int unitId, string name) => new()
    {
        ["Input.Name"] = name, ["Input.Owner"] = $"unit:{unitId}", ["Input.Kind"] = "Outcome", ["Input.Frequency"] = "Month",
        ["Input.Chart"] = "", ["Input.Multiplier"] = "1", ["Input.Direction"] = "Down", ["Input.Target"] = "",
        ["Input.BaselineEnd"] = "", ["Input.OperationalDefinition"] = "Renamed by the replica test.",
    };
}

/// <summary>The demo on a fresh PostgreSQL database, with the replica's copy of it as the read-only connection.
/// Nothing starts when PostgreSQL is not configured (the tests are skipped then).</summary>
public sealed class ReplicaFixture : IAsyncLifetime
{
    public PostgresReplicaApp? App { get; private set; }

    public async Task InitializeAsync()
    {
        if (!TestDatabase.PostgresAvailable) return;
        App = new PostgresReplicaApp();
        await ((IAsyncLifetime)App).InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        if (App is not null) await ((IAsyncLifetime)App).DisposeAsync();
    }
}

public sealed class PostgresReplicaApp() : LearningLoopApp("Postgres")
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("ConnectionStrings:LearningLoopReadOnly", TestReplica.ConnectionStringFor(DatabaseConnectionString));
    }
}
