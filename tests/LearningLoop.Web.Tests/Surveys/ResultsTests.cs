using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LearningLoop.Web.Tests.Infrastructure;

namespace LearningLoop.Web.Tests.Surveys;

/// <summary>What organisers and analysts see: response rates and relational coordination results, suppressed below the
/// minimum cell size, and never anything that ties an answer to a person, a link or a time.</summary>
public abstract class ResultsTests(LearningLoopApp app)
{
    private readonly SurveyHarness _survey = new(app);
    private static readonly string[] Forbidden = ["token", "email", "person", "respondent", "responseId", "submitted", "created", "draft"];

    /// <summary>Six nurses and two case managers answer; nurses rate both groups, case managers too. The wave is then
    /// closed, as its results appear only then.</summary>
    private async Task<(int Wave, List<string> Tokens)> SmallWaveAsync(string name)
    {
        var wave = await _survey.CreateWaveAsync(name, "nurse", "case_manager");
        var tokens = await _survey.LinksAsync(wave, 8);
        for (var i = 0; i < 8; i++)
        {
            var fields = _survey.Answers(i < 6 ? "nurse" : "case_manager", i < 6 ? 4 : 2, "nurse", "case_manager");
            fields["t.comments"] = i < 6 ? $"nurse comment {i}" : $"case manager comment {i}";
            Assert.Contains("Your answers are in", (await _survey.PostAsync(tokens[i], "submit", fields)).Html, StringComparison.Ordinal);
        }
        await _survey.CloseAsync(wave);
        return (wave, tokens);
    }

    [Fact]
    public async Task Results_show_cells_of_five_or_more_and_suppress_the_rest_in_json_csv_and_page()
    {
        var (wave, tokens) = await SmallWaveAsync("Suppression");
        var admin = await app.ClientForAsync(SurveyHarness.Admin);
        var json = await admin.GetStringAsync($"/api/v1/surveys/waves/{wave}/results");
        var results = JsonDocument.Parse(json).RootElement;
        var cells = results.GetProperty("cells").EnumerateArray().ToDictionary(c => (c.GetProperty("from").GetString(), c.GetProperty("to").GetString()));

        var shown = cells[("nurse", "case_manager")];
        Assert.False(shown.GetProperty("suppressed").GetBoolean());
        Assert.Equal(6, shown.GetProperty("n").GetInt32());
        Assert.Equal(4.0, shown.GetProperty("score").GetDouble(), 9);
        Assert.Equal("Strong", shown.GetProperty("band").GetString());
        foreach (var hidden in new[] { cells[("case_manager", "nurse")], cells[("case_manager", "case_manager")] })
        {
            Assert.True(hidden.GetProperty("suppressed").GetBoolean());
            Assert.Equal(JsonValueKind.Null, hidden.GetProperty("n").ValueKind);
            Assert.Equal(JsonValueKind.Null, hidden.GetProperty("score").ValueKind);
        }
        var groups = results.GetProperty("workgroups").EnumerateArray().ToDictionary(w => w.GetProperty("key").GetString()!);
        Assert.Equal(JsonValueKind.Null, groups["case_manager"].GetProperty("respondents").ValueKind);
        Assert.Equal(JsonValueKind.Null, groups["case_manager"].GetProperty("within").ValueKind);
        Assert.Equal(6, groups["nurse"].GetProperty("respondents").GetInt32());
        // Six nurses are shown and two case managers are not: the wave's total and overall would give the two away by
        // subtraction, so they are hidden too.
        Assert.Equal(JsonValueKind.Null, results.GetProperty("respondents").ValueKind);
        Assert.Equal(JsonValueKind.Null, results.GetProperty("overall").ValueKind);
        Assert.Empty(results.GetProperty("dimensions").EnumerateArray());

        // Comments only from groups of at least the minimum cell size.
        Assert.Contains("nurse comment 3", json, StringComparison.Ordinal);
        Assert.DoesNotContain("case manager comment", json, StringComparison.Ordinal);

        AssertNoIdentifiers(json, tokens, wave);
        var csv = await admin.GetStringAsync($"/api/v1/surveys/waves/{wave}/results.csv");
        Assert.Contains("nurse,case_manager,6,4,strong,false", csv, StringComparison.Ordinal);
        Assert.Contains("case_manager,nurse,,,,true", csv, StringComparison.Ordinal);
        AssertNoIdentifiers(csv, tokens, wave);

        var page = await admin.GetStringAsync($"/surveys/waves/{wave}/results");
        Assert.Contains("data-from=\"case_manager\" data-to=\"nurse\" data-suppressed=\"true\"", page, StringComparison.Ordinal);
        Assert.Contains("data-from=\"nurse\" data-to=\"case_manager\" data-suppressed=\"false\"", page, StringComparison.Ordinal);
        Assert.Contains("Case managers rating Nurses: suppressed, fewer than 5 responses", page, StringComparison.Ordinal);
        Assert.DoesNotContain("case manager comment", page, StringComparison.Ordinal);

        // The downloads show what the page shows, no more: the same cells suppressed, no hidden figure, no profile of a
        // suppressed wave; and the page links to them.
        Assert.Contains($"/api/v1/surveys/waves/{wave}/heat-map.png", page, StringComparison.Ordinal);
        var heatMap = await admin.GetStringAsync($"/api/v1/surveys/waves/{wave}/heat-map.svg");
        var cellsDrawn = System.Xml.Linq.XDocument.Parse(heatMap).Descendants().Where(e => e.Attribute("data-suppressed") is not null)
            .ToDictionary(e => ((string?)e.Attribute("data-from"), (string?)e.Attribute("data-to")), e => (string)e.Attribute("data-suppressed")!);
        Assert.Equal(cells.Count, cellsDrawn.Count);
        Assert.All(cells, c => Assert.Equal(c.Value.GetProperty("suppressed").GetBoolean() ? "true" : "false", cellsDrawn[c.Key]));
        Assert.Contains("Case managers rating Nurses: suppressed, fewer than 5 responses", heatMap, StringComparison.Ordinal);
        AssertNoIdentifiers(heatMap, tokens, wave);
        var network = await admin.GetStringAsync($"/api/v1/surveys/waves/{wave}/network.svg");
        Assert.Contains("suppressed (fewer than 5 responses one way or both)", network, StringComparison.Ordinal);
        Assert.DoesNotContain("Nurses ↔ Case managers: 4", network, StringComparison.Ordinal);
        Assert.DoesNotContain("Case managers ↔ Nurses: 4", network, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/api/v1/surveys/waves/{wave}/profile.svg")).StatusCode);
    }

    [Fact]
    public async Task The_feedback_session_guide_opens_with_strengths_and_keeps_every_suppression()
    {
        var (wave, tokens) = await SmallWaveAsync("Debrief");
        var manager = await app.ClientForAsync("manager@riverside.example");
        var page = await manager.GetStringAsync($"/surveys/waves/{wave}/debrief");
        var strengths = page.IndexOf("data-testid=\"strengths\"", StringComparison.Ordinal);
        var explore = page.IndexOf("data-testid=\"to-explore\"", StringComparison.Ordinal);
        Assert.True(strengths > 0 && explore > strengths, "strengths come before the ties to explore");
        // The only shown tie between groups; the case managers' ratings (two respondents) appear nowhere.
        Assert.Contains("Nurses → Case managers", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Case managers → Nurses", page, StringComparison.Ordinal);
        Assert.DoesNotContain("case manager comment", page, StringComparison.Ordinal);
        // The wave's own figures are hidden (six nurses shown, two case managers not), so its dimensions are too.
        Assert.DoesNotContain("The seven dimensions", page, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"next-steps\"", page, StringComparison.Ordinal);
        Assert.Contains("/interventions/new?kind=RelationalMapping", page, StringComparison.Ordinal);
        Assert.All(tokens, token => Assert.DoesNotContain(token, page, StringComparison.Ordinal));

        var staff = await app.ClientForAsync("staff@riverside.example");
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.GetAsync($"/surveys/waves/{wave}/debrief")).StatusCode);
        var other = await app.ClientForAsync(LearningLoopApp.OtherAdminEmail);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/surveys/waves/{wave}/debrief")).StatusCode);
    }

    [Fact]
    public async Task Whole_wave_figures_show_when_every_group_is_shown()
    {
        var wave = await _survey.CreateWaveAsync("Balanced", "nurse", "case_manager");
        var tokens = await _survey.LinksAsync(wave, 10);
        for (var i = 0; i < 10; i++)
        {
            await _survey.PostAsync(tokens[i], "submit", _survey.Answers(i < 5 ? "nurse" : "case_manager", i < 5 ? 4 : 2, "nurse", "case_manager"));
        }
        await _survey.CloseAsync(wave);
        var admin = await app.ClientForAsync(SurveyHarness.Admin);
        var results = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/surveys/waves/{wave}/results", SurveyHarness.Json);
        Assert.Equal(10, results.GetProperty("respondents").GetInt32());
        Assert.Equal(3.0, results.GetProperty("overall").GetDouble(), 9);
        Assert.Equal(7, results.GetProperty("dimensions").GetArrayLength());
        Assert.All(results.GetProperty("cells").EnumerateArray(), c => Assert.False(c.GetProperty("suppressed").GetBoolean()));
    }

    [Fact]
    public async Task A_wave_with_fewer_respondents_than_the_minimum_shows_no_figure_at_all()
    {
        var wave = await _survey.CreateWaveAsync("Tiny", "nurse", "pharmacist");
        var tokens = await _survey.LinksAsync(wave, 3);
        foreach (var token in tokens)
        {
            await _survey.PostAsync(token, "submit", _survey.Answers("nurse", 5, "nurse", "pharmacist"));
        }
        await _survey.CloseAsync(wave);
        var admin = await app.ClientForAsync(SurveyHarness.Admin);
        var results = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/surveys/waves/{wave}/results", SurveyHarness.Json);
        Assert.Equal(JsonValueKind.Null, results.GetProperty("respondents").ValueKind);
        Assert.Equal(JsonValueKind.Null, results.GetProperty("overall").ValueKind);
        Assert.Empty(results.GetProperty("dimensions").EnumerateArray());
        Assert.All(results.GetProperty("cells").EnumerateArray(), c => Assert.True(c.GetProperty("suppressed").GetBoolean()));
        var rates = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/surveys/waves/{wave}/response-rates", SurveyHarness.Json);
        Assert.Equal(JsonValueKind.Null, rates.GetProperty("total").GetProperty("responses").ValueKind);
    }

    [Fact]
    public async Task Response_rates_count_submissions_by_unit_and_by_workgroup_and_withhold_what_could_give_a_small_group_away()
    {
        var wave = await _survey.CreateWaveAsync("Rates", "nurse", "case_manager");
        var tokens = await _survey.LinksAsync(wave, 9);
        for (var i = 0; i < 8; i++)
        {
            await _survey.PostAsync(tokens[i], "submit", _survey.Answers(i < 6 ? "nurse" : "case_manager", 4, "nurse", "case_manager"));
        }
        await _survey.PostAsync(tokens[8], "save", _survey.Answers("nurse", 3, "nurse")); // drafts do not count

        var admin = await app.ClientForAsync(SurveyHarness.Admin);
        var rates = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/surveys/waves/{wave}/response-rates", SurveyHarness.Json);
        var eligibleNurses = app.WithSystemScope(db => db.People.Count(p => p.Workgroup!.Key == "nurse" && p.Units.Any(u => u.Unit!.Name == "4 West") && p.OrganisationId == db.Organisations.Single(o => o.Name == "Riverside General Hospital").Id));
        var rows = rates.GetProperty("workgroups").EnumerateArray().ToDictionary(r => r.GetProperty("name").GetString()!);
        Assert.Equal(eligibleNurses, rows["Nurses"].GetProperty("eligible").GetInt32());
        // Two case managers are "fewer than 5"; the six nurses and the total of eight would give them away (8 - 6), and
        // with one unit its count is the total: all of them are withheld.
        Assert.True(rows["Case managers"].GetProperty("fewerThanMinimum").GetBoolean());
        Assert.Equal(JsonValueKind.Null, rows["Case managers"].GetProperty("responses").ValueKind);
        Assert.Equal(JsonValueKind.Null, rows["Nurses"].GetProperty("responses").ValueKind);
        Assert.False(rows["Nurses"].GetProperty("fewerThanMinimum").GetBoolean());
        Assert.True(rows["Nurses"].GetProperty("suppressed").GetBoolean());
        Assert.Equal(JsonValueKind.Null, rates.GetProperty("total").GetProperty("responses").ValueKind);
        Assert.Equal(JsonValueKind.Null, rates.GetProperty("units")[0].GetProperty("responses").ValueKind);

        var page = await admin.GetStringAsync($"/surveys/waves/{wave}");
        Assert.Contains("fewer than 5", page, StringComparison.Ordinal);
        Assert.Contains("not shown", page, StringComparison.Ordinal);
        Assert.DoesNotContain(">8<", page, StringComparison.Ordinal);
        Assert.DoesNotContain(">6<", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_organisation_cannot_see_a_wave_and_staff_cannot_read_results()
    {
        var (wave, _) = await SmallWaveAsync("Tenancy");
        var other = await app.ClientForAsync(LearningLoopApp.OtherAdminEmail);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/surveys/waves/{wave}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/surveys/waves/{wave}/results")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/surveys/waves/{wave}/results")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsJsonAsync($"/api/v1/surveys/waves/{wave}/links", new { count = 1 })).StatusCode);
        Assert.DoesNotContain((await other.GetFromJsonAsync<JsonElement[]>("/api/v1/surveys/waves", SurveyHarness.Json))!, w => w.GetProperty("id").GetInt32() == wave);

        var staff = await app.ClientForAsync("staff@riverside.example");
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.GetAsync($"/api/v1/surveys/waves/{wave}/results")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.PostAsJsonAsync($"/api/v1/surveys/waves/{wave}/links", new { count = 1 })).StatusCode);
        var manager = await app.ClientForAsync("manager@riverside.example");
        Assert.Equal(HttpStatusCode.OK, (await manager.GetAsync($"/api/v1/surveys/waves/{wave}/results")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await manager.PostAsJsonAsync($"/api/v1/surveys/waves/{wave}/links", new { count = 1 })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateClient().GetAsync($"/api/v1/surveys/waves/{wave}/results")).StatusCode);
    }

    [Fact]
    public async Task Creating_a_wave_names_every_bad_field()
    {
        var admin = await app.ClientForAsync(SurveyHarness.Admin);
        var response = await admin.PostAsJsonAsync("/api/v1/surveys/waves", new
        {
            name = "", instrumentId = 0, opens = "2025-03-10", closes = "2025-03-01", unitIds = new[] { 999_999 }, workgroupIds = new[] { _survey.WorkgroupId("nurse") }, links = false, kiosk = false,
        }, SurveyHarness.Json);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>(SurveyHarness.Json)).GetProperty("errors");
        foreach (var field in new[] { "Name", "InstrumentId", "Closes", "UnitIds", "Links" })
        {
            Assert.True(errors.TryGetProperty(field, out _), $"no error for {field}: {errors}");
        }
    }

    [Fact]
    public async Task The_demo_tells_4_West_improving_and_5_West_flat()
    {
        var admin = await app.ClientForAsync(SurveyHarness.Admin);
        var waves = (await admin.GetFromJsonAsync<JsonElement[]>("/api/v1/surveys/waves", SurveyHarness.Json))!;
        int Id(string name) => waves.Single(w => w.GetProperty("name").GetString() == name).GetProperty("id").GetInt32();
        async Task<double> Overall(string name) => (await admin.GetFromJsonAsync<JsonElement>($"/api/v1/surveys/waves/{Id(name)}/results", SurveyHarness.Json)).GetProperty("overall").GetDouble();

        Assert.InRange(await Overall("4 West discharge RC, Feb 2024"), 3.15, 3.45);
        Assert.InRange(await Overall("4 West discharge RC, Sep 2024"), 3.45, 3.75);
        Assert.InRange(await Overall("4 West discharge RC, Mar 2025"), 3.75, 4.05);
        Assert.InRange(await Overall("5 West discharge RC, Mar 2025"), 3.15, 3.45);

        var feb = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/surveys/waves/{Id("4 West discharge RC, Feb 2024")}/results", SurveyHarness.Json);
        var weakest = feb.GetProperty("weakestTies")[0];
        Assert.Contains("case_manager", new[] { weakest.GetProperty("from").GetString(), weakest.GetProperty("to").GetString() });
        Assert.Contains(feb.GetProperty("cells").EnumerateArray(), c => c.GetProperty("suppressed").GetBoolean());

        // The series: waves on the same unit about the same process (tests add waves of today to it, after the demo's).
        var change = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/surveys/waves/{Id("4 West discharge RC, Mar 2025")}/change", SurveyHarness.Json);
        Assert.Equal(["4 West discharge RC, Feb 2024", "4 West discharge RC, Sep 2024", "4 West discharge RC, Mar 2025"],
            change.GetProperty("waves").EnumerateArray().Select(w => w.GetProperty("wave").GetString()).Take(3));
        Assert.DoesNotContain(change.GetProperty("waves").EnumerateArray(), w => w.GetProperty("wave").GetString()!.StartsWith("5 West", StringComparison.Ordinal));
        var last = change.GetProperty("changes").EnumerateArray().Single(c => c.GetProperty("to").GetString() == "4 West discharge RC, Mar 2025");
        Assert.True(last.GetProperty("ciLow").GetDouble() > 0, "the Sep 2024 -> Mar 2025 improvement should exclude zero");
        var flat = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/surveys/waves/{Id("5 West discharge RC, Mar 2025")}/change", SurveyHarness.Json);
        Assert.All(flat.GetProperty("changes").EnumerateArray(), c => Assert.InRange(c.GetProperty("difference").GetDouble(), -0.2, 0.2));
    }

    private void AssertNoIdentifiers(string body, IEnumerable<string> tokens, int wave)
    {
        foreach (var token in tokens)
        {
            Assert.DoesNotContain(token, body, StringComparison.Ordinal);
        }
        foreach (var id in app.WithSystemScope(db => db.Responses.Where(r => r.WaveId == wave).Select(r => r.Id).ToList()))
        {
            Assert.DoesNotContain(id.ToString(), body, StringComparison.OrdinalIgnoreCase);
        }
        foreach (var word in Forbidden)
        {
            Assert.DoesNotContain($"\"{word}\":", body, StringComparison.OrdinalIgnoreCase);
        }
    }
}

public sealed class SqliteResultsTests(SqliteApp app) : ResultsTests(app), IClassFixture<SqliteApp>;

public sealed class PostgresResultsTests(PostgresApp app) : ResultsTests(app), IClassFixture<PostgresApp>;
