namespace LearningLoop.Analytics.Spc;

/// <summary>
/// Laney's u' chart (qicharts2 <c>qic.up</c>): as the u chart, with sigma_i multiplied by
/// <see cref="LaneyZ.SigmaZ"/>; lower limit floored at zero.
/// </summary>
internal static class LaneyUPrime
{
    private static readonly Func<double, double, double> Sigma = UChart.PoissonSigma;

    public static void Compute(in ChartPart part, in ChartLines lines)
    {
        part.Value.CopyTo(lines.Y);
        var cl = MissingAware.Sum(part.Sum, part.Base) / MissingAware.Sum(part.Denominator, part.Base);
        var sigmaZ = LaneyZ.SigmaZ(part, cl, Sigma);
        for (var i = 0; i < part.Length; i++)
            lines.SetSymmetric(i, cl, UChart.PoissonSigma(cl, part.Denominator[i]) * sigmaZ);
        lines.FloorLowerAtZero();
    }
}
