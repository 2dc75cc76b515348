using MathNet.Numerics.Distributions;

namespace LearningLoop.Analytics.Funnel;

/// <summary>
/// Exact funnel limits with Spiegelhalter's interpolation (Spiegelhalter 2005, "Funnel plots for comparing
/// institutional performance", Stat Med 24:1185, appendix A.1): r_p is the p-quantile of the exact count
/// distribution; alpha = (F(r_p) - p) / (F(r_p) - F(r_p - 1)); the limit is (r_p - alpha) / n.
/// The interpolation makes the limits smooth in n instead of stepping with the discrete quantile.
/// </summary>
public static class SpiegelhalterLimits
{
    /// <summary>Limit for a proportion with target <paramref name="target"/> and <paramref name="n"/> cases (binomial).</summary>
    public static double Proportion(double target, int n, double probability)
    {
        if (n <= 0)
            return double.NaN;
        if (target <= 0)
            return 0;
        if (target >= 1)
            return 1;
        double Cdf(int r) => r < 0 ? 0 : r >= n ? 1 : Binomial.CDF(target, n, r);
        var start = Normal.InvCDF(n * target, Math.Sqrt(n * target * (1 - target)), probability);
        var r = Quantile(Cdf, start, n, probability);
        return Interpolate(Cdf, r, probability) / n;
    }

    /// <summary>Limit for a rate with target <paramref name="target"/> per unit of exposure and exposure <paramref name="exposure"/> (Poisson).</summary>
    public static double Rate(double target, double exposure, double probability)
    {
        if (exposure <= 0)
            return double.NaN;
        var lambda = target * exposure;
        if (lambda <= 0)
            return 0;
        double Cdf(int r) => r < 0 ? 0 : Poisson.CDF(lambda, r);
        var start = Normal.InvCDF(lambda, Math.Sqrt(lambda), probability);
        var r = Quantile(Cdf, start, int.MaxValue - 1, probability);
        return Interpolate(Cdf, r, probability) / exposure;
    }

    /// <summary>Smallest r with F(r) &gt;= p, searched from a normal-approximation start.</summary>
    private static int Quantile(Func<int, double> cdf, double start, int max, double p)
    {
        var r = (int)Math.Clamp(Math.Floor(start), 0, max);
        while (r > 0 && cdf(r - 1) >= p)
            r--;
        while (r < max && cdf(r) < p)
            r++;
        return r;
    }

    private static double Interpolate(Func<int, double> cdf, int r, double p)
    {
        var upper = cdf(r);
        var lower = cdf(r - 1);
        var alpha = upper > lower ? (upper - p) / (upper - lower) : 0;
        return Math.Max(r - alpha, 0);
    }
}
