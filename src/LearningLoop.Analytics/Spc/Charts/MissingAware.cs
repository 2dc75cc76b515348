namespace LearningLoop.Analytics.Spc;

/// <summary>
/// Means, sums and medians over the masked values of a span, skipping NaN as R's <c>na.rm = TRUE</c> does.
/// An empty selection gives NaN (R's NaN / NA), never an exception.
/// </summary>
internal static class MissingAware
{
    public static double Mean(ReadOnlySpan<double> values, ReadOnlySpan<bool> mask)
    {
        double sum = 0;
        var count = 0;
        for (var i = 0; i < values.Length; i++)
        {
            var v = values[i];
            if (mask[i] && !double.IsNaN(v))
            {
                sum += v;
                count++;
            }
        }

        return count == 0 ? double.NaN : sum / count;
    }

    public static double Mean(ReadOnlySpan<double> values)
    {
        double sum = 0;
        var count = 0;
        foreach (var v in values)
        {
            if (!double.IsNaN(v))
            {
                sum += v;
                count++;
            }
        }

        return count == 0 ? double.NaN : sum / count;
    }

    public static double Sum(ReadOnlySpan<double> values, ReadOnlySpan<bool> mask)
    {
        double sum = 0;
        for (var i = 0; i < values.Length; i++)
        {
            if (mask[i] && !double.IsNaN(values[i]))
                sum += values[i];
        }

        return sum;
    }

    /// <summary>Copies the masked values, missing ones included, in order; returns how many.</summary>
    public static int Select(ReadOnlySpan<double> values, ReadOnlySpan<bool> mask, Span<double> into)
    {
        var k = 0;
        for (var i = 0; i < values.Length; i++)
        {
            if (mask[i])
                into[k++] = values[i];
        }

        return k;
    }

    /// <summary>Median of the masked, non-missing values (mean of the middle two for an even count).</summary>
    public static double Median(ReadOnlySpan<double> values, ReadOnlySpan<bool> mask, Span<double> scratch)
    {
        var k = 0;
        for (var i = 0; i < values.Length; i++)
        {
            if (mask[i] && !double.IsNaN(values[i]))
                scratch[k++] = values[i];
        }

        if (k == 0)
            return double.NaN;
        var sorted = scratch[..k];
        sorted.Sort();
        return k % 2 == 1 ? sorted[k / 2] : (sorted[(k / 2) - 1] + sorted[k / 2]) / 2;
    }

    /// <summary>Sample standard deviation (n - 1); NaN when any value is missing or fewer than two, as R's sd().</summary>
    public static double StandardDeviation(ReadOnlySpan<double> values)
    {
        if (values.Length < 2)
            return double.NaN;
        double mean = 0;
        foreach (var v in values)
            mean += v;
        mean /= values.Length;
        double ss = 0;
        foreach (var v in values)
            ss += (v - mean) * (v - mean);
        return Math.Sqrt(ss / (values.Length - 1));
    }
}
