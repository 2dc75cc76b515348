namespace LearningLoop.Analytics.Spc;

/// <summary>
/// U chart (qicharts2 <c>qic.u</c>): centre = sum(y) / sum(n) over the baseline; sigma_i = sqrt(u / n_i)
/// (Poisson, Montgomery 7.19); lower limit floored at zero.
/// </summary>
internal static class UChart
{
    public static void Compute(in ChartPart part, in ChartLines lines)
    {
        part.Value.CopyTo(lines.Y);
        var cl = MissingAware.Sum(part.Sum, part.Base) / MissingAware.Sum(part.Denominator, part.Base);
        for (var i = 0; i < part.Length; i++)
            lines.SetSymmetric(i, cl, PoissonSigma(cl, part.Denominator[i]));
        lines.FloorLowerAtZero();
    }

    /// <summary>Poisson standard deviation of a rate u with area of opportunity n.</summary>
    public static double PoissonSigma(double u, double n) => Math.Sqrt(u / n);
}
