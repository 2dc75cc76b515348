namespace LearningLoop.Analytics.Spc;

/// <summary>
/// Screened moving ranges (Nelson 1982), as qicharts2 applies them by default once attached
/// (<c>qic.screenedmr = TRUE</c>): average the ranges, drop those at or above <c>factor</c> x that average,
/// and average again, so that one large jump does not inflate sigma.
/// </summary>
internal static class NelsonScreening
{
    /// <summary>Writes |v[k] - v[k-1]| for consecutive values into <paramref name="ranges"/>; returns the count.</summary>
    public static int MovingRanges(ReadOnlySpan<double> values, Span<double> ranges)
    {
        for (var k = 1; k < values.Length; k++)
            ranges[k - 1] = Math.Abs(values[k] - values[k - 1]);
        return Math.Max(values.Length - 1, 0);
    }

    /// <summary>The screened mean of the ranges; NaN values (ranges touching a missing point) are ignored.</summary>
    public static double ScreenedMean(ReadOnlySpan<double> ranges, double factor)
    {
        var limit = factor * MissingAware.Mean(ranges);
        double sum = 0;
        var count = 0;
        foreach (var r in ranges)
        {
            // r < NaN is false: with no usable range nothing survives and the result is NaN, as in R.
            if (r < limit)
            {
                sum += r;
                count++;
            }
        }

        return count == 0 ? double.NaN : sum / count;
    }
}
