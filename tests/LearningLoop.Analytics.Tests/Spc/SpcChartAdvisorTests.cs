using LearningLoop.Analytics.Spc;

namespace LearningLoop.Analytics.Tests.Spc;

/// <summary>The advisor's decision tree, one branch per test case, with a reason that names what it saw.</summary>
public sealed class SpcChartAdvisorTests
{
    private static readonly Random Random = new(7);

    [Fact]
    public void Few_points_give_a_run_chart()
    {
        var advice = SpcChartAdvisor.Advise(SpcTestData.Series(SpcTestData.Stable(SpcChartAdvisor.MinimumPointsForLimits - 1)));

        Assert.Equal(SpcChartType.Run, advice.Chart);
        Assert.Contains($"{SpcChartAdvisor.MinimumPointsForLimits - 1} points", advice.Reason);
    }

    [Fact]
    public void Yes_no_counts_out_of_a_denominator_give_a_p_chart()
    {
        var ns = Enumerable.Range(0, 24).Select(_ => (double)Random.Next(50, 100)).ToArray();
        var ys = ns.Select(n => Math.Floor(n * 0.3)).ToArray();

        Assert.Equal(SpcChartType.P, SpcChartAdvisor.Advise(SpcTestData.Series(ys, ns)).Chart);
    }

    [Fact]
    public void Very_large_denominators_give_laney_p_prime()
    {
        var ns = Enumerable.Range(0, 24).Select(_ => (double)Random.Next(20000, 30000)).ToArray();
        var ys = ns.Select(n => Math.Floor(n * 0.1)).ToArray();

        var advice = SpcChartAdvisor.Advise(SpcTestData.Series(ys, ns));

        Assert.Equal(SpcChartType.PP, advice.Chart);
        Assert.Contains("Laney", advice.Reason);
    }

    [Fact]
    public void Counts_that_exceed_the_denominator_give_a_u_chart()
    {
        var ns = Enumerable.Repeat(3.5, 24).ToArray();
        var ys = Enumerable.Range(0, 24).Select(i => (double)(4 + (i % 5))).ToArray();

        Assert.Equal(SpcChartType.U, SpcChartAdvisor.Advise(SpcTestData.Series(ys, ns)).Chart);
    }

    [Fact]
    public void Rare_events_give_a_g_chart()
    {
        var ys = Enumerable.Range(0, 24).Select(i => i % 3 == 0 ? 0.0 : 1.0).ToArray();

        var advice = SpcChartAdvisor.Advise(SpcTestData.Series(ys));

        Assert.Equal(SpcChartType.G, advice.Chart);
        Assert.Contains("rare", advice.Reason);
    }

    [Fact]
    public void Skewed_positive_times_give_a_t_chart()
    {
        var ys = Enumerable.Range(0, 30).Select(_ => 0.05 - (10 * Math.Log(1 - Random.NextDouble()))).ToArray();

        Assert.Equal(SpcChartType.T, SpcChartAdvisor.Advise(SpcTestData.Series(ys)).Chart);
    }

    [Fact]
    public void Counts_without_a_denominator_give_a_c_chart()
    {
        var ys = Enumerable.Range(0, 24).Select(i => (double)(10 + (i % 5))).ToArray();

        Assert.Equal(SpcChartType.C, SpcChartAdvisor.Advise(SpcTestData.Series(ys)).Chart);
    }

    [Fact]
    public void Continuous_single_values_give_an_i_chart()
    {
        Assert.Equal(SpcChartType.I, SpcChartAdvisor.Advise(SpcTestData.Series(SpcTestData.Stable(24).Select(y => y + 0.37))).Chart);
    }

    [Fact]
    public void Several_values_per_x_give_an_xbar_chart()
    {
        var rows = Enumerable.Range(0, 60).Select(i => new SpcObservation((i / 4).ToString(System.Globalization.CultureInfo.InvariantCulture), 10 + (i % 7) + 0.5)).ToList();

        Assert.Equal(SpcChartType.Xbar, SpcChartAdvisor.Advise(rows).Chart);
    }
}
