using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LearningLoop.Web.Tests.Infrastructure;
using static LearningLoop.Web.Tests.Initiatives.InitiativeTestData;

namespace LearningLoop.Web.Tests.Initiatives;

/// <summary>An initiative's life through the API: aim, driver diagram, PDSA cycles on the measure's chart, spread,
/// interventions, timeline and portfolio, on both databases.</summary>
public abstract class InitiativesApiTests(LearningLoopApp app)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [Fact]
    public async Task Bad_fields_are_named_and_a_good_initiative_links_its_aim_measure()
    {
        var lead = await app.ClientForAsync(Lead);
        var empty = await lead.PostAsJsonAsync("/api/v1/initiatives", new { title = "", startedOn = "2025-01-06" });
        await AssertFieldError(empty, "Title", "Give the initiative a title.");
        var bad = await lead.PostAsJsonAsync("/api/v1/initiatives", new
        {
            title = "Bad refs", startedOn = "2025-01-06", aimDate = "2024-12-31", unitIds = new[] { 987_654 }, aimMeasureId = 987_654, lead = "Nobody Atall",
        });
        var problem = await AssertFieldError(bad, "UnitIds", "No unit 987654");
        Assert.Contains("no measure 987654", problem.GetProperty("errors").GetProperty("AimMeasureId")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("must come after the start", problem.GetProperty("errors").GetProperty("AimDate")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("No one called 'Nobody Atall'", problem.GetProperty("errors").GetProperty("Lead")[0].GetString(), StringComparison.Ordinal);

        var measure = app.MeasureId("30-day readmissions", "5 West");
        var leadPerson = app.PersonIdOf(Manager);
        var person = app.Person(leadPerson);
        var created = await lead.PostAsJsonAsync("/api/v1/initiatives", new
        {
            title = "Readmissions on 5 West", startedOn = "2025-02-03", phase = "Planning", aimMeasureId = measure, aimBaseline = 13.5, aimTarget = 10,
            aimDate = "2026-03-31", unitIds = new[] { app.UnitId("5 West") }, lead = $"{person.Name} <{person.Email.ToUpperInvariant()}>",
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await created.Content.ReadFromJsonAsync<JsonElement>(Json);
        Assert.Equal(leadPerson, body.GetProperty("lead").GetProperty("id").GetInt32());
        Assert.Equal(measure, body.GetProperty("aim").GetProperty("measureId").GetInt32());
        Assert.Contains(body.GetProperty("measures").EnumerateArray(), m => m.GetProperty("id").GetInt32() == measure);
        Assert.Equal("Planning", body.GetProperty("phase").GetString());
    }

    [Fact]
    public async Task A_driver_diagram_is_built_two_levels_deep_and_refuses_to_lose_tested_ideas()
    {
        var (id, admin) = await NewInitiativeAsync("Diagram " + app.Provider);
        var primary = await CreatedId(await admin.PostAsJsonAsync($"/api/v1/initiatives/{id}/drivers", new { text = "Shared plan" }));
        var secondary = await CreatedId(await admin.PostAsJsonAsync($"/api/v1/initiatives/{id}/drivers", new { text = "Timely communication", parentId = primary }));
        await AssertFieldError(await admin.PostAsJsonAsync($"/api/v1/initiatives/{id}/drivers", new { text = "Too deep", parentId = secondary }), "ParentId", "not under another secondary");
        var idea = await CreatedId(await admin.PostAsJsonAsync($"/api/v1/initiatives/{id}/change-ideas", new { text = "Daily huddle", driverId = secondary }));
        var other = app.InitiativeId(FourWest);
        var foreignDriver = app.WithSystemScope(db => db.Drivers.First(d => d.InitiativeId == other).Id);
        await AssertFieldError(await admin.PostAsJsonAsync($"/api/v1/initiatives/{id}/change-ideas", new { text = "Elsewhere", driverId = foreignDriver }), "DriverId", "no driver");

        var tree = await admin.GetFromJsonAsync<JsonElement[]>($"/api/v1/initiatives/{id}/drivers", Json);
        var root = Assert.Single(tree!);
        Assert.Equal("Shared plan", root.GetProperty("text").GetString());
        Assert.Equal("Daily huddle", root.GetProperty("secondary")[0].GetProperty("changeIdeas")[0].GetProperty("text").GetString());
        var svg = await admin.GetStringAsync($"/api/v1/initiatives/{id}/driver-diagram.svg");
        Assert.Contains("<title>Change idea: Daily huddle</title>", svg, StringComparison.Ordinal);

        await PlanAsync(admin, id, idea, "2025-03-03");
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.DeleteAsync($"/api/v1/initiatives/{id}/drivers/{primary}")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.DeleteAsync($"/api/v1/initiatives/{id}/change-ideas/{idea}")).StatusCode);
        Assert.Equal(3, app.WithSystemScope(db => db.Drivers.Count(d => d.InitiativeId == id) + db.ChangeIdeas.Count(c => c.InitiativeId == id)));
    }

    [Fact]
    public async Task Cycles_ramp_by_number_appear_on_the_studied_measures_chart_and_adopting_can_start_a_phase()
    {
        var (id, admin) = await NewInitiativeAsync("Ramp " + app.Provider);
        var measure = app.MeasureId("Time to antibiotics in sepsis", "Paediatrics");
        var primary = await CreatedId(await admin.PostAsJsonAsync($"/api/v1/initiatives/{id}/drivers", new { text = "Sepsis recognised early" }));
        var idea = await CreatedId(await admin.PostAsJsonAsync($"/api/v1/initiatives/{id}/change-ideas", new { text = "Sepsis screening prompt", driverId = primary }));

        var first = await PlanAsync(admin, id, idea, "2025-03-03", measure);
        var second = await PlanAsync(admin, id, idea, "2025-03-17", measure);
        Assert.Equal(1, first.GetProperty("number").GetInt32());
        Assert.Equal(2, second.GetProperty("number").GetInt32());
        Assert.Equal("Planned", second.GetProperty("stage").GetString());
        Assert.Equal(["PDSA 1–2 · Sepsis screening prompt"], Annotations(measure));

        // Act needs Study first; an adopted change may start a new phase on the studied chart.
        var cycleId = second.GetProperty("id").GetInt32();
        var write = new Dictionary<string, object?>
        {
            ["changeIdeaId"] = idea, ["title"] = "Prompt on every triage", ["question"] = "Q", ["prediction"] = "P", ["startsOn"] = "2025-03-17", ["endsOn"] = "2025-04-11",
            ["measureId"] = measure, ["decision"] = "Adopt", ["startPhase"] = true,
        };
        await AssertFieldError(await admin.PutAsJsonAsync($"/api/v1/initiatives/{id}/cycles/{cycleId}", write), "Decision", "Study before you act");
        write["result"] = "Screened 92% of triaged patients.";
        var adopted = await admin.PutAsJsonAsync($"/api/v1/initiatives/{id}/cycles/{cycleId}", write);
        Assert.Equal(HttpStatusCode.OK, adopted.StatusCode);
        var adoptedBody = await adopted.Content.ReadFromJsonAsync<JsonElement>(Json);
        Assert.Equal("Acted", adoptedBody.GetProperty("stage").GetString());
        Assert.True(adoptedBody.GetProperty("startPhase").GetBoolean());
        Assert.Equal([new DateOnly(2025, 5, 1)], app.WithSystemScope(db => db.MeasurePhases.Where(p => p.MeasureId == measure).Select(p => p.StartsOn).ToList()));

        write["startPhase"] = false;
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync($"/api/v1/initiatives/{id}/cycles/{cycleId}", write)).StatusCode);
        Assert.Empty(app.WithSystemScope(db => db.MeasurePhases.Where(p => p.MeasureId == measure).ToList()));

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/v1/initiatives/{id}/cycles/{first.GetProperty("id").GetInt32()}")).StatusCode);
        Assert.Equal(["PDSA 2 · Sepsis screening prompt"], Annotations(measure));
    }

    [Fact]
    public async Task Adoptions_spread_the_practice_once_per_unit_and_after_the_start()
    {
        var (id, admin) = await NewInitiativeAsync("Spread " + app.Provider);
        await AssertFieldError(await admin.PostAsJsonAsync($"/api/v1/initiatives/{id}/adoptions", new { unitId = app.UnitId("5 West"), adoptedOn = "2025-06-01" }), "UnitId", "where the practice started");
        await AssertFieldError(await admin.PostAsJsonAsync($"/api/v1/initiatives/{id}/adoptions", new { unitId = app.UnitId("ICU"), adoptedOn = "2024-06-01" }), "AdoptedOn", "comes after it");
        var icu = await admin.PostAsJsonAsync($"/api/v1/initiatives/{id}/adoptions", new { unitId = app.UnitId("ICU"), adoptedOn = "2025-06-01", adaptation = "Step-down huddle" });
        Assert.Equal(HttpStatusCode.Created, icu.StatusCode);
        var icuBody = await icu.Content.ReadFromJsonAsync<JsonElement>(Json);
        Assert.Equal("ICU", icuBody.GetProperty("unit").GetString());
        Assert.Equal(JsonValueKind.Null, icuBody.GetProperty("fromUnitId").ValueKind);
        await AssertFieldError(await admin.PostAsJsonAsync($"/api/v1/initiatives/{id}/adoptions", new { unitId = app.UnitId("ICU"), adoptedOn = "2025-07-01" }), "UnitId", "already adopted");
        var maternity = await admin.PostAsJsonAsync($"/api/v1/initiatives/{id}/adoptions", new { unitId = app.UnitId("Maternity"), fromUnitId = app.UnitId("ICU"), adoptedOn = "2025-08-01" });
        Assert.Equal(HttpStatusCode.Created, maternity.StatusCode);

        var spread = await admin.GetFromJsonAsync<JsonElement[]>($"/api/v1/adoptions?initiativeId={id}", Json);
        Assert.Equal(["ICU", "Maternity"], spread!.Select(a => a.GetProperty("unit").GetString()));
        Assert.Equal("ICU", spread![1].GetProperty("fromUnit").GetString());
        var page = await admin.GetStringAsync($"/initiatives/{id}/spread");
        Assert.Contains("Maternity learned the practice from ICU", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Interventions_are_logged_by_the_team_for_its_initiative_and_by_managers_for_a_unit()
    {
        var fourWest = app.InitiativeId(FourWest);
        var unit = app.UnitId("4 West");
        var staff = await app.ClientForAsync(Staff);
        var manager = await app.ClientForAsync(Manager);
        var body = new { initiativeId = fourWest, unitId = unit, kind = "Huddle", title = "Weekend huddle refresher", startsOn = "2025-10-04", participants = "Nurses in charge", participantCount = 6 };
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.PostAsJsonAsync("/api/v1/interventions", body)).StatusCode);
        var standalone = new { unitId = unit, kind = "Training", title = "Teach-back refresher", startsOn = "2025-10-04" };
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.PostAsJsonAsync("/api/v1/interventions", standalone)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await manager.PostAsJsonAsync("/api/v1/interventions", standalone)).StatusCode);
        var logged = await manager.PostAsJsonAsync("/api/v1/interventions", body);
        Assert.Equal(HttpStatusCode.Created, logged.StatusCode);
        Assert.Equal("Huddle", (await logged.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("kind").GetString());
        await AssertFieldError(await manager.PostAsJsonAsync("/api/v1/interventions", new { kind = "Training", title = "Nowhere", startsOn = "2025-10-04" }), "UnitId", "Say where it happened");
        await AssertFieldError(await manager.PostAsJsonAsync("/api/v1/interventions", new { unitId = unit, title = "Backwards", startsOn = "2025-10-04", endsOn = "2025-10-01" }), "EndsOn", "cannot end before it starts");

        var timeline = await staff.GetFromJsonAsync<JsonElement[]>($"/api/v1/initiatives/{fourWest}/timeline", Json);
        var kinds = timeline!.Select(e => e.GetProperty("kind").GetString()).ToHashSet();
        Assert.Superset(new HashSet<string?> { "PdsaCycle", "Intervention", "Lesson", "Adoption", "MeasureSignal" }, kinds);
        Assert.Contains(timeline!, e => e.GetProperty("title").GetString() == "Weekend huddle refresher");
        var dates = timeline!.Select(e => e.GetProperty("on").GetString()!).ToList();
        Assert.Equal(dates.OrderDescending(StringComparer.Ordinal), dates);
    }

    [Fact]
    public async Task The_portfolio_flags_testing_initiatives_whose_cycles_stopped_and_filters_by_unit_and_phase()
    {
        var staff = await app.ClientForAsync(Staff);
        var all = await staff.GetFromJsonAsync<JsonElement[]>("/api/v1/initiatives", Json);
        var falls = all!.Single(i => i.GetProperty("title").GetString() == "Fewer falls on 6 North Cardiology");
        Assert.True(falls.GetProperty("stale").GetBoolean());
        Assert.False(all!.Single(i => i.GetProperty("title").GetString() == FourWest).GetProperty("stale").GetBoolean(), "spreading, not testing: no cycles expected");
        var fourWest = all!.Single(i => i.GetProperty("title").GetString() == FourWest);
        Assert.Contains(fourWest.GetProperty("measures").EnumerateArray(), m => m.GetProperty("variation").GetString() == "ImprovingLow");

        var patient = await staff.GetFromJsonAsync<JsonElement[]>("/api/v1/initiatives?staleAfterWeeks=104", Json);
        Assert.False(patient!.Single(i => i.GetProperty("title").GetString() == "Fewer falls on 6 North Cardiology").GetProperty("stale").GetBoolean());
        var testing = await staff.GetFromJsonAsync<JsonElement[]>("/api/v1/initiatives?phase=Testing", Json);
        Assert.All(testing!, i => Assert.Equal("Testing", i.GetProperty("phase").GetString()));
        var icu = await staff.GetFromJsonAsync<JsonElement[]>($"/api/v1/initiatives?unitId={app.UnitId("ICU")}", Json);
        Assert.Contains(icu!, i => i.GetProperty("title").GetString() == FourWest); // ICU adopted the huddle
        Assert.Contains(icu!, i => i.GetProperty("title").GetString() == "Hand-hygiene recovery in ICU");
        Assert.DoesNotContain(icu!, i => i.GetProperty("title").GetString() == "Fewer falls on 6 North Cardiology");
        Assert.Contains("data-testid=\"stale-warning\"", await staff.GetStringAsync("/initiatives"), StringComparison.Ordinal);
    }

    private List<string> Annotations(int measureId) =>
        app.WithSystemScope(db => db.MeasureAnnotations.Where(a => a.MeasureId == measureId).OrderBy(a => a.Date).Select(a => a.Text).ToList());

    private async Task<(int Id, HttpClient Admin)> NewInitiativeAsync(string title)
    {
        var admin = await app.ClientForAsync(Admin);
        var created = await admin.PostAsJsonAsync("/api/v1/initiatives", new { title, startedOn = "2025-01-06", phase = "Testing", unitIds = new[] { app.UnitId("5 West") } });
        return (await CreatedId(created), admin);
    }

    private static async Task<JsonElement> PlanAsync(HttpClient client, int initiative, int idea, string startsOn, int? measureId = null)
    {
        var response = await client.PostAsJsonAsync($"/api/v1/initiatives/{initiative}/cycles", new
        {
            changeIdeaId = idea, title = "Test " + startsOn, question = "Does it work?", prediction = "Yes, mostly.", startsOn, measureId,
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>(Json);
    }

    private static async Task<int> CreatedId(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("id").GetInt32();
    }

    internal static async Task<JsonElement> AssertFieldError(HttpResponseMessage response, string field, string fragment)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Json);
        var messages = problem.GetProperty("errors").GetProperty(field).EnumerateArray().Select(m => m.GetString()!);
        Assert.Contains(messages, m => m.Contains(fragment, StringComparison.OrdinalIgnoreCase));
        return problem;
    }
}

public sealed class SqliteInitiativesApiTests(SqliteApp app) : InitiativesApiTests(app), IClassFixture<SqliteApp>;

public sealed class PostgresInitiativesApiTests(PostgresApp app) : InitiativesApiTests(app), IClassFixture<PostgresApp>;
