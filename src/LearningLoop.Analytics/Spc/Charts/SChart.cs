namespace LearningLoop.Analytics.Spc;

/// <summary>
/// S chart (qicharts2 <c>qic.s</c>): y = subgroup sd; centre from <see cref="PooledStandardDeviation"/>;
/// limits B3(n_i) x centre and B4(n_i) x centre (Montgomery 6.27-6.28).
/// </summary>
internal static class SChart
{
    public static void Compute(in ChartPart part, in ChartLines lines)
    {
        part.StdDev.CopyTo(lines.Y);
        var cl = PooledStandardDeviation.Compute(part);
        for (var i = 0; i < part.Length; i++)
        {
            var n = part.Size[i];
            lines.Cl[i] = cl;
            lines.Ucl[i] = SubgroupConstants.B4(n, ControlConstants.ThreeSigma) * cl;
            lines.Lcl[i] = SubgroupConstants.B3(n, ControlConstants.ThreeSigma) * cl;
            lines.Ucl2[i] = SubgroupConstants.B4(n, ControlConstants.TwoSigma) * cl;
            lines.Lcl2[i] = SubgroupConstants.B3(n, ControlConstants.TwoSigma) * cl;
        }
    }
}
