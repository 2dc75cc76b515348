using System.Globalization;

namespace LearningLoop.Analytics.Spc;

/// <summary>
/// Explains every signal of a chart in plain language, e.g. "9 points in a row above the centre line, more than the 8
/// expected by chance for 24 useful points" or "Point 14 (2024-03) is above the upper control limit".
/// </summary>
public static class SpcSignalExplainer
{
    public static IReadOnlyList<SpcSignal> Explain(SpcChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var signals = new List<SpcSignal>();
        var prefix = chart.Parts.Count > 1;
        foreach (var part in chart.Parts)
        {
            var lead = prefix ? $"Part {part.Part}: " : string.Empty;
            if (part.LongRunSignal)
                signals.Add(LongRun(chart, part, lead));
            if (part.FewCrossingsSignal)
                signals.Add(FewCrossings(part, lead));
        }

        foreach (var p in chart.Points)
        {
            if (!p.SigmaSignal)
                continue;
            var above = p.Y > p.Ucl;
            var text = string.Create(CultureInfo.InvariantCulture,
                $"Point {p.Index} ({p.X}) is {(above ? "above the upper" : "below the lower")} control limit ({ReadableNumber.Format(p.Y)} {(above ? ">" : "<")} {ReadableNumber.Format(above ? p.Ucl : p.Lcl)}).");
            signals.Add(new SpcSignal(above ? SpcSignalKind.AboveUpperLimit : SpcSignalKind.BelowLowerLimit, p.Part, p.Index, p.Index, text));
        }

        return signals;
    }

    private static SpcSignal LongRun(SpcChart chart, SpcPart part, string lead)
    {
        var first = part.LongestRunStart!.Value;
        var last = part.LongestRunEnd!.Value;
        var side = part.LongestRunSide > 0 ? "above" : "below";
        var text = string.Create(CultureInfo.InvariantCulture,
            $"{lead}{part.LongestRun} points in a row {side} the centre line, more than the {part.LongestRunMax} expected by chance for {part.NUseful} useful points (points {first} to {last}, {chart.Points[first - 1].X} to {chart.Points[last - 1].X}).");
        return new SpcSignal(SpcSignalKind.LongRun, part.Part, first, last, text);
    }

    private static SpcSignal FewCrossings(SpcPart part, string lead)
    {
        var crossings = part.NCrossings == 1 ? "crossing" : "crossings";
        var text = string.Create(CultureInfo.InvariantCulture,
            $"{lead}Only {part.NCrossings} {crossings} of the centre line, fewer than the {part.NCrossingsMin} expected by chance for {part.NUseful} useful points: the process has probably shifted.");
        return new SpcSignal(SpcSignalKind.FewCrossings, part.Part, part.FirstIndex, part.LastIndex, text);
    }
}
