using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LearningLoop.Web.Tests.Infrastructure;
using static LearningLoop.Web.Tests.Initiatives.InitiativeTestData;

namespace LearningLoop.Web.Tests.Capability;

/// <summary>The capability assessment, its plan, progress from evidence and the at-a-glance data through the API, on the
/// demo organisation, on both databases.</summary>
public abstract class CapabilityApiTests(LearningLoopApp app)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [Fact]
    public async Task The_demo_assessment_is_suppressed_where_few_answered_ranked_and_compared_with_the_last()
    {
        var manager = await app.ClientForAsync(Manager);
        var assessments = await manager.GetFromJsonAsync<JsonElement[]>("/api/v1/capability/assessments", Json);
        var latest = assessments!.Single(a => a.GetProperty("name").GetString() == "LHS capability, September 2025");
        Assert.Equal("Closed", latest.GetProperty("state").GetString());
        var results = await manager.GetFromJsonAsync<JsonElement>($"/api/v1/capability/assessments/{latest.GetProperty("id").GetInt32()}/results", Json);

        var min = results.GetProperty("minCellSize").GetInt32();
        var cells = results.GetProperty("cells").EnumerateArray().ToList();
        Assert.Equal(9 * 4 + 2, cells.Count);
        Assert.All(cells.Where(c => c.GetProperty("suppressed").GetBoolean()), c =>
        {
            Assert.Equal(JsonValueKind.Null, c.GetProperty("mean").ValueKind);
            Assert.Equal(JsonValueKind.Null, c.GetProperty("n").ValueKind);
        });
        Assert.All(cells.Where(c => !c.GetProperty("suppressed").GetBoolean()), c => Assert.True(c.GetProperty("n").GetInt32() >= min));

        // Partners are fewer than the minimum: their group is withheld whole; executives are shown.
        var groups = results.GetProperty("groups").EnumerateArray().ToDictionary(g => g.GetProperty("group").GetString()!);
        Assert.Equal(JsonValueKind.Null, groups["partner"].GetProperty("respondents").ValueKind);
        Assert.All(groups["partner"].GetProperty("cells").EnumerateArray(), c => Assert.True(c.GetProperty("suppressed").GetBoolean()));
        Assert.True(groups["executive"].GetProperty("respondents").GetInt32() >= min);

        var gaps = results.GetProperty("gaps").EnumerateArray().Select(g => g.GetProperty("priority").GetDouble()).ToList();
        Assert.True(gaps.Count > 5);
        Assert.Equal(gaps.OrderByDescending(p => p), gaps);
        var top = results.GetProperty("gaps")[0];
        Assert.Equal("engaging-stakeholders", top.GetProperty("domain").GetString());
        Assert.NotEqual(JsonValueKind.Null, results.GetProperty("previous").ValueKind);
        Assert.NotEmpty(results.GetProperty("change").EnumerateArray());
    }

    [Fact]
    public async Task Only_organisers_start_an_assessment_and_its_results_wait_until_it_closes()
    {
        var manager = await app.ClientForAsync(Manager);
        var staff = await app.ClientForAsync(Staff);
        var lead = await app.ClientForAsync(Lead);
        var form = new { name = "Capability " + app.Provider, opens = "2023-01-01", closes = "2099-01-01" };
        Assert.Equal(HttpStatusCode.Forbidden, (await manager.PostAsJsonAsync("/api/v1/capability/assessments", form)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.GetAsync("/api/v1/capability/assessments")).StatusCode);
        var bad = await lead.PostAsJsonAsync("/api/v1/capability/assessments", new { name = "", opens = "2025-01-01", closes = "2024-01-01" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);

        var created = await lead.PostAsJsonAsync("/api/v1/capability/assessments", form);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("id").GetInt32();
        Assert.Equal(HttpStatusCode.Conflict, (await lead.GetAsync($"/api/v1/capability/assessments/{id}/results")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await lead.GetAsync("/api/v1/capability/assessments/987654/results")).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await lead.PostAsync($"/api/v1/surveys/waves/{id}/close", null)).StatusCode);
        var closed = await lead.GetFromJsonAsync<JsonElement>($"/api/v1/capability/assessments/{id}/results", Json);
        Assert.Equal(JsonValueKind.Null, closed.GetProperty("respondents").ValueKind); // nobody answered: nothing shown
        Assert.Empty(closed.GetProperty("gaps").EnumerateArray());
    }

    [Fact]
    public async Task Plan_actions_check_their_references_and_the_progress_counts_them()
    {
        var manager = await app.ClientForAsync(Manager);
        var bad = await manager.PostAsJsonAsync("/api/v1/capability/actions", new
        {
            title = "x", domain = "nonsense", initiativeIds = new[] { 987_654 }, startsOn = "2025-05-01", dueOn = "2025-04-01",
        });
        var problem = await bad.Content.ReadFromJsonAsync<JsonElement>(Json);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("no such domain", problem.GetProperty("errors").GetProperty("Domain")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("not in this organisation", problem.GetProperty("errors").GetProperty("InitiativeIds")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("due on or after", problem.GetProperty("errors").GetProperty("DueOn")[0].GetString(), StringComparison.Ordinal);
        var wrongLevel = await manager.PostAsJsonAsync("/api/v1/capability/actions", new { title = "x", domain = "partnerships", level = "team" });
        Assert.Equal(HttpStatusCode.BadRequest, wrongLevel.StatusCode);

        var before = await manager.GetFromJsonAsync<JsonElement>("/api/v1/capability/plan-progress", Json);
        var initiative = app.InitiativeId(FourWest);
        var created = await manager.PostAsJsonAsync("/api/v1/capability/actions", new
        {
            title = "Managers' improvement time " + app.Provider, domain = "investment", level = "middle-management", initiativeIds = new[] { initiative },
            ownerId = app.PersonIdOf(Manager), dueOn = "2099-06-30",
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var action = await created.Content.ReadFromJsonAsync<JsonElement>(Json);
        Assert.Equal(initiative, action.GetProperty("initiativeIds")[0].GetInt32());
        var id = action.GetProperty("id").GetInt32();
        var done = await manager.PutAsJsonAsync($"/api/v1/capability/actions/{id}", new
        {
            title = "Managers' improvement time", domain = "investment", level = "middle-management", status = "Done", initiativeIds = new[] { initiative },
        });
        Assert.Equal("Done", (await done.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("status").GetString());
        var after = await manager.GetFromJsonAsync<JsonElement>("/api/v1/capability/plan-progress", Json);
        Assert.Equal(before.GetProperty("actions").GetInt32() + 1, after.GetProperty("actions").GetInt32());
        Assert.Equal(before.GetProperty("done").GetInt32() + 1, after.GetProperty("done").GetInt32());
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ClientForAsync(Staff)).PostAsJsonAsync("/api/v1/capability/actions",
            new { title = "x", domain = "investment" })).StatusCode);
    }

    [Fact]
    public async Task Progress_and_its_reasons_change_when_a_cycle_and_an_adoption_are_added()
    {
        var admin = await app.ClientForAsync(Admin);
        var created = await admin.PostAsJsonAsync("/api/v1/initiatives", new
        {
            title = "Progress " + app.Provider, startedOn = "2025-01-06", phase = "Testing", unitIds = new[] { app.UnitId("5 West") },
            aimStatement = "Fewer late discharges on 5 West",
        });
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("id").GetInt32();
        var before = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/capability/initiatives/{id}/progress", Json);

        var driver = await admin.PostAsJsonAsync($"/api/v1/initiatives/{id}/drivers", new { text = "Shared plan" });
        var driverId = (await driver.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("id").GetInt32();
        var idea = await admin.PostAsJsonAsync($"/api/v1/initiatives/{id}/change-ideas", new { text = "Daily huddle", driverId });
        var ideaId = (await idea.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("id").GetInt32();
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync($"/api/v1/initiatives/{id}/cycles", new
        {
            changeIdeaId = ideaId, title = "Huddle, one day", question = "Does it work?", prediction = "Yes", startsOn = "2025-02-03",
        })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync($"/api/v1/initiatives/{id}/adoptions",
            new { unitId = app.UnitId("ICU"), adoptedOn = "2025-06-01" })).StatusCode);
        var after = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/capability/initiatives/{id}/progress", Json);

        string Why(JsonElement p, string key) => p.GetProperty("reasons").EnumerateArray().Single(r => r.GetProperty("key").GetString() == key).GetProperty("why").GetString()!;
        Assert.True(after.GetProperty("score").GetInt32() > before.GetProperty("score").GetInt32());
        Assert.Equal("No PDSA cycle yet.", Why(before, "cycles"));
        Assert.Equal("1 PDSA cycle planned or run.", Why(after, "cycles"));
        Assert.Equal("No other unit has taken the practice up.", Why(before, "adoption"));
        Assert.Equal("1 other unit has adopted it.", Why(after, "adoption"));
    }

    [Fact]
    public async Task At_a_glance_has_every_tile_for_the_organisation_and_a_division()
    {
        var lead = await app.ClientForAsync(Lead);
        var organisation = await lead.GetFromJsonAsync<JsonElement>("/api/v1/at-a-glance", Json);
        Assert.Equal("Organisation", organisation.GetProperty("level").GetString());
        Assert.NotEmpty(organisation.GetProperty("initiatives").EnumerateArray());
        Assert.NotEmpty(organisation.GetProperty("rcTrend").EnumerateArray());
        Assert.NotEmpty(organisation.GetProperty("spread").EnumerateArray());
        Assert.NotEqual(JsonValueKind.Null, organisation.GetProperty("capability").ValueKind);
        Assert.Equal(["reporting-rate", "safety-culture", "partner-engagement", "alignment"],
            organisation.GetProperty("tiles").EnumerateArray().Select(t => t.GetProperty("key").GetString()));

        var medicine = app.WithSystemScope(db => db.Divisions.Single(d => d.Name == "Medicine" && d.Organisation!.Name == "Riverside General Hospital").Id);
        var division = await lead.GetFromJsonAsync<JsonElement>($"/api/v1/at-a-glance?division={medicine}", Json);
        Assert.Equal("Medicine", division.GetProperty("name").GetString());
        Assert.Contains(division.GetProperty("rcTrend").EnumerateArray(), s => s.GetProperty("unit").GetString() == "4 West");
        Assert.DoesNotContain(division.GetProperty("rcTrend").EnumerateArray(), s => s.GetProperty("unit").GetString() == "ICU");
        var capability = division.GetProperty("capability");
        Assert.True(capability.GetProperty("respondents").GetInt32() < organisation.GetProperty("capability").GetProperty("respondents").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, (await lead.GetAsync("/api/v1/at-a-glance?division=987654")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ClientForAsync(Staff)).GetAsync("/api/v1/at-a-glance")).StatusCode);
    }
}

public sealed class SqliteCapabilityApiTests(SqliteApp app) : CapabilityApiTests(app), IClassFixture<SqliteApp>;

public sealed class PostgresCapabilityApiTests(PostgresApp app) : CapabilityApiTests(app), IClassFixture<PostgresApp>;
