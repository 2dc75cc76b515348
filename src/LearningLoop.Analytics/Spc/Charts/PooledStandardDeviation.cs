namespace LearningLoop.Analytics.Spc;

/// <summary>
/// The standard deviation that xbar and s charts use (qicharts2 <c>qic.xbar</c>, <c>qic.s</c>):
/// with equal subgroup sizes the mean of the subgroup sds (Montgomery 6.29); with unequal sizes the pooled
/// sd sqrt(sum((n_i - 1) s_i^2) / sum(n_i - 1)) over the baseline (Montgomery 6.31).
/// </summary>
internal static class PooledStandardDeviation
{
    public static double Compute(in ChartPart part)
    {
        if (!HasUnequalSizes(part.Size))
            return MissingAware.Mean(part.StdDev, part.Base);

        double numerator = 0;
        double denominator = 0;
        for (var i = 0; i < part.Length; i++)
        {
            if (!part.Base[i])
                continue;
            var weight = part.Size[i] - 1;
            var term = weight * part.StdDev[i] * part.StdDev[i];
            if (!double.IsNaN(term))
                numerator += term;
            denominator += weight;
        }

        return Math.Sqrt(numerator / denominator);
    }

    /// <summary>qicharts2's var.n: more than one distinct subgroup size among all points of the part.</summary>
    public static bool HasUnequalSizes(ReadOnlySpan<int> sizes)
    {
        for (var i = 1; i < sizes.Length; i++)
        {
            if (sizes[i] != sizes[0])
                return true;
        }

        return false;
    }
}
