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
}

public sealed class SqliteSurveyTimelineTests(SqliteApp app) : SurveyTimelineTests(app), IClassFixture<SqliteApp>;

public sealed class PostgresSurveyTimelineTests(PostgresApp app) : SurveyTimelineTests(app), IClassFixture<PostgresApp>;
