using System.Globalization;

namespace LearningLoop.Analytics.Spc;

/// <summary>
/// Explains a Making Data Count chart in plain language: one sentence per stretch of consecutive points that the same
/// rule flagged, naming the rule as NHSRplotthedots does, e.g. "Improvement: points 14 to 20 (2024-02-01 to
/// 2024-08-01) are part of seven or more points in a row below the mean (Making Data Count: 7 Points Below CL)."
/// </summary>
public static class MdcSignalExplainer
{
    public static IReadOnlyList<SpcSignal> Explain(MdcChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var signals = new List<SpcSignal>();
        var points = chart.Points;
        var start = 0;
        while (start < points.Count)
        {
            var end = start;
            while (end + 1 < points.Count && points[end + 1].SpecialCause == points[start].SpecialCause && points[end + 1].Group == points[start].Group)
                end++;
            if (points[start].SpecialCause != MdcSpecialCause.CommonCause)
                signals.Add(Signal(points[start], points[end]));
            start = end + 1;
        }

        return signals;
    }

    private static SpcSignal Signal(MdcPoint first, MdcPoint last)
    {
        var cause = first.SpecialCause;
        var type = MdcChartView.Word(first.PointType);
        var lead = char.ToUpperInvariant(type[0]) + type[1..];
        var which = first.Index == last.Index
            ? string.Create(CultureInfo.InvariantCulture, $"point {first.Index} ({first.XText}) is")
            : string.Create(CultureInfo.InvariantCulture, $"points {first.Index} to {last.Index} ({first.XText} to {last.XText}) are");
        var text = $"{lead}: {which} {cause.Describe()} (Making Data Count: {cause.Text()}).";
        var kind = cause switch
        {
            MdcSpecialCause.AboveUcl => SpcSignalKind.AboveUpperLimit,
            MdcSpecialCause.BelowLcl => SpcSignalKind.BelowLowerLimit,
            _ => SpcSignalKind.MakingDataCountPattern,
        };
        return new SpcSignal(kind, first.Group, first.Index, last.Index, text);
    }
}
