using LearningLoop.Analytics.Spc;

namespace LearningLoop.Core.Measures;

/// <summary>
/// A measure judged by the Making Data Count rules (NHSRplotthedots 0.2.2): an XmR chart of the values the measure's
/// own chart plots (rates and percentages included, as NHS teams chart them), rebased at each phase start and fixed
/// after the baseline's points. The icons, signals and drawn chart all come from those rules.
/// </summary>
public static class MeasureMakingDataCount
{
    public static MeasureChart Analyse(Measure measure, SpcChartType chartType, ChartAdvice? advice, SpcChart plotted)
    {
        ArgumentNullException.ThrowIfNull(measure);
        ArgumentNullException.ThrowIfNull(plotted);
        var points = plotted.Points.Where(p => p.Y is not null).ToList();
        var observations = points.Select((p, i) => new MdcObservation(DateOnly.ParseExact(p.X, "yyyy-MM-dd"), p.Y!.Value, i + 1)).ToList();
        var dates = observations.Select(o => o.X).ToList();
        var mdc = MdcRules.Analyse(observations, Options(measure, dates));
        var chart = MdcChartView.AsSpcChart(mdc, [.. points.Select(p => p.X)]);
        var signals = MdcSignalExplainer.Explain(mdc)
            .Select(s => s with { Text = PeriodLabels.Relabel(s.Text, measure.Frequency) }).ToList();
        return new MeasureChart(chartType, advice, chart, MakingDataCountSummary.Of(mdc), signals, null, SpcRuleSet.MakingDataCount, mdc);
    }

    /// <summary>Phase starts become rebase dates at the first period with data on or after them (NHSRplotthedots rebases
    /// only at a date that has a point); the baseline's point count becomes <c>fix_after_n_points</c>, when it leaves
    /// at least one point after it.</summary>
    public static MdcOptions Options(Measure measure, IReadOnlyList<DateOnly> dates)
    {
        ArgumentNullException.ThrowIfNull(measure);
        ArgumentNullException.ThrowIfNull(dates);
        var rebase = measure.Phases
            .Select(phase => dates.FirstOrDefault(d => d >= phase.StartsOn))
            .Where(d => d != default && d != dates[0])
            .Distinct().Order().ToList();
        int? fixAfter = null;
        if (measure.BaselineEnd is { } end)
        {
            var baseline = dates.Count(d => d <= end);
            fixAfter = baseline >= 2 && baseline < dates.Count ? baseline : null;
        }

        return new MdcOptions(measure.Direction, measure.Target, rebase, fixAfter);
    }
}
