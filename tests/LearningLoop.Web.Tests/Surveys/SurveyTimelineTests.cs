using LearningLoop.Web.Tests.Infrastructure;

namespace LearningLoop.Web.Tests.Surveys;

/// <summary>Survey waves appear on the unit timeline beside the improvement work, and only on the units they covered.</summary>
public abstract class SurveyTimelineTests(LearningLoopApp app)
{
    [Fact]
    public async Task The_demo_relational_coordination_waves_are_on_4_West_timeline_and_not_on_ICU()
    {
        var (fourWest, icu) = app.WithSystemScope(db => (db.Units.Single(u => u.Name == "4 West").Id, db.Units.Single(u => u.Name == "ICU").Id));
        // The relational coordination waves: the demo's capability assessments cover every unit, ICU included.
        var waveNames = app.WithSystemScope(db => db.Waves.Where(w => w.Units.Any(u => u.UnitId == fourWest)
            && w.InstrumentVersion!.Instrument!.Kind == LearningLoop.Core.Surveys.InstrumentKind.RelationalCoordination).Select(w => w.Name).ToList());
        Assert.NotEmpty(waveNames);

        var client = await app.ClientForAsync("lead@riverside.example");
        var timeline = await client.GetStringAsync($"/units/{fourWest}/timeline");
        Assert.All(waveNames, name => Assert.Contains(System.Net.WebUtility.HtmlEncode(name), timeline, StringComparison.Ordinal));

        var other = await client.GetStringAsync($"/units/{icu}/timeline");
        Assert.All(waveNames, name => Assert.DoesNotContain(System.Net.WebUtility.HtmlEncode(name), other, StringComparison.Ordinal));
    }

    /// <summary>The timeline links a wave to its results and an intervention to its form only for those who may open them
    /// (PageLinks asks the pages' own rules); a staff member sees the same entries as plain text, not links that refuse.</summary>
    [Fact]
    public async Task Wave_results_and_intervention_forms_are_linked_for_those_who_may_open_them_only()
    {
        var fourWest = app.WithSystemScope(db => db.Units.Single(u => u.Name == "4 West").Id);
        var (wave, intervention) = app.WithSystemScope(db => (
            db.Waves.Where(w => w.Units.Any(u => u.UnitId == fourWest) && w.Closes < DateOnly.FromDateTime(DateTime.UtcNow)).OrderBy(w => w.Id).First(),
            db.Interventions.Where(i => i.UnitId == fourWest).OrderBy(i => i.Id).First()));
        var lead = await (await app.ClientForAsync("lead@riverside.example")).GetStringAsync($"/units/{fourWest}/timeline");
        var staff = await (await app.ClientForAsync("staff@riverside.example")).GetStringAsync($"/units/{fourWest}/timeline");
        foreach (var href in new[] { $"href=\"/surveys/waves/{wave.Id}/results\"", $"href=\"/interventions/{intervention.Id}/edit\"" })
        {
            Assert.Contains(href, lead, StringComparison.Ordinal);
            Assert.DoesNotContain(href, staff, StringComparison.Ordinal);
        }
        Assert.Contains(wave.Name, System.Net.WebUtility.HtmlDecode(staff), StringComparison.Ordinal);
        Assert.Contains(intervention.Title, System.Net.WebUtility.HtmlDecode(staff), StringComparison.Ordinal);
    }
}

public sealed class SqliteSurveyTimelineTests(SqliteApp app) : SurveyTimelineTests(app), IClassFixture<SqliteApp>;

public sealed class PostgresSurveyTimelineTests(PostgresApp app) : SurveyTimelineTests(app), IClassFixture<PostgresApp>;
