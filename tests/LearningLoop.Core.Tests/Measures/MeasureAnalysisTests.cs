using LearningLoop.Analytics.Spc;
using LearningLoop.Core.Measures;

namespace LearningLoop.Core.Tests.Measures;

public sealed class MeasureAnalysisTests
{
    private static Measure Monthly(SpcChartType? chart, IEnumerable<double?> ys, IEnumerable<double?>? ns = null)
    {
        var measure = new Measure { Name = "Test", Chart = chart, Frequency = MeasureFrequency.Month };
        var start = new DateOnly(2023, 1, 1);
        var denominators = (ns ?? ys.Select(_ => (double?)null)).ToList();
        // Added out of order on purpose: the analysis orders by period.
        measure.Values.AddRange(ys.Select((y, i) => new MeasureValue { Id = 100 - i, Period = start.AddMonths(i), Numerator = y, Denominator = denominators[i] }).Reverse());
        return measure;
    }

    /// <summary>18 months around 10.5 that cross their centre line often, then 10 months around 15.7.</summary>
    private static readonly double?[] Shifted = [10, 13, 9, 10, 12.5, 10, 9, 13, 10, 11, 9, 12.5, 10, 9, 13, 10, 11, 9, 15, 16, 15, 17, 16, 15, 16, 17, 15, 16];

    [Fact]
    public void A_shift_is_a_signal_explained_in_periods()
    {
        var reading = MeasureAnalysis.Analyse(Monthly(SpcChartType.I, Shifted), Monthly(SpcChartType.I, Shifted).Values);
        Assert.NotNull(reading.Chart);
        Assert.Equal(28, reading.Chart.Points.Count);
        Assert.Equal("2023-01-01", reading.Chart.Points[0].X);
        var run = Assert.Single(reading.Signals, s => s.Kind == SpcSignalKind.LongRun);
        Assert.Contains("10 points in a row above the centre line", run.Text, StringComparison.Ordinal);
        Assert.Contains("2024-07 to 2025-04", run.Text, StringComparison.Ordinal);
        Assert.Equal(VariationIcon.NeitherHigh, reading.Icons!.Variation);
    }

    [Fact]
    public void The_baseline_end_freezes_the_limits_and_phases_split_the_chart()
    {
        var measure = Monthly(SpcChartType.I, Shifted);
        measure.BaselineEnd = new DateOnly(2023, 12, 1);
        var frozen = MeasureAnalysis.Analyse(measure, measure.Values).Chart!;
        Assert.Equal(12, frozen.Points.Count(p => p.Baseline));
        Assert.Equal(frozen.Points[0].Cl, frozen.Points[^1].Cl);
        Assert.Equal(Shifted.Take(12).Average()!.Value, frozen.Points[0].Cl!.Value, 9);

        measure.Phases.Add(new MeasurePhase { StartsOn = new DateOnly(2024, 7, 1), Label = "New process" });
        measure.Phases.Add(new MeasurePhase { StartsOn = new DateOnly(2030, 1, 1), Label = "Not reached yet" });
        var phased = MeasureAnalysis.Analyse(measure, measure.Values).Chart!;
        Assert.Equal(2, phased.Parts.Count);
        Assert.Equal(19, phased.Parts[1].FirstIndex);
        Assert.NotEqual(phased.Points[0].Cl, phased.Points[^1].Cl);
    }

    [Fact]
    public void Without_a_chosen_chart_the_advisor_proposes_one()
    {
        var ys = Enumerable.Range(0, 20).Select(i => (double?)(10 + (i % 5))).ToList();
        var ns = Enumerable.Range(0, 20).Select(_ => (double?)40).ToList();
        var reading = MeasureAnalysis.Analyse(Monthly(null, ys, ns), Monthly(null, ys, ns).Values);
        Assert.Equal(SpcChartType.P, reading.ChartType);
        Assert.NotNull(reading.Advice);
        Assert.NotNull(reading.Chart);
    }

    [Fact]
    public void Data_the_engine_refuses_become_a_problem_naming_the_period()
    {
        var measure = Monthly(SpcChartType.P, [3, 50, 4], [40, 40, 40]);
        var reading = MeasureAnalysis.Analyse(measure, measure.Values);
        Assert.Null(reading.Chart);
        Assert.StartsWith("2023-02: y = 50 is greater than n = 40", reading.Problem, StringComparison.Ordinal);

        var one = Monthly(SpcChartType.I, [3]);
        Assert.Contains("at least two periods", MeasureAnalysis.Analyse(one, one.Values).Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void The_dashboard_card_shows_the_latest_plotted_value_and_a_thumbnail()
    {
        var measure = Monthly(SpcChartType.U, [3, 4, 2, 5, null], [800, 790, 810, 805, 800]);
        measure.Multiplier = 1000;
        measure.Annotations.Add(new MeasureAnnotation { Date = new DateOnly(2023, 3, 15), Text = "Huddles" });
        var card = MeasureDashboard.Card(measure, new DateOnly(2023, 6, 10));
        Assert.Equal("2023-04", card.LatestPeriod);
        Assert.Null(card.Stopped);
        Assert.Equal(new DateOnly(2023, 4, 1), MeasureDashboard.Card(measure, new DateOnly(2023, 7, 1)).Stopped?.LastPeriod);
        Assert.Equal(5 / 805.0 * 1000, card.Latest!.Value, 9);
        Assert.NotNull(card.Svg);
        Assert.Contains("<svg", card.Svg, StringComparison.Ordinal);
        Assert.DoesNotContain("2023-04-01", card.Svg, StringComparison.Ordinal);

        var full = MeasureChartSvg.Full(measure, card.Reading.Chart!);
        Assert.Contains("Huddles", full, StringComparison.Ordinal);
        Assert.Contains(">2023-01<", full, StringComparison.Ordinal);
    }
}
