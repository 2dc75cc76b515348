namespace LearningLoop.Analytics.Spc;

/// <summary>
/// Moving range chart (qicharts2 <c>qic.mr</c>): y_i = |x_i - x_(i-1)| within the part (the first is missing);
/// centre = mean moving range of the baseline; UCL = D4 x centre, LCL = 0 (Montgomery 6.4).
/// </summary>
internal static class MovingRangeChart
{
    public static void Compute(in ChartPart part, in ChartLines lines)
    {
        var y = lines.Y;
        y[0] = double.NaN;
        for (var i = 1; i < part.Length; i++)
            y[i] = Math.Abs(part.Value[i] - part.Value[i - 1]);

        var cl = MissingAware.Mean(y, part.Base);
        lines.Cl.Fill(cl);
        lines.Lcl.Clear();
        lines.Lcl2.Clear();
        lines.Ucl.Fill(ControlConstants.D4 * cl);
        // qicharts2's 2-sigma line for moving ranges: (D4 / 3) * 2 * cl.
        lines.Ucl2.Fill(ControlConstants.D4 / ControlConstants.ThreeSigma * ControlConstants.TwoSigma * cl);
    }
}
