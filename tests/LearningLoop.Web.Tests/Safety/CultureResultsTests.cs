using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using LearningLoop.Core.Surveys;
using LearningLoop.Web.Tests.Infrastructure;
using static LearningLoop.Web.Tests.Initiatives.InitiativeTestData;

namespace LearningLoop.Web.Tests.Safety;

/// <summary>Percent-positive results of the safety-culture survey: the composite is recomputed here from the stored
/// answers (AHRQ's rule, written independently of the app's code) and must match the page; small groups are hidden.</summary>
public abstract partial class CultureResultsTests(LearningLoopApp app)
{
    [GeneratedRegex("<tr data-composite=\"communication-about-error\">.*?<td class=\"pp-cell\">([0-9.]+)%", RegexOptions.Singleline)]
    private static partial Regex CommunicationAboutError();

    [Fact]
    public async Task Culture_results_show_percent_positive_by_composite_and_hide_small_groups()
    {
        var wave = app.WithSystemScope(db => db.Waves.Single(w => w.Name == "Patient safety culture, Mar 2025").Id);
        var manager = await app.ClientForAsync(Manager);
        var page = await manager.GetStringAsync($"/surveys/waves/{wave}/percent-positive");

        var shown = double.Parse(CommunicationAboutError().Match(page).Groups[1].Value, CultureInfo.InvariantCulture);
        Assert.Equal(Math.Round(Expected(wave, ["ce1", "ce2", "ce3"]), 1), shown);
        Assert.Contains("compared with Patient safety culture, Feb 2024", page, StringComparison.Ordinal);
        // Two pharmacists and four case managers answered: named, never scored (together six, so the whole wave can be shown).
        var byWorkgroup = page[page.IndexOf("data-testid=\"by-workgroup\"", StringComparison.Ordinal)..];
        Assert.Contains("Pharmacists<br><small class=\"muted\">fewer than 5</small>", byWorkgroup, StringComparison.Ordinal);
        Assert.Contains("class=\"suppressed\"", byWorkgroup, StringComparison.Ordinal);
        Assert.Contains("How would you rate your unit on patient safety overall?", page, StringComparison.Ordinal);

        // Staff do not read survey results; another organisation does not find the wave.
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ClientForAsync(Staff)).GetAsync($"/surveys/waves/{wave}/percent-positive")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.ClientForAsync(LearningLoopApp.OtherAdminEmail)).GetAsync($"/surveys/waves/{wave}/percent-positive")).StatusCode);
    }

    [Fact]
    public async Task Relational_coordination_waves_get_percent_positive_results_too()
    {
        var wave = app.WithSystemScope(db => db.Waves.First(w => w.Name == "4 West discharge RC, Mar 2025").Id);
        var page = await (await app.ClientForAsync(Lead)).GetStringAsync($"/surveys/waves/{wave}/percent-positive");
        Assert.Contains("data-composite=\"communication\"", page, StringComparison.Ordinal);
        Assert.Contains("data-composite=\"relationships\"", page, StringComparison.Ordinal);
    }

    /// <summary>Mean over the items of (answers 4–5, or 1–2 when reverse-worded) / (answers 1–5); 6 is "does not apply".</summary>
    private double Expected(int wave, string[] items) => app.WithSystemScope(db =>
    {
        var version = db.Waves.Where(w => w.Id == wave).Select(w => w.InstrumentVersion!).Single();
        var answers = db.Answers.Where(a => items.Contains(a.ItemKey) && db.Responses.Any(r => r.Id == a.ResponseId && r.WaveId == wave && r.Status == ResponseStatus.Submitted))
            .Select(a => new { a.ItemKey, a.Value }).ToList();
        return items.Average(key =>
        {
            var reverse = version.Items.Single(i => i.Key == key).ReverseCoded;
            var counted = answers.Where(a => a.ItemKey == key && a.Value is >= 1 and <= 5).ToList();
            return 100.0 * counted.Count(a => reverse ? a.Value <= 2 : a.Value >= 4) / counted.Count;
        });
    });
}

public sealed class SqliteCultureResultsTests(SqliteApp app) : CultureResultsTests(app), IClassFixture<SqliteApp>;

public sealed class PostgresCultureResultsTests(PostgresApp app) : CultureResultsTests(app), IClassFixture<PostgresApp>;
