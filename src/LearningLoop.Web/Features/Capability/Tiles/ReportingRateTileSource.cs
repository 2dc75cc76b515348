using System.Globalization;
using LearningLoop.Core.Persistence;
using LearningLoop.Core.Safety;
using Microsoft.EntityFrameworkCore;

namespace LearningLoop.Web.Features.Capability.Tiles;

/// <summary>The reporting-rate trend: safety events reported per 10,000 patient days over the latest twelve months with
/// patient days, against the twelve before, with the monthly rate for two years as a sparkline (the safety pages'
/// u-charts hold the full story). A rising reporting rate is a reporting culture growing (the product notes' 165 → 202).
/// Each division or unit one level down has its own twelve-month rate.</summary>
public sealed class ReportingRateTileSource(LearningLoopDbContext db, SafetyRates rates) : IGlanceTileSource
{
    public int Order => 10;

    public async Task<GlanceTile> TileAsync(GlanceScope scope, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var link = RatesHref(scope);
        if (await rates.LatestAsync(scope.UnitIds, ct) is not { } latest)
        {
            return new GlanceTile(Key, Title, false, null, "No patient days are recorded here yet: rates need them as their denominator.", link, "Safety rates");
        }
        var to = SafetyRates.Month(latest).AddMonths(1).AddDays(-1);
        var yearFrom = SafetyRates.Month(latest).AddMonths(-11);
        var months = await rates.MonthlyAsync(scope.UnitIds, yearFrom.AddMonths(-12), to, ct);
        var year = months.Where(m => m.Month >= yearFrom).ToList();
        var before = months.Where(m => m.Month < yearFrom).ToList();
        var rate = Rate(year.Sum(m => m.Events), year.Sum(m => m.PatientDays));
        var prior = Rate(before.Sum(m => m.Events), before.Sum(m => m.PatientDays));
        var nearMiss = Rate(year.Sum(m => m.NearMisses), year.Sum(m => m.PatientDays));
        var change = rate is { } r && prior is { } p && p > 0 ? $"{(r - p) / p * 100:+0.0;-0.0}% on the twelve months before; " : "";
        var summary = $"Event reports per 10,000 patient days, {Month(yearFrom)} to {Month(latest)}: {change}"
            + $"near misses {Per(nearMiss)}. More reports with less harm is a learning culture at work.";
        return new GlanceTile(Key, Title, rate is not null, Per(rate), summary, link, "Safety rates",
            Trend: months.Where(m => m.PatientDays > 0).Select(m => m.Events * SafetyRates.Per / m.PatientDays).ToList(),
            Rows: await ChildRatesAsync(scope, yearFrom, to, ct));
    }

    private const string Key = "reporting-rate";
    private const string Title = "Reporting-rate trend";

    /// <summary>Each child's twelve-month rate from two grouped reads (events and patient days per unit), not a read per child.</summary>
    private async Task<List<GlanceTileRow>> ChildRatesAsync(GlanceScope scope, DateOnly from, DateOnly to, CancellationToken ct)
    {
        if (scope.Children.Count == 0) return [];
        var units = scope.UnitIds;
        var events = await db.SafetyEvents.AsNoTracking().Where(e => units.Contains(e.UnitId) && e.OccurredOn >= from && e.OccurredOn <= to)
            .GroupBy(e => e.UnitId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var days = await db.PatientDays.AsNoTracking().Where(p => units.Contains(p.UnitId) && p.Date >= from && p.Date <= to)
            .GroupBy(p => p.UnitId).Select(g => new { g.Key, Days = g.Sum(p => (long)p.Days) }).ToDictionaryAsync(x => x.Key, x => x.Days, ct);
        return scope.Children.Select(c => new GlanceTileRow(c.Name,
            Per(Rate(c.UnitIds.Sum(events.GetValueOrDefault), c.UnitIds.Sum(days.GetValueOrDefault))), c.Href)).ToList();
    }

    private static double? Rate(int events, long patientDays) => patientDays > 0 ? events * SafetyRates.Per / patientDays : null;

    private static string Per(double? rate) => rate?.ToString("0.0", CultureInfo.InvariantCulture) ?? "–";

    private static string Month(DateOnly d) => d.ToString("MMM yyyy", CultureInfo.InvariantCulture);

    private static string RatesHref(GlanceScope scope) => scope.Level switch
    {
        GlanceLevel.Division => $"/safety/rates?scope=d{scope.Id}",
        GlanceLevel.Unit => $"/safety/rates?scope=u{scope.Id}",
        _ => "/safety/rates",
    };
}
