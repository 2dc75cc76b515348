using LearningLoop.Analytics.Spc;

namespace LearningLoop.Charts.Spc;

/// <summary>Margins and scales of a chart: where point i and value v land in the SVG.</summary>
internal sealed class SpcSvgLayout
{
    private const double CharWidth = 6.4;

    private SpcSvgLayout(SpcChart chart, SpcSvgOptions options)
    {
        Options = options;
        Count = chart.Points.Count;
        var compact = options.Compact;
        Y = PaddedTicks(DomainMin(chart, options), DomainMax(chart, options), compact ? 5 : 6);
        Top = compact ? 8 : 14 + (options.Title is null ? 0 : 26) + (options.ShowSummary ? 20 : 0) + (options.Annotations.Count > 0 ? 14 : 0);
        // A small multiple keeps its y range (the axis' ends, left) and the latest value (right) in measured margins.
        Left = compact ? 8 + Math.Max(TextWidth.Of(SvgText.Fixed(Y.Min, Y.Decimals), CompactFont), TextWidth.Of(SvgText.Fixed(Y.Max, Y.Decimals), CompactFont))
            : 58 + (options.YLabel is null ? 0 : 18);
        Right = compact ? 10 + TextWidth.Of(LatestLabel(chart), CompactFont, bold: true) : 84;
        Bottom = compact ? 8 : 34 + (options.XLabel is null ? 0 : 20);
        PlotWidth = Math.Max(options.Width - Left - Right, 10);
        PlotHeight = Math.Max(options.Height - Top - Bottom, 10);
        Step = PlotWidth / Math.Max(Count, 1);
        LabelStep = ChooseLabelStep(chart);
    }

    /// <summary>Font size of a small multiple's range and latest value.</summary>
    public const double CompactFont = 10.5;

    public SpcSvgOptions Options { get; }

    public int Count { get; }

    public double Top { get; }

    public double Left { get; }

    public double Right { get; }

    public double Bottom { get; }

    public double PlotWidth { get; }

    public double PlotHeight { get; }

    /// <summary>Horizontal distance between points.</summary>
    public double Step { get; }

    public AxisTicks.Ticks Y { get; }

    /// <summary>Label every LabelStep-th point on the x axis.</summary>
    public int LabelStep { get; }

    public double PlotBottom => Top + PlotHeight;

    public double PlotRight => Left + PlotWidth;

    /// <summary>The last plotted value as the chart writes it, or empty when no point has a value.</summary>
    public static string LatestLabel(SpcChart chart) =>
        chart.Points.LastOrDefault(p => p.Y is not null)?.Y is { } y ? SvgText.Value(y) : "";

    public static SpcSvgLayout Create(SpcChart chart, SpcSvgOptions options) => new(chart, options);

    /// <summary>x of the point with 0-based index i (centred in its slot, so steps meet between points).</summary>
    public double XOf(int i) => Left + (Step * (i + 0.5));

    public double YOf(double value) => Top + (PlotHeight * (1 - ((value - Y.Min) / (Y.Max - Y.Min))));

    /// <summary>Nice ticks over the data plus a little air, so that no point sits on the frame; never below zero for non-negative data.</summary>
    private static AxisTicks.Ticks PaddedTicks(double min, double max, int desired)
    {
        var pad = (max - min) * 0.04;
        var lower = min >= 0 ? Math.Max(min - pad, 0) : min - pad;
        return AxisTicks.Nice(lower, max + pad, desired);
    }

    private static double DomainMin(SpcChart chart, SpcSvgOptions options) => Extreme(chart, options, Math.Min, double.PositiveInfinity);

    private static double DomainMax(SpcChart chart, SpcSvgOptions options) => Extreme(chart, options, Math.Max, double.NegativeInfinity);

    private static double Extreme(SpcChart chart, SpcSvgOptions options, Func<double, double, double> pick, double seed)
    {
        var result = seed;
        foreach (var p in chart.Points)
        {
            foreach (var v in new[] { p.Y, p.Cl, p.Lcl, p.Ucl, options.ShowWarningLimits ? p.Lcl2 : null, options.ShowWarningLimits ? p.Ucl2 : null })
            {
                if (v is { } value)
                    result = pick(result, value);
            }
        }

        if (options.Target is { } target)
            result = pick(result, target);
        return double.IsFinite(result) ? result : 0;
    }

    private int ChooseLabelStep(SpcChart chart)
    {
        var longest = 1;
        foreach (var p in chart.Points)
            longest = Math.Max(longest, p.X.Length);
        var slots = Math.Max((int)(PlotWidth / ((longest * CharWidth) + 14)), 1);
        foreach (var step in new[] { 1, 2, 3, 4, 5, 6, 10, 12, 20, 24, 25, 50, 100, 200, 250, 500, 1000 })
        {
            if ((Count + step - 1) / step <= slots)
                return step;
        }

        return Math.Max(Count / slots, 1);
    }
}
