namespace LearningLoop.Analytics.Spc;

/// <summary>
/// The XmR limits of one rebase group, as NHSRplotthedots 0.2.2 computes them (<c>ptd_spc_standard</c>): the mean of the
/// first <c>fix_after_n_points</c> values; the mean moving range of those values, screened (ranges at or above 3.267 x
/// their mean dropped) unless <c>screen_outliers = FALSE</c>; process limits mean +/- 2.66 x AMR and "near" limits
/// mean +/- 2 x (2.66 / 3) x AMR, the two-sigma line of the two-in-three rule.
/// </summary>
internal readonly record struct MdcLimits(double Mean, double Lpl, double Upl, double NearLpl, double NearUpl)
{
    /// <summary>2.66 = 3 / d2 (d2 = 1.128 for moving ranges of two points).</summary>
    public const double Limit = 2.66;

    /// <summary>Written as the package writes it, <c>2 * (limit / 3)</c>, so that rounding matches.</summary>
    public const double LimitClose = 2 * (Limit / 3);

    /// <summary>3.267 = D4 for moving ranges of two points: the package's outlier screen.</summary>
    public const double ScreenFactor = 3.267;

    public static MdcLimits Of(ReadOnlySpan<double> y, int? fixAfter, bool screenOutliers)
    {
        var baseline = y[..Math.Min(fixAfter ?? y.Length, y.Length)];
        var mean = RMean(baseline);

        Span<double> ranges = baseline.Length <= 256 ? stackalloc double[Math.Max(baseline.Length - 1, 0)] : new double[baseline.Length - 1];
        for (var k = 1; k < baseline.Length; k++)
            ranges[k - 1] = Math.Abs(baseline[k] - baseline[k - 1]);
        var amr = RMean(ranges);
        if (screenOutliers)
            amr = ScreenedMean(ranges, ScreenFactor * amr);

        return new MdcLimits(mean, mean - (Limit * amr), mean + (Limit * amr), mean - (LimitClose * amr), mean + (LimitClose * amr));
    }

    /// <summary>R's <c>mean()</c> of doubles: the sum divided by n, corrected by the mean residual, so that a value equal
    /// to the mean compares equal as it does in R. Empty gives NaN.</summary>
    internal static double RMean(ReadOnlySpan<double> values)
    {
        if (values.IsEmpty)
            return double.NaN;
        double sum = 0;
        foreach (var v in values)
            sum += v;
        var mean = sum / values.Length;
        double residual = 0;
        foreach (var v in values)
            residual += v - mean;
        return mean + (residual / values.Length);
    }

    /// <summary>The mean of the ranges strictly below <paramref name="cut"/> (<c>mr &lt; 3.267 * amr</c>); NaN if none.</summary>
    private static double ScreenedMean(ReadOnlySpan<double> ranges, double cut)
    {
        Span<double> kept = ranges.Length <= 256 ? stackalloc double[ranges.Length] : new double[ranges.Length];
        var count = 0;
        foreach (var r in ranges)
        {
            if (r < cut)
                kept[count++] = r;
        }

        return RMean(kept[..count]);
    }
}
