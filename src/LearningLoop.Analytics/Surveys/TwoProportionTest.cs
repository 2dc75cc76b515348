using MathNet.Numerics.Distributions;

namespace LearningLoop.Analytics.Surveys;

/// <summary>The result of comparing two proportions: the difference (second minus first, in percentage points), z and
/// its two-sided p-value.</summary>
public sealed record TwoProportionResult(double Difference, double Z, double PValue);

/// <summary>
/// The two-proportion z-test with a pooled standard error (Agresti, Categorical Data Analysis, 3rd ed., §2.4 / R's
/// <c>prop.test(correct = FALSE)</c>, whose X-squared is z²): z = (p2 − p1) / sqrt(p̄(1 − p̄)(1/n1 + 1/n2)), where
/// p̄ = (x1 + x2) / (n1 + n2).
/// </summary>
public static class TwoProportionTest
{
    /// <summary>Compares p1 = x1/n1 with p2 = x2/n2. Null when a group is empty or p̄ is 0 or 1 (no variation to test).</summary>
    public static TwoProportionResult? Compare(double x1, double n1, double x2, double n2)
    {
        if (n1 <= 0 || n2 <= 0 || x1 < 0 || x2 < 0 || x1 > n1 || x2 > n2)
            return null;
        var p1 = x1 / n1;
        var p2 = x2 / n2;
        var pooled = (x1 + x2) / (n1 + n2);
        var se = Math.Sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
        if (se == 0)
            return null;
        var z = (p2 - p1) / se;
        var p = 2 * Normal.CDF(0, 1, -Math.Abs(z));
        return new TwoProportionResult(100 * (p2 - p1), z, p);
    }
}
