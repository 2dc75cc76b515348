using MathNet.Numerics;

namespace LearningLoop.Analytics.Rates;

/// <summary>
/// The exact (Clopper–Pearson 1934) interval of a binomial proportion as R's <c>binom.test</c> computes it:
/// lower = qbeta(α/2, x, n − x + 1) (0 when x = 0), upper = qbeta(1 − α/2, x + 1, n − x) (1 when x = n).
/// </summary>
internal static class ClopperPearson
{
    public static (double Low, double High) Interval(long x, long n, double confidence)
    {
        var alpha = 1 - confidence;
        var low = x == 0 ? 0 : BetaQuantile(alpha / 2, x, n - x + 1);
        var high = x == n ? 1 : BetaQuantile(1 - (alpha / 2), x + 1, n - x);
        return (low, high);
    }

    /// <summary>
    /// The beta quantile by bisection on MathNet's regularized incomplete beta, to the last bit of a double.
    /// MathNet's own Beta.InvCDF stops its Brent search at an absolute accuracy of 1e-12, which for a small quantile
    /// (few events after, many before) is short of 1e-9 relative; bisection costs ~60 evaluations of I_x(a, b),
    /// twice per comparison, and is as exact as I_x(a, b) itself.
    /// </summary>
    internal static double BetaQuantile(double probability, double a, double b)
    {
        double low = 0, high = 1;
        for (var i = 0; i < 200; i++)
        {
            var middle = 0.5 * (low + high);
            if (middle <= low || middle >= high)
                break;
            if (SpecialFunctions.BetaRegularized(a, b, middle) < probability)
                low = middle;
            else
                high = middle;
        }

        return 0.5 * (low + high);
    }
}
