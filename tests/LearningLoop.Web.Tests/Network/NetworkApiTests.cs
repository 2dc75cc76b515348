using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LearningLoop.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static LearningLoop.Web.Tests.Initiatives.InitiativeTestData;

namespace LearningLoop.Web.Tests.Network;

/// <summary>The learning network on the demo (Northern Learning Network, coordinated by Riverside's improvement lead), on
/// both databases. The promise: a coordinator sees only what members opted in to share, checked on the server; nobody
/// else reaches the network view; a member's administrators decide what it shares.</summary>
public abstract class NetworkApiTests(LearningLoopApp app)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private const string Lakeside = "Lakeside Community Hospital";
    private const string Hillcrest = "Hillcrest Regional Hospital";
    private const string Riverside = "Riverside General Hospital";

    [Fact]
    public async Task The_coordinator_sees_each_measure_only_from_the_members_that_share_it()
    {
        var coordinator = await app.ClientForAsync(Lead);
        var network = await coordinator.GetFromJsonAsync<JsonElement>("/api/v1/network", Json);
        Assert.Equal("Northern Learning Network", network.GetProperty("name").GetString());
        Assert.Equal([Hillcrest, Lakeside, Riverside], Names(network.GetProperty("members")));
        var falls = Measure(network, "Inpatient falls");
        Assert.Equal([Hillcrest, Lakeside], Names(falls.GetProperty("sharedBy")));
        Assert.Equal([Riverside], Names(falls.GetProperty("notShared"))); // the coordinator's own hospital keeps its falls to itself

        var fallsFunnel = await FunnelAsync(coordinator, falls.GetProperty("id").GetInt32());
        Assert.Equal([Hillcrest, Lakeside], fallsFunnel.GetProperty("points").EnumerateArray().Select(p => p.GetProperty("organisation").GetString()!));
        // Its plot, downloaded, has the same members and not the hospital that keeps its falls to itself.
        var drawn = await coordinator.GetStringAsync($"/api/v1/network/measures/{falls.GetProperty("id").GetInt32()}/funnel.svg");
        Assert.Contains(Hillcrest, drawn, StringComparison.Ordinal);
        Assert.DoesNotContain(Riverside, drawn, StringComparison.Ordinal);

        // Riverside shares its whole-hospital readmissions: its point is that measure's twelve-month totals, nothing else.
        var readmissions = await FunnelAsync(coordinator, Measure(network, "30-day readmissions").GetProperty("id").GetInt32());
        var points = readmissions.GetProperty("points").EnumerateArray().ToDictionary(p => p.GetProperty("organisation").GetString()!);
        Assert.Equal(3, points.Count);
        var from = DateOnly.Parse(readmissions.GetProperty("from").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        var to = DateOnly.Parse(readmissions.GetProperty("to").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        var (events, cases) = app.WithSystemScope(db =>
        {
            var values = db.MeasureValues.Where(v => v.Measure!.Name == "30-day readmissions, whole hospital" && v.Period >= from && v.Period <= to).ToList();
            return (values.Sum(v => v.Numerator!.Value), values.Sum(v => v.Denominator!.Value));
        });
        Assert.Equal(cases, points[Riverside].GetProperty("denominator").GetDouble());
        Assert.Equal(events, points[Riverside].GetProperty("events").GetDouble());
        Assert.Equal(12, (to.Year - from.Year) * 12 + to.Month - from.Month + 1);
    }

    [Fact]
    public async Task When_a_member_stops_sharing_the_coordinator_no_longer_sees_its_data()
    {
        var coordinator = await app.ClientForAsync(Lead);
        var lakeside = await app.ClientForAsync(LearningLoopApp.OtherAdminEmail);
        var falls = Measure(await coordinator.GetFromJsonAsync<JsonElement>("/api/v1/network", Json), "Inpatient falls").GetProperty("id").GetInt32();
        var sharing = await lakeside.GetFromJsonAsync<JsonElement>("/api/v1/network/sharing", Json);
        var lakesideFalls = sharing.GetProperty("measures").EnumerateArray().Single(m => m.GetProperty("networkMeasureId").GetInt32() == falls)
            .GetProperty("measureId").GetInt32();
        try
        {
            Assert.Equal(HttpStatusCode.OK, (await lakeside.PutAsJsonAsync($"/api/v1/network/sharing/measures/{falls}", new { measureId = (int?)null })).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await lakeside.PutAsJsonAsync("/api/v1/network/sharing/capability", new { share = false })).StatusCode);

            var funnel = await FunnelAsync(coordinator, falls);
            Assert.Equal([Hillcrest], funnel.GetProperty("points").EnumerateArray().Select(p => p.GetProperty("organisation").GetString()!));
            Assert.Contains(Lakeside, Names(funnel.GetProperty("notShared")));
            var profiles = (await coordinator.GetFromJsonAsync<JsonElement[]>("/api/v1/network/capability", Json))!
                .ToDictionary(p => p.GetProperty("organisation").GetString()!);
            Assert.False(profiles[Lakeside].GetProperty("shared").GetBoolean());
            Assert.Empty(profiles[Lakeside].GetProperty("domains").EnumerateObject());
            Assert.Equal(JsonValueKind.Null, profiles[Lakeside].GetProperty("assessment").ValueKind);
            Assert.False(profiles[Hillcrest].GetProperty("shared").GetBoolean());
            Assert.True(profiles[Riverside].GetProperty("domains").GetProperty("analysing-data").GetDouble() > 3.5);
        }
        finally
        {
            await lakeside.PutAsJsonAsync($"/api/v1/network/sharing/measures/{falls}", new { measureId = lakesideFalls });
            await lakeside.PutAsJsonAsync("/api/v1/network/sharing/capability", new { share = true });
        }
        var restored = (await coordinator.GetFromJsonAsync<JsonElement[]>("/api/v1/network/capability", Json))!.Single(p => p.GetProperty("organisation").GetString() == Lakeside);
        Assert.True(restored.GetProperty("domains").GetProperty("engaging-stakeholders").GetDouble() > restored.GetProperty("domains").GetProperty("analysing-data").GetDouble());
    }

    [Fact]
    public async Task Only_coordinators_reach_the_network_view_and_only_administrators_change_what_is_shared()
    {
        foreach (var email in new[] { Admin, Manager, Staff, Partner, LearningLoopApp.OtherAdminEmail })
        {
            var client = await app.ClientForAsync(email);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/v1/network")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/v1/network/measures/1/funnel")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/v1/network/capability")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsJsonAsync("/api/v1/network/maturity", new { domain = "research", level = 5, evidence = "x" })).StatusCode);
        }
        var coordinator = await app.ClientForAsync(Lead);
        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.GetAsync("/api/v1/network/measures/987654/funnel")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await coordinator.GetAsync("/api/v1/network/sharing")).StatusCode); // a lead, not an administrator

        // An administrator cannot share another organisation's measure, nor a measure without denominators.
        var lakeside = await app.ClientForAsync(LearningLoopApp.OtherAdminEmail);
        var falls = (await lakeside.GetFromJsonAsync<JsonElement>("/api/v1/network/sharing", Json)).GetProperty("measures")[0].GetProperty("networkMeasureId").GetInt32();
        var riversideMeasure = app.MeasureId("30-day readmissions, whole hospital");
        var refused = await lakeside.PutAsJsonAsync($"/api/v1/network/sharing/measures/{falls}", new { measureId = riversideMeasure });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>(Json);
        Assert.Contains("not in this organisation", problem.GetProperty("errors").GetProperty("measureId")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await lakeside.PutAsJsonAsync("/api/v1/network/sharing/measures/987654", new { measureId = (int?)null })).StatusCode);

        var admin = await app.ClientForAsync(Admin);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ClientForAsync(Admin)).GetAsync("/network")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/network/sharing")).StatusCode);
    }

    [Fact]
    public async Task The_maturity_grid_keeps_every_rating_and_shows_the_latest_with_its_evidence()
    {
        var coordinator = await app.ClientForAsync(Lead);
        var grid = (await coordinator.GetFromJsonAsync<JsonElement[]>("/api/v1/network/maturity", Json))!;
        Assert.Equal(["leadership", "governance", "quality-improvement", "community", "data-analytics", "research"],
            grid.Select(r => r.GetProperty("domain").GetProperty("key").GetString()!));
        Assert.All(grid, r => Assert.Equal(5, r.GetProperty("domain").GetProperty("levels").GetArrayLength()));
        var research = grid.Single(r => r.GetProperty("domain").GetProperty("key").GetString() == "research");
        var before = research.GetProperty("latest").GetProperty("level").GetInt32();

        var bad = await coordinator.PostAsJsonAsync("/api/v1/network/maturity", new { domain = "nonsense", level = 9, evidence = " " });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = (await bad.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("errors");
        Assert.Equal(["domain", "evidence", "level"], errors.EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal));

        var created = await coordinator.PostAsJsonAsync("/api/v1/network/maturity", new
        {
            domain = "research", level = before + 1, evidence = "First shared-protocol study approved " + app.Provider, ratedOn = "2099-01-01",
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var after = (await coordinator.GetFromJsonAsync<JsonElement[]>("/api/v1/network/maturity", Json))!
            .Single(r => r.GetProperty("domain").GetProperty("key").GetString() == "research");
        Assert.Equal(before + 1, after.GetProperty("latest").GetProperty("level").GetInt32());
        Assert.Equal(before, after.GetProperty("previous").GetProperty("level").GetInt32());
        Assert.Contains("shared-protocol", after.GetProperty("latest").GetProperty("evidence").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await coordinator.GetAsync("/network/maturity")).StatusCode);
    }

    private static async Task<JsonElement> FunnelAsync(HttpClient client, int measure) =>
        await client.GetFromJsonAsync<JsonElement>($"/api/v1/network/measures/{measure}/funnel", Json);

    private static JsonElement Measure(JsonElement network, string name) =>
        network.GetProperty("measures").EnumerateArray().Single(m => m.GetProperty("name").GetString() == name);

    private static List<string> Names(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()!).Order(StringComparer.Ordinal).ToList();
}

public sealed class SqliteNetworkApiTests(SqliteApp app) : NetworkApiTests(app), IClassFixture<SqliteApp>;

public sealed class PostgresNetworkApiTests(PostgresApp app) : NetworkApiTests(app), IClassFixture<PostgresApp>;
