namespace LearningLoop.Analytics.Spc;

/// <summary>Turns the engine's buffers into the friendly <see cref="SpcChart"/>, with null for every NaN.</summary>
internal static class SpcChartBuilder
{
    public static SpcChart Build(SubgroupAggregator.Result aggregated, SpcOptions options, SpcWorkspace ws)
    {
        var subgroups = aggregated.Subgroups;
        var points = new SpcPoint[ws.Count];
        for (var i = 0; i < ws.Count; i++)
        {
            points[i] = new SpcPoint
            {
                Index = i + 1,
                X = aggregated.Labels[i],
                Row = aggregated.FirstRows[i],
                Y = OrNull(ws.Y[i]),
                N = subgroups.HasDenominator ? OrNull(subgroups.Denominator[i]) : null,
                Cl = OrNull(ws.Cl[i]),
                Lcl = OrNull(ws.Lcl[i]),
                Ucl = OrNull(ws.Ucl[i]),
                Lcl2 = OrNull(ws.Lcl2[i]),
                Ucl2 = OrNull(ws.Ucl2[i]),
                SigmaSignal = ws.SigmaSignal[i],
                Part = ws.Part[i],
                Include = ws.Include[i],
                Baseline = ws.Baseline[i],
            };
        }

        return new SpcChart(options, aggregated.XKind, points, ws.Parts.AsSpan(0, ws.PartCount).ToArray());
    }

    private static double? OrNull(double value) => double.IsFinite(value) ? value : null;
}
