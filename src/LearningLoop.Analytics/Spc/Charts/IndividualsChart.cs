namespace LearningLoop.Analytics.Spc;

/// <summary>
/// Individuals chart (qicharts2 <c>qic.i</c>): centre = mean of the baseline; sigma = screened average moving
/// range / d2 (Montgomery eq. 6.33; screening Nelson 1982).
/// </summary>
internal static class IndividualsChart
{
    public static void Compute(in ChartPart part, in ChartLines lines)
    {
        part.Value.CopyTo(lines.Y);
        var cl = MissingAware.Mean(part.Value, part.Base);

        // qicharts2 takes the moving ranges of (y - cl) over baseline points only, consecutive after selection.
        var deviations = part.Scratch;
        var count = MissingAware.Select(part.Value, part.Base, deviations);
        for (var k = 0; k < count; k++)
            deviations[k] -= cl;
        var ranges = deviations[..count];
        var nRanges = NelsonScreening.MovingRanges(ranges, ranges);
        var amr = NelsonScreening.ScreenedMean(ranges[..nRanges], ControlConstants.D4);

        lines.SetSymmetric(cl, amr / ControlConstants.D2);
    }
}
