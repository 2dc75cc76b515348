using System.Globalization;
using LearningLoop.Analytics.Spc;

namespace LearningLoop.Core.Measures;

/// <summary>Turns a measure and its data into the SPC engine's input: one observation per row with the period as an
/// ISO date, the chart type (the person's choice, or the advisor's proposal), the multiplier, the baseline as a freeze
/// point and the phases as part breaks. Everything the measure page, the dashboard and the API show comes from here;
/// a measure on the Making Data Count rule set is then judged by <see cref="MeasureMakingDataCount"/>.</summary>
public static class MeasureAnalysis
{
    public static MeasureChart Analyse(Measure measure, IReadOnlyList<MeasureValue> values)
    {
        ArgumentNullException.ThrowIfNull(measure);
        ArgumentNullException.ThrowIfNull(values);
        var ordered = values.OrderBy(v => v.Period).ThenBy(v => v.Id).ToList();
        var observations = Observations(ordered);
        var periods = ordered.Select(v => v.Period).Distinct().ToList();
        var advice = measure.Chart is null ? SpcChartAdvisor.Advise(observations) : null;
        var chartType = measure.Chart ?? advice!.Chart;
        if (periods.Count < 2)
        {
            return new MeasureChart(chartType, advice, null, null, [], "Add data for at least two periods to draw a chart.");
        }

        var options = Options(measure, chartType, periods);
        try
        {
            var chart = SpcEngine.Analyse(observations, options);
            if (measure.RuleSet == SpcRuleSet.MakingDataCount)
                return MeasureMakingDataCount.Analyse(measure, chartType, advice, chart);
            var icons = MakingDataCountIcons.Summarise(chart, measure.Direction, measure.Target);
            var signals = SpcSignalExplainer.Explain(chart)
                .Select(s => s with { Text = PeriodLabels.Relabel(s.Text, measure.Frequency) }).ToList();
            return new MeasureChart(chartType, advice, chart, icons, signals, null);
        }
        catch (SpcInputException e)
        {
            return new MeasureChart(chartType, advice, null, null, [], Explain(e, ordered, measure.Frequency));
        }
    }

    /// <summary>The chart the advisor proposes for these data, whatever the measure's chosen chart.</summary>
    public static ChartAdvice Advise(IEnumerable<MeasureValue> values) =>
        SpcChartAdvisor.Advise(Observations(values.OrderBy(v => v.Period).ThenBy(v => v.Id).ToList()));

    private static SpcObservation[] Observations(List<MeasureValue> ordered)
    {
        var observations = new SpcObservation[ordered.Count];
        for (var i = 0; i < ordered.Count; i++)
        {
            observations[i] = new SpcObservation(MeasurePeriods.X(ordered[i].Period), ordered[i].Numerator, ordered[i].Denominator, i + 1);
        }
        return observations;
    }

    /// <summary>The engine's options. A baseline needs two points before it and at least one after it to mean anything;
    /// a phase break must fall between two periods with data. Both are quietly left out otherwise, because the data
    /// may not reach them yet.</summary>
    public static SpcOptions Options(Measure measure, SpcChartType chartType, IReadOnlyList<DateOnly> periods)
    {
        int? freeze = null;
        if (measure.BaselineEnd is { } end)
        {
            var baseline = periods.Count(p => p <= end);
            freeze = baseline >= 2 && baseline < periods.Count ? baseline : null;
        }
        var parts = measure.Phases
            .Select(phase => periods.Count(p => p < phase.StartsOn))
            .Where(after => after >= 1 && after < periods.Count)
            .Distinct().Order().ToList();
        return new SpcOptions(chartType, measure.Multiplier, freeze, parts);
    }

    /// <summary>The engine names the row of its input; a person knows the period.</summary>
    private static string Explain(SpcInputException e, List<MeasureValue> ordered, MeasureFrequency frequency)
    {
        var message = PeriodLabels.Relabel(e.Message, frequency);
        if (e.Row is { } row && row >= 1 && row <= ordered.Count)
        {
            var prefix = string.Create(CultureInfo.InvariantCulture, $"Row {row}: ");
            var period = MeasurePeriods.Label(ordered[row - 1].Period, frequency);
            return message.StartsWith(prefix, StringComparison.Ordinal) ? $"{period}: {message[prefix.Length..]}" : $"{period}: {message}";
        }
        return message;
    }
}
