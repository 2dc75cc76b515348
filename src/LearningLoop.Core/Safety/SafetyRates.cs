using LearningLoop.Analytics.Rates;
using LearningLoop.Analytics.Spc;
using LearningLoop.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LearningLoop.Core.Safety;

/// <summary>One month of a set of units: events reported (all, near misses, harm reaching the patient) and patient days.</summary>
public sealed record SafetyMonth(DateOnly Month, int Events, int NearMisses, int HarmEvents, long PatientDays)
{
    public int Count(SafetyRate rate) => rate switch
    {
        SafetyRate.NearMiss => NearMisses,
        SafetyRate.Harm => HarmEvents,
        _ => Events,
    };
}

/// <summary>The three rates per 10,000 patient days the safety pages chart.</summary>
public enum SafetyRate
{
    /// <summary>Every report: a rising rate is a reporting culture growing, so higher is better.</summary>
    Reporting,
    NearMiss,
    /// <summary>Events that reached the patient with harm: lower is better.</summary>
    Harm,
}

/// <summary>Monthly counts and patient days of a set of units (a unit, a division's units, the organisation), read in
/// two narrow queries and added up in memory: a few years of a hospital is some tens of thousands of rows.</summary>
public sealed class SafetyRates(LearningLoopDbContext db)
{
    public const double Per = EventRate.Per;

    public async Task<List<SafetyMonth>> MonthlyAsync(IReadOnlyCollection<int> unitIds, DateOnly from, DateOnly to, CancellationToken ct = default)
    {
        var events = await db.SafetyEvents.AsNoTracking()
            .Where(e => unitIds.Contains(e.UnitId) && e.OccurredOn >= from && e.OccurredOn <= to)
            .Select(e => new { e.OccurredOn, e.Concern, e.Harm }).ToListAsync(ct);
        var days = await db.PatientDays.AsNoTracking()
            .Where(p => unitIds.Contains(p.UnitId) && p.Date >= from && p.Date <= to)
            .Select(p => new { p.Date, p.Days }).ToListAsync(ct);
        var byMonth = events.GroupBy(e => Month(e.OccurredOn)).ToDictionary(g => g.Key, g =>
            (All: g.Count(), Near: g.Count(e => e.Concern == ClassOfConcern.NearMiss), Harm: g.Count(e => e.Harm >= HarmLevel.Mild)));
        // A month without patient days has no denominator: it is left out rather than charted as zero.
        return days.GroupBy(d => Month(d.Date)).Where(g => g.Sum(d => (long)d.Days) > 0).OrderBy(g => g.Key)
            .Select(g =>
            {
                var counts = byMonth.GetValueOrDefault(g.Key);
                return new SafetyMonth(g.Key, counts.All, counts.Near, counts.Harm, g.Sum(d => (long)d.Days));
            }).ToList();
    }

    /// <summary>The latest day with patient days on these units, or null when there is none.</summary>
    public Task<DateOnly?> LatestAsync(IReadOnlyCollection<int> unitIds, CancellationToken ct = default) =>
        db.PatientDays.Where(p => unitIds.Contains(p.UnitId)).MaxAsync(p => (DateOnly?)p.Date, ct);

    public static DateOnly Month(DateOnly date) => new(date.Year, date.Month, 1);

    public static ImprovementDirection Direction(SafetyRate rate) => rate == SafetyRate.Harm ? ImprovementDirection.Down : ImprovementDirection.Up;

    /// <summary>A u-chart (Montgomery; qicharts2 <c>qic.u</c>) of one rate per 10,000 patient days, or null with fewer than two months.</summary>
    public static SpcChart? Chart(IReadOnlyList<SafetyMonth> months, SafetyRate rate)
    {
        ArgumentNullException.ThrowIfNull(months);
        if (months.Count < 2) return null;
        var series = months.Select(m => new MonthlyRate(m.Month, m.Count(rate), m.PatientDays)).ToList();
        return SpcEngine.Analyse(MonthlyRateSeries.Observations(series), MonthlyRateSeries.UChartOptions);
    }

    public static string Name(SafetyRate rate) => rate switch
    {
        SafetyRate.NearMiss => "Near-miss reports",
        SafetyRate.Harm => "Harm events",
        _ => "Event reports",
    };
}
