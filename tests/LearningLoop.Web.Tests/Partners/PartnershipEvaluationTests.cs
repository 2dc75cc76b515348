using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LearningLoop.Core.Partners;
using LearningLoop.Core.Surveys;
using LearningLoop.Web.Features.Partners;
using LearningLoop.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static LearningLoop.Web.Tests.Initiatives.InitiativeTestData;

namespace LearningLoop.Web.Tests.Partners;

/// <summary>The managers' four practices, engagement evaluation and alignment surveys on the survey engine, and the small
/// queries the at-a-glance tiles read (decision 0021), on both databases against the seeded demo.</summary>
public abstract class PartnershipEvaluationTests(LearningLoopApp app)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [Fact]
    public async Task Managers_check_each_practice_per_level_with_evidence_and_the_tallies_show_what_is_missing()
    {
        var manager = await app.ClientForAsync(Manager);
        var before = await manager.GetFromJsonAsync<JsonElement>("/api/v1/partnership/practices", Json);
        var checks = before.GetProperty("checks").EnumerateArray().ToList();
        Assert.Equal(PracticeChecklist.Items.Count * PracticeChecklist.Levels.Count, checks.Count);
        var stored = app.WithSystemScope(db => db.PracticeChecks.Count(c => c.Status != PracticeStatus.Missing
            && db.Organisations.Any(o => o.Id == c.OrganisationId && o.Name == "Riverside General Hospital")));
        Assert.Equal(checks.Count - stored, before.GetProperty("missing").GetInt32());
        // The demo's story: middle managers have the least in place.
        int InPlace(string level) => checks.Count(c => c.GetProperty("level").GetString() == level && c.GetProperty("status").GetString() == "InPlace");
        Assert.True(InPlace("MiddleManager") < InPlace("Executive") && InPlace("MiddleManager") < InPlace("FrontLineManager"));

        var unsafeLink = await manager.PutAsJsonAsync("/api/v1/partnership/practices/MiddleManager/design-plans",
            new { status = "InPlace", evidenceUrl = "javascript:alert(1)" });
        Assert.Equal(HttpStatusCode.BadRequest, unsafeLink.StatusCode);
        Assert.Contains("EvidenceUrl", await unsafeLink.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await manager.PutAsJsonAsync("/api/v1/partnership/practices/MiddleManager/no-such-item",
            new { status = "InPlace" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await manager.PutAsJsonAsync("/api/v1/partnership/practices/PatientPartner/design-plans",
            new { status = "InPlace" })).StatusCode);

        var saved = await manager.PutAsJsonAsync("/api/v1/partnership/practices/MiddleManager/design-plans",
            new { status = "InPlace", evidenceUrl = "https://intranet.riverside.example/medicine-plan", note = "In Medicine's plan" });
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var after = await manager.GetFromJsonAsync<JsonElement>("/api/v1/partnership/practices", Json);
        var check = after.GetProperty("checks").EnumerateArray()
            .Single(c => c.GetProperty("level").GetString() == "MiddleManager" && c.GetProperty("itemKey").GetString() == "design-plans");
        Assert.Equal("InPlace", check.GetProperty("status").GetString());
        Assert.Equal("https://intranet.riverside.example/medicine-plan", check.GetProperty("evidenceUrl").GetString());
        Assert.Equal(app.Person(app.PersonIdOf(Manager)).Name, check.GetProperty("checkedBy").GetString());
        var tally = after.GetProperty("tallies").EnumerateArray()
            .Single(t => t.GetProperty("level").GetString() == "MiddleManager" && t.GetProperty("practice").GetString() == "Design");
        var designItems = PracticeChecklist.Items.Count(i => i.Practice == PartnershipPractice.Design);
        Assert.Equal(designItems, tally.GetProperty("inPlace").GetInt32() + tally.GetProperty("partly").GetInt32() + tally.GetProperty("missing").GetInt32());

        var page = await (await app.SignInAsync(Manager)).GetStringAsync("/partners/practices");
        Assert.Contains("href=\"https://intranet.riverside.example/medicine-plan\"", page, StringComparison.Ordinal);
        foreach (var who in new[] { Staff, Partner })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ClientForAsync(who)).GetAsync("/api/v1/partnership/practices")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await (await app.SignInAsync(who)).GetAsync("/partners/practices")).StatusCode);
        }
    }

    [Fact]
    public async Task Engagement_evaluation_is_percent_positive_of_closed_waves_per_initiative_and_organisation_with_small_groups_suppressed()
    {
        var lead = await app.ClientForAsync(Lead);
        var organisation = await lead.GetFromJsonAsync<JsonElement>("/api/v1/partnership/evaluation", Json);
        var participant = organisation.GetProperty("participant");
        var minCell = participant.GetProperty("minCellSize").GetInt32();
        var waves = participant.GetProperty("waves").EnumerateArray().ToList();
        var waveIds = waves.Select(w => w.GetProperty("waveId").GetInt32()).ToList();
        // The demo's three participant questionnaires, and any another test here has closed since: closed ones only.
        Assert.Superset(new HashSet<string> { "4 West partnership check, September 2024", "4 West partnership check, March 2025",
            "6 North partnership check, October 2025" }, waves.Select(w => w.GetProperty("name").GetString()!).ToHashSet());
        Assert.All(waves, w => Assert.Equal("Closed", w.GetProperty("state").GetString()));

        // Influence, all respondents, recomputed here from the stored answers: agree or strongly agree among countable answers,
        // averaged over the composite's items.
        var influence = EngagementEvaluationInstruments.Participant.Composites.Single(c => c.Key == "influence").Items;
        var answers = app.WithSystemScope(db => (from a in db.Answers
                                                 join r in db.Responses on a.ResponseId equals r.Id
                                                 where waveIds.Contains(r.WaveId) && r.Status == ResponseStatus.Submitted && a.Value != null
                                                 select new { a.ItemKey, Value = a.Value!.Value }).ToList());
        var expected = influence.Select(i =>
        {
            var values = answers.Where(a => a.ItemKey == i.Item && a.Value is >= 1 and <= 5).Select(a => i.Reverse ? 6 - a.Value : a.Value).ToList();
            return 100.0 * values.Count(v => v >= 4) / values.Count;
        }).Average();
        var overall = participant.GetProperty("overall");
        Assert.False(overall.GetProperty("suppressed").GetBoolean());
        Assert.Equal(expected, Composite(overall, "influence")!.Value, 6);

        foreach (var group in participant.GetProperty("roles").EnumerateArray().Append(overall))
        {
            if (group.GetProperty("suppressed").GetBoolean())
            {
                Assert.Equal(0, group.GetProperty("respondents").GetInt32());
                Assert.All(group.GetProperty("composites").EnumerateArray(), c => Assert.Equal(JsonValueKind.Null, c.GetProperty("percent").ValueKind));
            }
            else
            {
                Assert.True(group.GetProperty("respondents").GetInt32() >= minCell);
            }
        }
        Assert.Equal(1, organisation.GetProperty("organisation").GetProperty("waves").GetArrayLength());

        // 4 West on its own: two participant questionnaires and a project questionnaire; its two partners are too few to show.
        var fourWest = app.InitiativeId(FourWest);
        var mine = await lead.GetFromJsonAsync<JsonElement>($"/api/v1/initiatives/{fourWest}/engagement/evaluation", Json);
        Assert.Equal(2, mine.GetProperty("participant").GetProperty("waves").GetArrayLength());
        Assert.Equal(1, mine.GetProperty("project").GetProperty("waves").GetArrayLength());
        var partners = mine.GetProperty("participant").GetProperty("roles").EnumerateArray().First();
        Assert.True(partners.GetProperty("suppressed").GetBoolean());
        Assert.Contains(organisation.GetProperty("initiatives").EnumerateArray(), l => l.GetProperty("initiativeId").GetInt32() == fourWest);

        // Who reads: the team (a partner on 4 West too) and managers; not staff off the team; the organisation's view is for analysts.
        Assert.Equal(HttpStatusCode.OK, (await (await app.ClientForAsync(Partner)).GetAsync($"/api/v1/initiatives/{fourWest}/engagement/evaluation")).StatusCode);
        var staff = await app.ClientForAsync(Staff);
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.GetAsync($"/api/v1/initiatives/{fourWest}/engagement/evaluation")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.GetAsync("/api/v1/partnership/evaluation")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await lead.GetAsync("/api/v1/initiatives/999999/engagement/evaluation")).StatusCode);
    }

    [Fact]
    public async Task A_started_questionnaire_is_a_survey_wave_and_its_answers_count_only_once_it_has_closed()
    {
        var lead = await app.ClientForAsync(Lead);
        var emergency = app.InitiativeId(PartnershipTestData.Emergency);
        var refused = await lead.PostAsJsonAsync("/api/v1/partnership/surveys",
            new { kind = "Organisation", initiativeId = emergency, name = "x", opens = "2026-01-05", closes = "2026-01-20" });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("InitiativeId", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var badDates = await lead.PostAsJsonAsync("/api/v1/partnership/surveys",
            new { kind = "Participant", initiativeId = emergency, name = "x", opens = "2026-01-20", closes = "2026-01-05" });
        Assert.Contains("Closes", await badDates.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ClientForAsync(Manager)).PostAsJsonAsync("/api/v1/partnership/surveys",
            new { kind = "Participant", initiativeId = emergency, name = "x", opens = "2026-01-05", closes = "2026-01-20" })).StatusCode);

        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var started = await lead.PostAsJsonAsync("/api/v1/partnership/surveys", new
        {
            kind = "Participant", initiativeId = emergency, name = "Emergency partnership check",
            opens = today.ToString("yyyy-MM-dd"), closes = today.AddDays(14).ToString("yyyy-MM-dd"),
        });
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        var waveId = (await started.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("waveId").GetInt32();
        var unit = app.UnitId("Emergency");
        Assert.True(app.WithSystemScope(db => db.Waves.Where(w => w.Id == waveId).SelectMany(w => w.Units).Select(u => u.UnitId).ToList()).SequenceEqual([unit]));
        AddResponses(waveId, 6, (r, n) => [("took-part-as", 2), .. EngagementEvaluationInstruments.Participant.Composites.SelectMany(c => c.Items)
            .Select(i => (i.Item, 5))]);

        var open = await lead.GetFromJsonAsync<JsonElement>($"/api/v1/initiatives/{emergency}/engagement/evaluation", Json);
        Assert.Equal(0, open.GetProperty("participant").GetProperty("waves").GetArrayLength());
        Assert.Contains(open.GetProperty("surveys").EnumerateArray(), w => w.GetProperty("waveId").GetInt32() == waveId && w.GetProperty("state").GetString() == "Open");
        Assert.Equal(DateOnly.Parse(today.AddMonths(EngagementEvaluation.ParticipantEveryMonths).ToString("yyyy-MM-dd"), System.Globalization.CultureInfo.InvariantCulture),
            DateOnly.Parse(open.GetProperty("participantDueBy").GetString()!, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(HttpStatusCode.NoContent, (await lead.PostAsync($"/api/v1/surveys/waves/{waveId}/close", null)).StatusCode);
        var closed = await lead.GetFromJsonAsync<JsonElement>($"/api/v1/initiatives/{emergency}/engagement/evaluation", Json);
        var overall = closed.GetProperty("participant").GetProperty("overall");
        Assert.Equal(6, overall.GetProperty("respondents").GetInt32());
        // Every statement agreed with: 100% on the positively worded items, 0% on the reverse-worded one (sv3).
        Assert.Equal(100, Composite(overall, "influence")!.Value, 6);
        Assert.Equal(200.0 / 3, Composite(overall, "sharing-views")!.Value, 6);
    }

    [Fact]
    public async Task A_closed_alignment_survey_feeds_the_map_the_portfolio_flag_and_the_leads_home_with_small_groups_left_out()
    {
        var lead = await app.ClientForAsync(Lead);
        var manager = await app.ClientForAsync(Manager);
        var title = "Earlier mobility " + app.Provider;
        var created = await manager.PostAsJsonAsync("/api/v1/initiatives", new { title, phase = "Planning", startedOn = "2025-10-01" });
        var icu = (await created.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("id").GetInt32();
        var managersHome = await app.SignInAsync(Manager);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var started = await lead.PostAsJsonAsync("/api/v1/partnership/surveys", new
        {
            kind = "Alignment", initiativeId = icu, name = "ICU alignment", opens = today.ToString("yyyy-MM-dd"), closes = today.AddDays(7).ToString("yyyy-MM-dd"),
        });
        var waveId = (await started.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("waveId").GetInt32();
        (string, int)[] Answers(int group, int priority) =>
            [("group", group), ("priority", priority), ("incentives", 3), ("barriers", 3), ("benefit", 4), ("effort", 3)];
        AddResponses(waveId, 5, (_, n) => Answers(1, n % 2 == 0 ? 5 : 4));   // front line: 5,4,5,4,5 → 4.6
        AddResponses(waveId, 5, (_, _) => Answers(2, 2));                      // middle managers: 2
        AddResponses(waveId, 2, (_, _) => Answers(3, 1));                      // senior leaders: too few to show

        var open = await lead.GetFromJsonAsync<JsonElement>($"/api/v1/initiatives/{icu}/alignment", Json);
        Assert.Empty(open.GetProperty("rounds").EnumerateArray());
        Assert.DoesNotContain((await lead.GetFromJsonAsync<JsonElement[]>("/api/v1/alignment/misaligned", Json))!, m => m.GetProperty("initiativeId").GetInt32() == icu);

        Assert.Equal(HttpStatusCode.NoContent, (await lead.PostAsync($"/api/v1/surveys/waves/{waveId}/close", null)).StatusCode);
        var closed = await lead.GetFromJsonAsync<JsonElement>($"/api/v1/initiatives/{icu}/alignment", Json);
        Assert.Equal(["Middle managers"], closed.GetProperty("misalignedGroups").EnumerateArray().Select(g => g.GetString()!).ToArray());
        var groups = closed.GetProperty("groups").EnumerateArray().ToList();
        Assert.Equal(["Front-line clinicians", "Middle managers"], groups.Select(g => g.GetProperty("group").GetString()!).ToArray());
        Assert.Equal(4.6, groups[0].GetProperty("priority").GetDouble(), 6);
        Assert.Equal(5, groups[1].GetProperty("respondents").GetInt32());
        Assert.Equal(["Senior leaders"], closed.GetProperty("rounds")[0].GetProperty("tooFewToShow").EnumerateArray().Select(g => g.GetString()!).ToArray());
        Assert.Contains((await lead.GetFromJsonAsync<JsonElement[]>("/api/v1/alignment/misaligned", Json))!, m => m.GetProperty("initiativeId").GetInt32() == icu);

        // The lead re-assesses the middle managers a day later: the map is aligned again, and the change over time keeps
        // the survey's round flagged and reads the new round against the other groups, not alone.
        var later = today.AddDays(1).ToString("yyyy-MM-dd");
        Assert.Equal(HttpStatusCode.Created, (await lead.PostAsJsonAsync($"/api/v1/initiatives/{icu}/alignment",
            new { group = "Middle managers", assessedOn = later, priority = 5, incentives = 3, barriers = 3, benefit = 4, effort = 3 })).StatusCode);
        var reassessed = await lead.GetFromJsonAsync<JsonElement>($"/api/v1/initiatives/{icu}/alignment", Json);
        Assert.False(reassessed.GetProperty("misaligned").GetBoolean());
        var rounds = reassessed.GetProperty("rounds").EnumerateArray().ToList();
        Assert.Equal(2, rounds.Count);
        Assert.Equal(["Middle managers"], rounds[0].GetProperty("misalignedGroups").EnumerateArray().Select(g => g.GetString()!).ToArray());
        Assert.Empty(rounds[1].GetProperty("misalignedGroups").EnumerateArray());
        Assert.Equal(HttpStatusCode.Created, (await lead.PostAsJsonAsync($"/api/v1/initiatives/{icu}/alignment",
            new { group = "Middle managers", assessedOn = today.AddDays(2).ToString("yyyy-MM-dd"), priority = 2, incentives = 3, barriers = 3, benefit = 4,
                effort = 3 })).StatusCode);

        var portfolio = await (await app.SignInAsync(Lead)).GetStringAsync("/initiatives");
        Assert.Contains($"href=\"/initiatives/{icu}/partnership\" title=\"Middle managers diverge", portfolio, StringComparison.Ordinal);
        // The manager started the initiative, so leads it: their home flags it.
        var home = await managersHome.GetStringAsync("/");
        var flagged = home.IndexOf("data-testid=\"misaligned-initiatives\"", StringComparison.Ordinal);
        Assert.True(flagged > 0 && home.IndexOf(title, flagged, StringComparison.Ordinal) > 0);
    }

    [Fact]
    public async Task Stakeholders_answer_the_alignment_survey_through_its_anonymous_links_and_the_map_reads_their_groups()
    {
        var survey = new Surveys.SurveyHarness(app);
        var created = await (await app.ClientForAsync(Manager)).PostAsJsonAsync("/api/v1/initiatives",
            new { title = "Calmer evenings " + app.Provider, phase = "Planning", startedOn = "2025-10-01" });
        var initiative = (await created.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("id").GetInt32();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var started = await (await app.ClientForAsync(Lead)).PostAsJsonAsync("/api/v1/partnership/surveys", new
        {
            kind = "Alignment", initiativeId = initiative, name = "Calmer evenings alignment", opens = today.ToString("yyyy-MM-dd"),
            closes = today.AddDays(7).ToString("yyyy-MM-dd"),
        });
        var waveId = (await started.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("waveId").GetInt32();
        var tokens = await survey.LinksAsync(waveId, 10);
        Dictionary<string, string> Fields(int group, int priority) => new()
        {
            ["workgroup"] = survey.WorkgroupId("nurse").ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["unit"] = survey.UnitId("4 West").ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["a.group"] = group.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["a.priority"] = priority.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["a.incentives"] = "3", ["a.barriers"] = "3", ["a.benefit"] = "4", ["a.effort"] = "3", ["t.comments"] = "Evenings are short-staffed",
        };
        for (var n = 0; n < tokens.Count; n++)
        {
            var (status, _) = await survey.PostAsync(tokens[n], "submit", n < 5 ? Fields(1, 5) : Fields(3, 1));
            Assert.Equal(HttpStatusCode.OK, status);
        }
        Assert.Equal(10, survey.Stored(waveId).Submitted);
        await survey.CloseAsync(waveId);

        var map = await (await app.ClientForAsync(Staff)).GetFromJsonAsync<JsonElement>($"/api/v1/initiatives/{initiative}/alignment", Json);
        Assert.Equal(["Front-line clinicians", "Senior leaders"], map.GetProperty("groups").EnumerateArray().Select(g => g.GetProperty("group").GetString()!).ToArray());
        Assert.Equal(["Senior leaders"], map.GetProperty("misalignedGroups").EnumerateArray().Select(g => g.GetString()!).ToArray());
        Assert.All(map.GetProperty("groups").EnumerateArray(), g => Assert.Equal(5, g.GetProperty("respondents").GetInt32()));
    }

    [Fact]
    public async Task The_glance_queries_summarise_partner_engagement_and_alignment_flags_per_organisation_and_per_unit()
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<Core.Persistence.LearningLoopDbContext>();
        db.Scope.SetOrganisation(app.WithSystemScope(d => d.Organisations.Single(o => o.Name == "Riverside General Hospital").Id));
        var glance = scope.ServiceProvider.GetRequiredService<PartnershipGlance>();

        var everywhere = await glance.EngagementSummaryAsync();
        var engaged = app.WithSystemScope(d => d.PartnerEngagements.Where(e => d.Organisations.Any(o => o.Id == e.Initiative!.OrganisationId
            && o.Name == "Riverside General Hospital")).Select(e => e.InitiativeId).Distinct().Count());
        Assert.Equal(engaged, everywhere.WithPartners);
        Assert.True(everywhere.WithTokenismWarnings >= 1);
        Assert.NotNull(everywhere.InfluencePercentPositive);

        var fourWestUnit = await glance.EngagementSummaryAsync([app.UnitId("4 West")]);
        Assert.Equal(0, fourWestUnit.WithTokenismWarnings);
        Assert.True(fourWestUnit.Partnership >= 1);

        Assert.Contains(await glance.AlignmentFlagsAsync(), f => f.Title == PartnershipTestData.SixNorth && f.Groups.Contains("Middle managers"));
        Assert.DoesNotContain(await glance.AlignmentFlagsAsync([app.UnitId("4 West")]), f => f.Title == PartnershipTestData.SixNorth);
    }

    private static double? Composite(JsonElement group, string key) =>
        group.GetProperty("composites").EnumerateArray().Single(c => c.GetProperty("key").GetString() == key).GetProperty("percent") is { ValueKind: JsonValueKind.Number } p
            ? p.GetDouble() : null;

    /// <summary>Submitted responses put straight into the wave, as the survey engine stores them.</summary>
    private void AddResponses(int waveId, int count, Func<int, int, (string Item, int Value)[]> answers) => app.WithSystemScope(db =>
    {
        var wave = db.Waves.Single(w => w.Id == waveId);
        for (var n = 0; n < count; n++)
        {
            var response = new Response { OrganisationId = wave.OrganisationId, WaveId = waveId, Status = ResponseStatus.Submitted };
            foreach (var (item, value) in answers(waveId, n)) response.Answers.Add(new Answer { OrganisationId = wave.OrganisationId, ItemKey = item, Value = value });
            db.Responses.Add(response);
        }
        return db.SaveChanges();
    });
}

public sealed class SqlitePartnershipEvaluationTests(SqliteApp app) : PartnershipEvaluationTests(app), IClassFixture<SqliteApp>;

public sealed class PostgresPartnershipEvaluationTests(PostgresApp app) : PartnershipEvaluationTests(app), IClassFixture<PostgresApp>;
