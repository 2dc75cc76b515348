using LearningLoop.Analytics.Spc;

namespace LearningLoop.Analytics.Tests.Spc;

/// <summary>NHS "Making Data Count" icons from the latest point and the latest limits.</summary>
public sealed class MakingDataCountIconsTests
{
    private static SpcChart IChart(IEnumerable<double> ys) => SpcEngine.Analyse(SpcTestData.Series(ys), new SpcOptions(SpcChartType.I));

    [Theory]
    [InlineData(ImprovementDirection.Up, VariationIcon.ImprovingHigh)]
    [InlineData(ImprovementDirection.Down, VariationIcon.ConcerningHigh)]
    [InlineData(ImprovementDirection.Neither, VariationIcon.NeitherHigh)]
    public void A_latest_point_above_the_upper_limit_is_special_cause_high(ImprovementDirection direction, VariationIcon icon)
    {
        var chart = IChart(SpcTestData.Stable(20).Append(200));

        Assert.True(chart.Points[^1].SigmaSignal);
        Assert.Equal(icon, MakingDataCountIcons.Variation(chart, direction));
    }

    [Theory]
    [InlineData(ImprovementDirection.Up, VariationIcon.ConcerningLow)]
    [InlineData(ImprovementDirection.Down, VariationIcon.ImprovingLow)]
    public void A_long_run_below_the_centre_at_the_end_is_special_cause_low(ImprovementDirection direction, VariationIcon icon)
    {
        var chart = SpcEngine.Analyse(SpcTestData.Series(SpcTestData.Stable(16).Concat(Enumerable.Repeat(45.0, 10))), new SpcOptions(SpcChartType.Run));

        Assert.True(chart.Parts[0].LongRunSignal);
        Assert.Equal(icon, MakingDataCountIcons.Variation(chart, direction));
    }

    [Fact]
    public void A_stable_process_is_common_cause()
    {
        Assert.Equal(VariationIcon.CommonCause, MakingDataCountIcons.Variation(IChart(SpcTestData.Stable(24)), ImprovementDirection.Up));
    }

    [Fact]
    public void Assurance_compares_the_latest_limits_with_the_target()
    {
        var chart = IChart(SpcTestData.Stable(24));
        var last = chart.Points[^1];
        var below = last.Lcl!.Value - 1;
        var above = last.Ucl!.Value + 1;

        Assert.Equal(AssuranceIcon.ConsistentlyPass, MakingDataCountIcons.Assurance(chart, ImprovementDirection.Up, below));
        Assert.Equal(AssuranceIcon.ConsistentlyFail, MakingDataCountIcons.Assurance(chart, ImprovementDirection.Up, above));
        Assert.Equal(AssuranceIcon.ConsistentlyFail, MakingDataCountIcons.Assurance(chart, ImprovementDirection.Down, below));
        Assert.Equal(AssuranceIcon.ConsistentlyPass, MakingDataCountIcons.Assurance(chart, ImprovementDirection.Down, above));
        Assert.Equal(AssuranceIcon.HitAndMiss, MakingDataCountIcons.Assurance(chart, ImprovementDirection.Up, last.Cl));
        Assert.Equal(AssuranceIcon.None, MakingDataCountIcons.Assurance(chart, ImprovementDirection.Neither, below));
        Assert.Equal(AssuranceIcon.None, MakingDataCountIcons.Assurance(chart, ImprovementDirection.Up, null));
    }

    [Fact]
    public void Assurance_uses_the_latest_part()
    {
        var ys = SpcTestData.Stable(20).Concat(SpcTestData.Stable(20).Select(y => y + 100)).ToArray();
        var chart = SpcEngine.Analyse(SpcTestData.Series(ys), new SpcOptions(SpcChartType.I, Parts: [20]));
        var target = chart.Points[0].Ucl!.Value + 1;

        Assert.True(target < chart.Points[^1].Lcl);
        Assert.Equal(AssuranceIcon.ConsistentlyPass, MakingDataCountIcons.Assurance(chart, ImprovementDirection.Up, target));
    }

    [Fact]
    public void A_run_chart_gives_no_assurance()
    {
        var chart = SpcEngine.Analyse(SpcTestData.Series(SpcTestData.Stable(24)), new SpcOptions(SpcChartType.Run));

        Assert.Equal(AssuranceIcon.None, MakingDataCountIcons.Summarise(chart, ImprovementDirection.Up, 10).Assurance);
    }
}
