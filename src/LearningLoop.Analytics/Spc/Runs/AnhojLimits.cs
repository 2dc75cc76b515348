namespace LearningLoop.Analytics.Spc;

/// <summary>
/// The two thresholds of the Anhøj rules for a given number of useful observations, tabulated once
/// (the engine asks for them for every part of every series).
/// </summary>
public static class AnhojLimits
{
    private const int TableSize = 1024;
    private const double CrossingsTail = 0.05;
    private static readonly int[] LongestRunTable = BuildLongestRunTable();
    private static readonly int[] CrossingsTable = BuildCrossingsTable();

    /// <summary>
    /// Longest run expected by chance: round(log2(n)) + 3 (Schilling 2012), rounding half to even as R does.
    /// </summary>
    public static int LongestRunMax(int nUseful)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(nUseful);
        return nUseful < TableSize ? LongestRunTable[nUseful] : ComputeLongestRunMax(nUseful);
    }

    /// <summary>
    /// Fewest crossings expected by chance: the 5th percentile of Binomial(n - 1, 0.5) (Chen 2010, eq. 7),
    /// i.e. qicharts2's <c>qbinom(0.05, n - 1, 0.5)</c>.
    /// </summary>
    public static int CrossingsMin(int nUseful)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(nUseful);
        var trials = nUseful - 1;
        return trials < TableSize ? CrossingsTable[trials] : BinomialHalfQuantile(trials, CrossingsTail);
    }

    private static int ComputeLongestRunMax(int n) => (int)Math.Round(Math.Log2(n), MidpointRounding.ToEven) + 3;

    /// <summary>
    /// Smallest k with P(X &lt;= k) &gt;= p for X ~ Binomial(trials, 0.5), summing the probabilities in log space
    /// (log pmf(k + 1) = log pmf(k) + log((trials - k) / (k + 1))) so that large trials do not underflow.
    /// </summary>
    internal static int BinomialHalfQuantile(int trials, double p)
    {
        var logPmf = trials * Math.Log(0.5);
        double cdf = 0;
        for (var k = 0; k < trials; k++)
        {
            cdf += Math.Exp(logPmf);
            if (cdf >= p)
                return k;
            logPmf += Math.Log((double)(trials - k) / (k + 1));
        }

        return trials;
    }

    private static int[] BuildLongestRunTable()
    {
        var table = new int[TableSize];
        for (var n = 1; n < TableSize; n++)
            table[n] = ComputeLongestRunMax(n);
        return table;
    }

    private static int[] BuildCrossingsTable()
    {
        // About 260,000 log-space steps in all: a few milliseconds, once per process.
        var table = new int[TableSize];
        for (var trials = 0; trials < TableSize; trials++)
            table[trials] = BinomialHalfQuantile(trials, CrossingsTail);
        return table;
    }
}
