namespace LearningLoop.Analytics.Spc;

/// <summary>
/// Laney's p' chart (qicharts2 <c>qic.pp</c>; Laney 2002): as the p chart, with sigma_i multiplied by
/// <see cref="LaneyZ.SigmaZ"/>; limits clipped to [0, 1].
/// </summary>
internal static class LaneyPPrime
{
    private static readonly Func<double, double, double> Sigma = PChart.BinomialSigma;

    public static void Compute(in ChartPart part, in ChartLines lines)
    {
        part.Value.CopyTo(lines.Y);
        var cl = MissingAware.Sum(part.Sum, part.Base) / MissingAware.Sum(part.Denominator, part.Base);
        var sigmaZ = LaneyZ.SigmaZ(part, cl, Sigma);
        for (var i = 0; i < part.Length; i++)
            lines.SetSymmetric(i, cl, PChart.BinomialSigma(cl, part.Denominator[i]) * sigmaZ);
        lines.CapUpperAtOne();
        lines.FloorLowerAtZero();
    }
}
