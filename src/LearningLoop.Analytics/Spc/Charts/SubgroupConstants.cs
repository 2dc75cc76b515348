using MathNet.Numerics;

namespace LearningLoop.Analytics.Spc;

/// <summary>
/// c4, A3, B3 and B4 for a subgroup of size n (Montgomery, Appendix VI), computed from c4(n) as qicharts2 does:
/// c4(n) = sqrt(2 / (n - 1)) * Gamma(n / 2) / Gamma((n - 1) / 2). NaN for n &lt;= 1. Cached for common sizes.
/// </summary>
internal static class SubgroupConstants
{
    private const int TableSize = 1025;
    private static readonly double[] C4Table = BuildC4Table();

    public static double C4(int n) => n <= 1 ? double.NaN : n < TableSize ? C4Table[n] : ComputeC4(n);

    /// <summary>c5(n) = sqrt(1 - c4(n)^2): the relative standard deviation of s.</summary>
    public static double C5(int n)
    {
        var c4 = C4(n);
        return Math.Sqrt(1 - (c4 * c4));
    }

    /// <summary>A3 = k / (c4 sqrt(n)): the xbar limit factor for sigmas = k (3, or 2 for warning limits).</summary>
    public static double A3(int n, double sigmas) => n <= 1 ? double.NaN : sigmas / (C4(n) * Math.Sqrt(n));

    /// <summary>B3 = max(0, 1 - k c5 / c4): the s chart's lower limit factor.</summary>
    public static double B3(int n, double sigmas) => n <= 1 ? double.NaN : Math.Max(0, 1 - (sigmas * C5(n) / C4(n)));

    /// <summary>B4 = 1 + k c5 / c4: the s chart's upper limit factor.</summary>
    public static double B4(int n, double sigmas) => n <= 1 ? double.NaN : 1 + (sigmas * C5(n) / C4(n));

    private static double ComputeC4(int n) =>
        Math.Sqrt(2.0 / (n - 1)) * Math.Exp(SpecialFunctions.GammaLn(n / 2.0) - SpecialFunctions.GammaLn((n - 1) / 2.0));

    private static double[] BuildC4Table()
    {
        var table = new double[TableSize];
        table[0] = double.NaN;
        table[1] = double.NaN;
        for (var n = 2; n < TableSize; n++)
            table[n] = ComputeC4(n);
        return table;
    }
}
