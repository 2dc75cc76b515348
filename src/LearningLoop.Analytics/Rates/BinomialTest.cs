using MathNet.Numerics;
using MathNet.Numerics.Distributions;

namespace LearningLoop.Analytics.Rates;

/// <summary>
/// The two-sided p-value of R's <c>binom.test(x, n, p)</c>: the probability of every outcome no more likely than the
/// one observed, with R's relative tolerance 1 + 1e-7 for ties (R stats::binom.test source). Tails come from the
/// regularized incomplete beta directly, never as 1 − CDF, so that p-values near 1e-9 keep their digits.
/// </summary>
internal static class BinomialTest
{
    private const double RelativeError = 1 + 1e-7;

    public static double TwoSided(long x, long n, double p)
    {
        if (p == 0)
            return x == 0 ? 1 : 0;
        if (p == 1)
            return x == n ? 1 : 0;

        var d = Binomial.PMF(p, (int)n, (int)x);
        var m = n * p;
        if (x == m)
            return 1;
        double value;
        if (x < m)
        {
            long y = 0;
            for (var i = (long)Math.Ceiling(m); i <= n; i++)
            {
                if (Binomial.PMF(p, (int)n, (int)i) <= d * RelativeError)
                    y++;
            }

            value = LowerTail(x, n, p) + UpperTail(n - y, n, p);
        }
        else
        {
            long y = 0;
            for (var i = 0L; i <= (long)Math.Floor(m); i++)
            {
                if (Binomial.PMF(p, (int)n, (int)i) <= d * RelativeError)
                    y++;
            }

            value = LowerTail(y - 1, n, p) + UpperTail(x - 1, n, p);
        }

        return Math.Min(1, value);
    }

    /// <summary>P(X ≤ k) = I_{1−p}(n − k, k + 1).</summary>
    private static double LowerTail(long k, long n, double p) =>
        k < 0 ? 0 : k >= n ? 1 : SpecialFunctions.BetaRegularized(n - k, k + 1, 1 - p);

    /// <summary>P(X &gt; k) = I_p(k + 1, n − k).</summary>
    private static double UpperTail(long k, long n, double p) =>
        k < 0 ? 1 : k >= n ? 0 : SpecialFunctions.BetaRegularized(k + 1, n - k, p);
}
