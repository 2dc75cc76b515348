namespace LearningLoop.Analytics.Spc;

/// <summary>
/// Xbar chart (qicharts2 <c>qic.xbar</c>): centre = grand mean weighted by subgroup size (Montgomery 6.30);
/// limits = centre ± A3(n_i) x sd, with sd from <see cref="PooledStandardDeviation"/>.
/// </summary>
internal static class XbarChart
{
    public static void Compute(in ChartPart part, in ChartLines lines)
    {
        part.Value.CopyTo(lines.Y);
        double weighted = 0;
        double size = 0;
        for (var i = 0; i < part.Length; i++)
        {
            if (!part.Base[i])
                continue;
            var term = part.Size[i] * part.Mean[i];
            if (!double.IsNaN(term))
                weighted += term;
            size += part.Size[i];
        }

        var cl = weighted / size;
        var sd = PooledStandardDeviation.Compute(part);
        for (var i = 0; i < part.Length; i++)
        {
            var n = part.Size[i];
            lines.Cl[i] = cl;
            lines.Ucl[i] = cl + (SubgroupConstants.A3(n, ControlConstants.ThreeSigma) * sd);
            lines.Lcl[i] = cl - (SubgroupConstants.A3(n, ControlConstants.ThreeSigma) * sd);
            lines.Ucl2[i] = cl + (SubgroupConstants.A3(n, ControlConstants.TwoSigma) * sd);
            lines.Lcl2[i] = cl - (SubgroupConstants.A3(n, ControlConstants.TwoSigma) * sd);
        }
    }
}
