using System.Globalization;
using System.Text.RegularExpressions;
using LearningLoop.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;

namespace LearningLoop.Web.Tests.Demo;

/// <summary>The demo as a hospital first sees it: moved to end in the current month (<c>Demo:EndsInCurrentMonth</c>).</summary>
public abstract class CurrentMonthDemoApp(string provider) : LearningLoopApp(provider)
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Demo:EndsInCurrentMonth", "true");
    }
}

public sealed class SqliteCurrentMonthDemoApp() : CurrentMonthDemoApp("Sqlite");

public sealed class PostgresCurrentMonthDemoApp() : CurrentMonthDemoApp("Postgres");

/// <summary>
/// Issue 12 item 9: the demo's last data month is the month it is seeded in, and the story stays one story once moved:
/// the text's dates move with the data's, nothing happens after today, and the platform's own stamps are not moved.
/// </summary>
public abstract partial class DemoCalendarSeedingTests(LearningLoopApp app)
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);
    private static readonly DateOnly ThisMonth = new(Today.Year, Today.Month, 1);
    private static readonly int Months = (Today.Year - 2025) * 12 + Today.Month - 10;

    [GeneratedRegex(@"\b(?<month>January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (?<year>20\d\d)\b")]
    private static partial Regex MonthYear();

    private static DateOnly Moved(int year, int month) => new DateOnly(year, month, 1).AddMonths(Months);

    [Fact]
    public void The_last_data_month_of_every_monthly_measure_is_this_month()
    {
        var latest = app.WithSystemScope(db => db.Measures.Where(m => m.Frequency == Core.Measures.MeasureFrequency.Month && m.Values.Count > 0)
            .Select(m => new { m.Name, Last = m.Values.Max(v => v.Period) }).ToList());
        Assert.NotEmpty(latest);
        Assert.Equal(ThisMonth, latest.Max(m => m.Last));
        Assert.All(latest, m => Assert.True(m.Last <= ThisMonth, $"{m.Name} has data after this month"));
    }

    [Fact]
    public void Nothing_in_the_story_happens_after_today_and_patient_days_stay_one_row_a_day()
    {
        var (events, days, distinctDays, lastDay) = app.WithSystemScope(db => (
            db.SafetyEvents.Max(e => e.OccurredOn),
            db.PatientDays.Count(),
            db.PatientDays.Select(d => new { d.UnitId, d.Date }).Distinct().Count(),
            db.PatientDays.Max(d => d.Date)));
        Assert.True(events <= Today.AddDays(31 - Today.Day + 1) && events >= ThisMonth.AddMonths(-1), $"last event on {events}");
        Assert.True(lastDay >= ThisMonth.AddMonths(-1), $"patient days end on {lastDay}");
        Assert.Equal(days, distinctDays);
    }

    [Fact]
    public void A_series_of_meetings_keeps_one_meeting_a_day_across_the_seeding_day()
    {
        var meetings = app.WithSystemScope(db => db.EngagementMeetings.Select(m => new { m.InitiativeId, m.Title, m.HeldOn }).ToList());
        Assert.Contains(meetings, m => m.HeldOn > Today);
        Assert.Empty(meetings.GroupBy(m => (m.InitiativeId, m.Title, m.HeldOn)).Where(g => g.Count() > 1).Select(g => g.Key));
    }

    [Fact]
    public void Dates_written_in_the_story_move_with_its_data()
    {
        var (aim, waves, audit) = app.WithSystemScope(db => (
            db.Initiatives.Single(i => i.Title == "Safer, smoother discharges on 4 West").AimStatement,
            db.Waves.Select(w => new { w.Name, w.Opens }).ToList(),
            db.AuditEntries.Select(a => (DateTime?)a.AtUtc).Max()));
        // As written: "... from 14% to 10% by March 2025".
        var target = Moved(2025, 3);
        Assert.Contains($"by {target.ToString("MMMM yyyy", CultureInfo.InvariantCulture)}", aim, StringComparison.Ordinal);

        // A wave named for a month opens in (or just before) that month, as in the story as written.
        var named = waves.Select(w => (w.Name, w.Opens, Match: MonthYear().Match(w.Name))).Where(w => w.Match.Success).ToList();
        Assert.NotEmpty(named);
        foreach (var (name, opens, match) in named)
        {
            var month = DateOnly.ParseExact($"{match.Groups["month"].Value[..3]} {match.Groups["year"].Value}", "MMM yyyy", CultureInfo.InvariantCulture);
            Assert.True(Math.Abs((opens.Year - month.Year) * 12 + opens.Month - month.Month) <= 1, $"{name} opens {opens}");
        }
        Assert.True(audit is null || audit <= DateTime.UtcNow.AddMinutes(1), $"an audit stamp was moved to {audit}");
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/measures")]
    [InlineData("/at-a-glance")]
    [InlineData("/initiatives")]
    [InlineData("/safety/rates")]
    public async Task The_pages_a_lead_opens_first_render_the_moved_story(string path)
    {
        var lead = await app.SignInAsync("lead@riverside.example");
        var response = await lead.GetAsync(path);
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {response.ReasonPhrase}");
    }
}

public sealed class SqliteDemoCalendarSeedingTests(SqliteCurrentMonthDemoApp app) : DemoCalendarSeedingTests(app), IClassFixture<SqliteCurrentMonthDemoApp>;

public sealed class PostgresDemoCalendarSeedingTests(PostgresCurrentMonthDemoApp app) : DemoCalendarSeedingTests(app), IClassFixture<PostgresCurrentMonthDemoApp>;
