namespace LearningLoop.Analytics.Spc;

/// <summary>
/// P chart (qicharts2 <c>qic.p</c>): centre = sum(y) / sum(n) over the baseline; sigma_i = sqrt(p (1 - p) / n_i)
/// (Montgomery 7.8); limits clipped to [0, 1].
/// </summary>
internal static class PChart
{
    public static void Compute(in ChartPart part, in ChartLines lines)
    {
        part.Value.CopyTo(lines.Y);
        var cl = MissingAware.Sum(part.Sum, part.Base) / MissingAware.Sum(part.Denominator, part.Base);
        for (var i = 0; i < part.Length; i++)
            lines.SetSymmetric(i, cl, BinomialSigma(cl, part.Denominator[i]));
        lines.CapUpperAtOne();
        lines.FloorLowerAtZero();
    }

    /// <summary>Binomial standard deviation of a proportion p with denominator n.</summary>
    public static double BinomialSigma(double p, double n) => Math.Sqrt(p * (1 - p) / n);
}
