namespace LearningLoop.Analytics.Spc;

/// <summary>
/// C chart (qicharts2 <c>qic.c</c>): y = count per subgroup (y.sum); centre = mean count of the baseline;
/// sigma = sqrt(centre) (Poisson, Montgomery 7.17); lower limit floored at zero.
/// </summary>
internal static class CChart
{
    public static void Compute(in ChartPart part, in ChartLines lines)
    {
        part.Sum.CopyTo(lines.Y);
        var cl = MissingAware.Mean(part.Sum, part.Base);
        lines.SetSymmetric(cl, Math.Sqrt(cl));
        lines.FloorLowerAtZero();
    }
}
