using System.Globalization;
using System.Text;

namespace LearningLoop.Charts.RelationalCoordination;

/// <summary>One step between consecutive waves: the change of the mean relational coordination index with its Welch 95%
/// confidence interval; <see cref="Difference"/> null when a wave has too few respondents to show.</summary>
public sealed record RcChangeRow(string Label, double? Difference, double? CiLow, double? CiHigh, double? P);

/// <summary>The confidence-interval plot of change between waves, against a zero line: an interval that does not cross
/// zero is a change beyond chance (filled point). Each row's label sits in a left margin measured from the labels
/// themselves, so no label runs over the plot.</summary>
public static class RcChangeChartSvg
{
    private const double PlotWidth = 480, RowHeight = 40, Top = 10, AxisRoom = 30, Right = 28, LabelFont = 12;
    private const double MinLabelRoom = 80, MaxLabelRoom = 340;
    private const string Ink = "#33414f";

    public static string Render(IReadOnlyList<RcChangeRow> rows, string title, int minCellSize, string idPrefix = "rc-change")
    {
        ArgumentNullException.ThrowIfNull(rows);
        var labels = rows.Select(r => Lines(r.Label)).ToList();
        var labelRoom = Math.Clamp(labels.SelectMany(l => l).Select(l => TextWidth.Of(l, LabelFont)).DefaultIfEmpty(0).Max() + 16, MinLabelRoom, MaxLabelRoom);
        var range = Range(rows);
        var step = range > 1 ? 0.5 : 0.25;
        var width = labelRoom + PlotWidth + Right;
        var height = Top + (Math.Max(1, rows.Count) * RowHeight) + AxisRoom;
        double X(double v) => labelRoom + ((v + range) / (2 * range) * PlotWidth);

        var svg = new StringBuilder();
        new SvgFrame(width, height, "rc-svg rc-change-chart", idPrefix, title) { FontSize = 12 }.Open(svg);
        for (var t = -range; t <= range + 1e-9; t += step)
        {
            var zero = Math.Abs(t) < 1e-9;
            svg.Append(CultureInfo.InvariantCulture,
                $"<line x1=\"{Px(X(t))}\" x2=\"{Px(X(t))}\" y1=\"{Px(Top)}\" y2=\"{Px(height - AxisRoom + 6)}\" stroke=\"{(zero ? Ink : "#e2e6eb")}\" stroke-width=\"{(zero ? "1.5" : "1")}\" />");
            svg.Append(CultureInfo.InvariantCulture,
                $"<text x=\"{Px(X(t))}\" y=\"{Px(height - 8)}\" text-anchor=\"middle\" font-size=\"11\" fill=\"{ChartPalette.Muted}\">{RcChartText.Signed(t)}</text>");
        }
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var y = Top + (i * RowHeight) + (RowHeight / 2);
            var lines = labels[i];
            svg.Append(CultureInfo.InvariantCulture,
                $"<text class=\"rc-change-label\" x=\"{Px(labelRoom - 12)}\" y=\"{Px(y + 4 - ((lines.Count - 1) * 7.5))}\" text-anchor=\"end\" font-size=\"{Px(LabelFont)}\" fill=\"#26323f\">");
            for (var l = 0; l < lines.Count; l++)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<tspan x=\"{Px(labelRoom - 12)}\" dy=\"{(l == 0 ? "0" : "15")}\">").Append(SvgText.Escape(lines[l])).Append("</tspan>");
            }
            svg.Append("<title>").Append(SvgText.Escape(row.Label)).Append("</title></text>");
            if (row.Difference is { } d)
            {
                var (low, high) = (row.CiLow ?? d, row.CiHigh ?? d);
                var beyond = low > 0 || high < 0;
                var fill = beyond ? (d > 0 ? "#1f7a4d" : "#b4452a") : "#fff";
                var p = row.P is { } pv ? $", p = {P(pv)}" : "";
                svg.Append("<g class=\"rc-change-row\"><title>")
                    .Append(SvgText.Escape($"{row.Label}: {RcChartText.Signed(d)} (95% CI {RcChartText.Signed(low)} to {RcChartText.Signed(high)}{p})")).Append("</title>");
                svg.Append(CultureInfo.InvariantCulture, $"<g stroke=\"{Ink}\" stroke-width=\"2\"><line x1=\"{Px(X(low))}\" x2=\"{Px(X(high))}\" y1=\"{Px(y)}\" y2=\"{Px(y)}\" />");
                svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Px(X(low))}\" x2=\"{Px(X(low))}\" y1=\"{Px(y - 6)}\" y2=\"{Px(y + 6)}\" />");
                svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Px(X(high))}\" x2=\"{Px(X(high))}\" y1=\"{Px(y - 6)}\" y2=\"{Px(y + 6)}\" />");
                svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{Px(X(d))}\" cy=\"{Px(y)}\" r=\"6\" fill=\"{fill}\" /></g></g>");
            }
            else
            {
                svg.Append(CultureInfo.InvariantCulture,
                    $"<text class=\"rc-suppressed\" x=\"{Px(labelRoom + 8)}\" y=\"{Px(y + 4)}\" font-size=\"11\" font-style=\"italic\" fill=\"{ChartPalette.Muted}\">suppressed: too few respondents behind a wave")
                    .Append("<title>").Append(SvgText.Escape($"Not shown: one of the waves has too few respondents (or a group of fewer than {minCellSize} could be worked out from it)"))
                    .Append("</title></text>");
            }
        }
        svg.Append("</svg>");
        return svg.ToString();
    }

    /// <summary>The axis runs symmetrically round zero to the widest interval end, in quarters, at least ±0.5.</summary>
    private static double Range(IReadOnlyList<RcChangeRow> rows)
    {
        var extreme = rows.SelectMany(c => new[] { c.CiLow, c.CiHigh, c.Difference }).OfType<double>().Select(Math.Abs).DefaultIfEmpty(0.5).Max();
        return Math.Max(0.5, Math.Ceiling(extreme * 4) / 4);
    }

    /// <summary>A label on one line, or on two (from, to) when it is wider than the margin; each line cut with an ellipsis
    /// if it is still too wide. The full text is the label's title.</summary>
    private static List<string> Lines(string label)
    {
        if (Fits(label)) return [label];
        var arrow = label.IndexOf(" → ", StringComparison.Ordinal);
        return arrow < 0 ? [Fit(label)] : [Fit(label[..arrow] + " →"), Fit(label[(arrow + 3)..])];
    }

    private static bool Fits(string line) => TextWidth.Of(line, LabelFont) + 16 <= MaxLabelRoom;

    private static string Fit(string label)
    {
        if (Fits(label)) return label;
        var cut = label;
        while (cut.Length > 1 && !Fits(cut + "…")) cut = cut[..^1];
        return cut.TrimEnd() + "…";
    }

    private static string P(double p) => p < 0.001 ? "< 0.001" : p.ToString("0.000", CultureInfo.InvariantCulture);

    private static string Px(double value) => SvgText.Px(value);
}
