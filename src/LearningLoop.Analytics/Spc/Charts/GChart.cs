namespace LearningLoop.Analytics.Spc;

/// <summary>
/// G chart (qicharts2 <c>qic.g</c>): limits from the geometric mean m of the baseline,
/// m ± 3 sqrt(m (m + 1)) (Montgomery p. 319; Benneyan 2001), lower limit floored at zero; the centre line drawn is
/// the baseline median, because the geometric distribution is skewed.
/// </summary>
internal static class GChart
{
    public static void Compute(in ChartPart part, in ChartLines lines)
    {
        part.Value.CopyTo(lines.Y);
        var mean = MissingAware.Mean(part.Value, part.Base);
        lines.SetSymmetric(mean, Math.Sqrt(mean * (mean + 1)));
        lines.FloorLowerAtZero();
        lines.Cl.Fill(MissingAware.Median(part.Value, part.Base, part.Scratch));
    }
}
