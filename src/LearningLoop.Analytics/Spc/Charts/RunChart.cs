namespace LearningLoop.Analytics.Spc;

/// <summary>Run chart (qicharts2 <c>qic.run</c>): the centre is the median of the baseline; no control limits.</summary>
internal static class RunChart
{
    public static void Compute(in ChartPart part, in ChartLines lines)
    {
        part.Value.CopyTo(lines.Y);
        lines.Cl.Fill(MissingAware.Median(part.Value, part.Base, part.Scratch));
        lines.ClearLimits();
    }
}
