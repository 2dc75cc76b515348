using MathNet.Numerics.Distributions;

namespace LearningLoop.Analytics.Psychometrics;

/// <summary>
/// Welch's two-sample t-test for a difference in means without assuming equal variances (Welch 1947, Biometrika
/// 34:28), with the Welch-Satterthwaite degrees of freedom; the same as R's t.test(x, y, var.equal = FALSE).
/// </summary>
public static class WelchTTest
{
    /// <summary>Tests mean(x) - mean(y) with a two-sided p-value and a <paramref name="confidence"/> interval.</summary>
    public static WelchTTestResult Compute(in RunningMoments x, in RunningMoments y, double confidence = 0.95)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(confidence, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(confidence, 1);
        var difference = x.Mean - y.Mean;
        if (x.Count < 2 || y.Count < 2)
        {
            return new WelchTTestResult(difference, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN);
        }

        var vx = x.Variance / x.Count;
        var vy = y.Variance / y.Count;
        var standardError = Math.Sqrt(vx + vy);
        // Welch-Satterthwaite: df = (vx + vy)^2 / (vx^2/(nx - 1) + vy^2/(ny - 1)).
        var df = (vx + vy) * (vx + vy) / ((vx * vx / (x.Count - 1)) + (vy * vy / (y.Count - 1)));
        if (!(standardError > 0))
        {
            return new WelchTTestResult(difference, double.NaN, double.NaN, double.NaN, double.NaN, df);
        }

        var t = difference / standardError;
        var p = 2 * StudentT.CDF(0, 1, df, -Math.Abs(t));
        var quantile = StudentTQuantile(df, 1 - ((1 - confidence) / 2));
        return new WelchTTestResult(
            difference, difference - (quantile * standardError), difference + (quantile * standardError), p, t, df);
    }

    /// <summary>
    /// Quantile of Student's t. MathNet's InvCDF stops its root search at an absolute 1e-12, which limits a confidence
    /// bound near zero to a few digits; two Newton steps on the accurate CDF (x -= (F(x) - p) / f(x)) restore full precision.
    /// </summary>
    internal static double StudentTQuantile(double df, double p)
    {
        var x = StudentT.InvCDF(0, 1, df, p);
        for (int i = 0; i < 2; i++)
        {
            var density = StudentT.PDF(0, 1, df, x);
            if (!(density > 0))
            {
                break;
            }

            x -= (StudentT.CDF(0, 1, df, x) - p) / density;
        }

        return x;
    }

    public static WelchTTestResult Compute(ReadOnlySpan<double> x, ReadOnlySpan<double> y, double confidence = 0.95) =>
        Compute(RunningMoments.Of(x), RunningMoments.Of(y), confidence);
}
