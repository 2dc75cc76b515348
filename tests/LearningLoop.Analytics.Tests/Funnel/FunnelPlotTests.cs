using LearningLoop.Analytics.Funnel;
using MathNet.Numerics.Distributions;

namespace LearningLoop.Analytics.Tests.Funnel;

/// <summary>Spiegelhalter funnel limits: exact, interpolated, funnel-shaped, and units placed against them.</summary>
public sealed class FunnelPlotTests
{
    [Theory]
    [InlineData(0.1, 50)]
    [InlineData(0.3, 237)]
    [InlineData(0.02, 1000)]
    public void Proportion_limits_lie_between_the_exact_binomial_quantile_and_the_count_below(double target, int n)
    {
        foreach (var p in new[] { FunnelPlot.Tail95, 1 - FunnelPlot.Tail95, FunnelPlot.Tail998, 1 - FunnelPlot.Tail998 })
        {
            var limit = SpiegelhalterLimits.Proportion(target, n, p);
            var r = 0;
            while (Binomial.CDF(target, n, r) < p)
                r++;

            Assert.InRange(limit * n, Math.Max(r - 1, 0), r);
        }
    }

    [Fact]
    public void Rate_limits_lie_between_the_exact_poisson_quantile_and_the_count_below()
    {
        const double target = 0.004;
        const double exposure = 3500;
        foreach (var p in new[] { FunnelPlot.Tail95, 1 - FunnelPlot.Tail998 })
        {
            var limit = SpiegelhalterLimits.Rate(target, exposure, p);
            var r = 0;
            while (Poisson.CDF(target * exposure, r) < p)
                r++;

            Assert.InRange(limit * exposure, Math.Max(r - 1, 0), r);
        }
    }

    [Fact]
    public void Limits_approach_the_normal_approximation_for_large_denominators()
    {
        const double target = 0.2;
        const int n = 200_000;
        var sd = Math.Sqrt(target * (1 - target) / n);

        var upper = SpiegelhalterLimits.Proportion(target, n, 1 - FunnelPlot.Tail95);

        Assert.Equal(target + (Normal.InvCDF(0, 1, 1 - FunnelPlot.Tail95) * sd), upper, 3 * sd / 100);
    }

    [Fact]
    public void The_funnel_narrows_as_the_denominator_grows_and_99_8_contains_95()
    {
        var units = Enumerable.Range(1, 20).Select(i => new FunnelUnit($"unit {i}", i * 3, i * 30)).ToList();

        var curve = FunnelPlot.Build(units, FunnelMeasure.Proportion).Curve(50);

        for (var k = 1; k < curve.Count; k++)
        {
            Assert.True(curve[k].Upper95 <= curve[k - 1].Upper95 + 1e-12);
            Assert.True(curve[k].Lower95 >= curve[k - 1].Lower95 - 1e-12);
        }

        Assert.All(curve, l => Assert.True(l.Lower998 <= l.Lower95 && l.Lower95 <= l.Upper95 && l.Upper95 <= l.Upper998));
    }

    [Fact]
    public void Units_are_placed_against_their_own_limits_around_the_pooled_target()
    {
        var units = Enumerable.Range(1, 15).Select(i => new FunnelUnit($"ward {i}", 10 + (i % 3), 100)).ToList();
        units.Add(new FunnelUnit("outlier", 60, 100));

        var plot = FunnelPlot.Build(units, FunnelMeasure.Proportion, multiply: 100);

        Assert.Equal(100 * units.Sum(u => u.Events) / units.Sum(u => u.Denominator), plot.Target, 9);
        Assert.Equal(FunnelPosition.AboveControl, plot.Points.Single(p => p.Unit.Name == "outlier").Position);
        Assert.All(plot.Points.Where(p => p.Position == FunnelPosition.Inside), p => Assert.InRange(p.Value, p.Limits.Lower95, p.Limits.Upper95));
    }

    [Fact]
    public void A_given_target_is_used_instead_of_the_pooled_value()
    {
        var units = new[] { new FunnelUnit("a", 5, 1000.5), new FunnelUnit("b", 9, 2000) };

        var plot = FunnelPlot.Build(units, FunnelMeasure.Rate, target: 3, multiply: 1000);

        Assert.Equal(3, plot.Target, 12);
        Assert.InRange(3, plot.Points[0].Limits.Lower95, plot.Points[0].Limits.Upper95);
    }

    [Theory]
    [InlineData(-1, 10)]
    [InlineData(11, 10)]
    [InlineData(1, 0)]
    [InlineData(1, 10.5)]
    public void Impossible_proportions_are_refused_naming_the_unit(double events, double n)
    {
        var e = Assert.Throws<ArgumentException>(() => FunnelPlot.Build([new FunnelUnit("ward 7", events, n)], FunnelMeasure.Proportion));

        Assert.Contains("ward 7", e.Message);
    }
}
