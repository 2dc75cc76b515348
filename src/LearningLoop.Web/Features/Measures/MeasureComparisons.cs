using LearningLoop.Analytics.Funnel;
using LearningLoop.Analytics.Spc;
using LearningLoop.Core.Measures;
using LearningLoop.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LearningLoop.Web.Features.Measures;

/// <summary>Finds the units that track a measure of the same name and family and puts them on a funnel plot.
/// Reads through the tenancy filter, so only this organisation's units are compared.</summary>
public sealed class MeasureComparisons(LearningLoopDbContext db)
{
    /// <summary>A period of one year by default: long enough for small units to count, short enough to be current.</summary>
    public const int DefaultMonths = 12;

    /// <summary>Compares the units of measure <paramref name="id"/>'s name and family; null when it is not found.</summary>
    public async Task<MeasureComparison?> ByIdAsync(int id, DateOnly? from, DateOnly? to, CancellationToken ct = default)
    {
        var measure = await db.Measures.AsNoTracking().Include(m => m.Values).FirstOrDefaultAsync(m => m.Id == id, ct);
        if (measure is null) return null;
        if (MeasureComparison.Family(measure, ChartOf(measure)) is not { } family)
        {
            return Empty(measure.Name, FunnelMeasure.Proportion, from, to, "Only unit measures of a proportion or a rate with a denominator can be compared on a funnel plot.");
        }
        return await CompareAsync(measure.Name, family, from, to, ct);
    }

    /// <summary>Compares the units with a measure called <paramref name="name"/> (the family most of them chart); null when none is.</summary>
    public Task<MeasureComparison?> ByNameAsync(string name, DateOnly? from, DateOnly? to, CancellationToken ct = default) =>
        CompareAsync(name.Trim(), null, from, to, ct);

    private async Task<MeasureComparison?> CompareAsync(string name, FunnelMeasure? family, DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        var all = await db.Measures.AsNoTracking().Include(m => m.Values).Include(m => m.Unit)
            .Where(m => m.Name == name && m.OwnerLevel == MeasureOwnerLevel.Unit).OrderBy(m => m.Id).AsSplitQuery().ToListAsync(ct);
        if (all.Count == 0) return null;
        var families = all.Select(m => (Measure: m, Family: MeasureComparison.Family(m, ChartOf(m)))).Where(x => x.Family is not null).ToList();
        family ??= families.GroupBy(x => x.Family).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Select(g => g.Key).FirstOrDefault();
        // One measure per unit: a unit with two measures of the same name is compared on its first.
        var measures = families.Where(x => x.Family == family).Select(x => x.Measure).DistinctBy(m => m.UnitId).ToList();
        if (family is not { } kind || measures.Count == 0)
        {
            return Empty(name, FunnelMeasure.Proportion, from, to, $"{name} is not a proportion or a rate with a denominator on any unit, so its units cannot be compared on a funnel plot.");
        }

        var counted = measures.SelectMany(m => m.Values).Where(v => v.Numerator is not null && v.Denominator is > 0).ToList();
        var end = to ?? (counted.Count > 0 ? new DateOnly(counted.Max(v => v.Period).Year, counted.Max(v => v.Period).Month, 1) : Month(DateTime.UtcNow));
        var start = from ?? end.AddMonths(1 - DefaultMonths);
        var reference = measures[0];
        var units = new List<(Measure Measure, FunnelUnit Unit)>();
        var without = new List<string>();
        foreach (var m in measures.OrderBy(m => m.Unit!.Name, StringComparer.Ordinal))
        {
            // Weekly data counts in the month its week starts; missing values and empty denominators are left out.
            var rows = m.Values.Where(v => v.Period >= start && v.Period < end.AddMonths(1) && v.Numerator is not null && v.Denominator is > 0).ToList();
            if (rows.Count == 0) without.Add(m.Unit!.Name);
            else units.Add((m, new FunnelUnit(m.Unit!.Name, rows.Sum(v => v.Numerator!.Value), rows.Sum(v => v.Denominator!.Value))));
        }

        if (start > end) return Empty(name, kind, start, end, "The period starts after it ends.");
        if (units.Count == 0) return Empty(name, kind, start, end, "No unit has data in this period.") with { WithoutData = without };
        try
        {
            var plot = FunnelPlot.Build(units.Select(u => u.Unit).ToList(), kind, multiply: reference.Multiplier);
            var compared = units.Select((u, i) => new ComparedUnit(u.Measure.UnitId!.Value, u.Measure.Id, plot.Points[i])).ToList();
            return new MeasureComparison(name, kind, reference.ValueLabel, reference.DenominatorDefinition, reference.Multiplier, reference.Direction,
                start, end, plot, compared, without, null);
        }
        catch (ArgumentException e)
        {
            return Empty(name, kind, start, end, e.Message) with { WithoutData = without };
        }
    }

    private static SpcChartType ChartOf(Measure m) => m.Chart ?? MeasureAnalysis.Advise(m.Values).Chart;

    private static DateOnly Month(DateTime now) => new(now.Year, now.Month, 1);

    private static MeasureComparison Empty(string name, FunnelMeasure kind, DateOnly? from, DateOnly? to, string problem)
    {
        var end = to ?? Month(DateTime.UtcNow);
        return new MeasureComparison(name, kind, "", "", 1, ImprovementDirection.Neither, from ?? end.AddMonths(1 - DefaultMonths), end, null, [], [], problem);
    }
}
