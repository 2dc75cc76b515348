using System.Globalization;
using System.Text;
using LearningLoop.Analytics.Spc;

namespace LearningLoop.Charts.Spc;

/// <summary>
/// Draws an <see cref="SpcChart"/> as a self-contained, accessible SVG string (no I/O): data line and points, centre line,
/// control limits (stepped when the denominator varies), part breaks, signals in orange, optional target line,
/// warning limits and annotations, and a &lt;title&gt; on every point for hover text.
/// </summary>
public static class SpcChartSvg
{
    private const string DataColour = "#2f6fb3";
    private const string SignalColour = "#e8730c";
    private const string SignalStroke = "#8f3f00";
    private const string CentreColour = "#3d4852";
    private const string LimitColour = "#8795a1";
    private const string WarningColour = "#c3ccd4";
    private const string TargetColour = "#0a8a4a";
    private const string GridColour = "#e9edf1";
    private const string TextColour = "#3d4852";
    private const string MutedText = "#66717d";

    public static string Render(SpcChart chart, SpcSvgOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(chart);
        options ??= new SpcSvgOptions();
        var layout = SpcSvgLayout.Create(chart, options);
        var summary = SpcChartSummary.Describe(chart);
        var name = options.Title ?? chart.Chart.Title();
        var svg = new StringBuilder(16 * 1024);

        new SvgFrame(options.Width, options.Height, "spc-chart", null, name) { Description = summary, FontSize = 12 }.Open(svg);
        svg.Append(CultureInfo.InvariantCulture, $"<rect width=\"{options.Width}\" height=\"{options.Height}\" fill=\"#ffffff\"/>");
        if (!options.Compact)
            Heading(svg, layout, options, summary);
        Grid(svg, layout);
        PartBreaks(svg, chart, layout);
        if (options.ShowWarningLimits)
        {
            Steps(svg, chart, layout, p => p.Ucl2, WarningColour, "1", "2 3");
            Steps(svg, chart, layout, p => p.Lcl2, WarningColour, "1", "2 3");
        }

        Steps(svg, chart, layout, p => p.Ucl, LimitColour, "1.4", null);
        Steps(svg, chart, layout, p => p.Lcl, LimitColour, "1.4", null);
        Target(svg, layout, options);
        CentreLines(svg, chart, layout);
        DataLine(svg, chart, layout);
        Points(svg, chart, layout, options);
        if (options.Compact)
            CompactLabels(svg, chart, layout);
        if (!options.Compact)
        {
            Annotations(svg, chart, layout, options);
            LineLabels(svg, chart, layout, options);
            Axes(svg, chart, layout, options);
        }

        svg.Append("</svg>");
        return svg.ToString();
    }

    private static void Heading(StringBuilder svg, SpcSvgLayout layout, SpcSvgOptions options, string summary)
    {
        var y = 8.0;
        if (options.Title is not null)
        {
            y += 20;
            svg.Append(CultureInfo.InvariantCulture,
                $"<text x=\"{SvgText.Px(layout.Left)}\" y=\"{SvgText.Px(y)}\" font-size=\"17\" font-weight=\"600\" fill=\"{TextColour}\">{SvgText.Escape(options.Title)}</text>");
        }

        if (options.ShowSummary)
        {
            y += 20;
            svg.Append(CultureInfo.InvariantCulture,
                $"<text x=\"{SvgText.Px(layout.Left)}\" y=\"{SvgText.Px(y)}\" font-size=\"12.5\" fill=\"{MutedText}\">{SvgText.Escape(summary)}</text>");
        }
    }

    private static void Grid(StringBuilder svg, SpcSvgLayout layout)
    {
        svg.Append("<g class=\"grid\">");
        for (var v = layout.Y.Min; v <= layout.Y.Max + (layout.Y.Step / 2); v += layout.Y.Step)
        {
            var y = SvgText.Px(layout.YOf(v));
            svg.Append(CultureInfo.InvariantCulture,
                $"<line x1=\"{SvgText.Px(layout.Left)}\" x2=\"{SvgText.Px(layout.PlotRight)}\" y1=\"{y}\" y2=\"{y}\" stroke=\"{GridColour}\" stroke-width=\"1\"/>");
        }

        svg.Append("</g>");
    }

    /// <summary>A small multiple's y range at the ends of its left edge and its latest value beside the last point, so
    /// a dashboard reads levels without opening each chart.</summary>
    private static void CompactLabels(StringBuilder svg, SpcChart chart, SpcSvgLayout layout)
    {
        var size = SvgText.Px(SpcSvgLayout.CompactFont);
        var x = SvgText.Px(layout.Left - 4);
        svg.Append(CultureInfo.InvariantCulture,
            $"<g class=\"range\" font-size=\"{size}\" fill=\"{MutedText}\" text-anchor=\"end\"><text x=\"{x}\" y=\"{SvgText.Px(layout.Top + 8)}\">{SvgText.Fixed(layout.Y.Max, layout.Y.Decimals)}</text>");
        svg.Append(CultureInfo.InvariantCulture,
            $"<text x=\"{x}\" y=\"{SvgText.Px(layout.PlotBottom)}\">{SvgText.Fixed(layout.Y.Min, layout.Y.Decimals)}</text></g>");
        var last = chart.Points.Select((p, i) => (p, i)).LastOrDefault(t => t.p.Y is not null);
        if (last.p?.Y is not { } y) return;
        var colour = last.p.SigmaSignal ? SignalStroke : DataColour;
        svg.Append(CultureInfo.InvariantCulture,
            $"<text class=\"latest\" x=\"{SvgText.Px(layout.XOf(last.i) + 6)}\" y=\"{SvgText.Px(Math.Clamp(layout.YOf(y) + 4, layout.Top + 8, layout.PlotBottom))}\" font-size=\"{size}\" font-weight=\"700\" fill=\"{colour}\">{SpcSvgLayout.LatestLabel(chart)}<title>Latest: {SvgText.Escape(chart.Points[last.i].X)}, {SpcSvgLayout.LatestLabel(chart)}</title></text>");
    }

    private static void Axes(StringBuilder svg, SpcChart chart, SpcSvgLayout layout, SpcSvgOptions options)
    {
        svg.Append(CultureInfo.InvariantCulture, $"<g class=\"axes\" font-size=\"11.5\" fill=\"{MutedText}\">");
        for (var v = layout.Y.Min; v <= layout.Y.Max + (layout.Y.Step / 2); v += layout.Y.Step)
        {
            svg.Append(CultureInfo.InvariantCulture,
                $"<text x=\"{SvgText.Px(layout.Left - 8)}\" y=\"{SvgText.Px(layout.YOf(v) + 4)}\" text-anchor=\"end\">{SvgText.Fixed(v, layout.Y.Decimals)}</text>");
        }

        var baseline = SvgText.Px(layout.PlotBottom);
        svg.Append(CultureInfo.InvariantCulture,
            $"<line x1=\"{SvgText.Px(layout.Left)}\" x2=\"{SvgText.Px(layout.PlotRight)}\" y1=\"{baseline}\" y2=\"{baseline}\" stroke=\"{LimitColour}\" stroke-width=\"1\"/>");
        for (var i = 0; i < chart.Points.Count; i += layout.LabelStep)
        {
            var x = SvgText.Px(layout.XOf(i));
            svg.Append(CultureInfo.InvariantCulture,
                $"<line x1=\"{x}\" x2=\"{x}\" y1=\"{baseline}\" y2=\"{SvgText.Px(layout.PlotBottom + 5)}\" stroke=\"{LimitColour}\"/>");
            svg.Append(CultureInfo.InvariantCulture,
                $"<text x=\"{x}\" y=\"{SvgText.Px(layout.PlotBottom + 19)}\" text-anchor=\"middle\">{SvgText.Escape(chart.Points[i].X)}</text>");
        }

        if (options.XLabel is not null)
        {
            svg.Append(CultureInfo.InvariantCulture,
                $"<text x=\"{SvgText.Px(layout.Left + (layout.PlotWidth / 2))}\" y=\"{SvgText.Px(options.Height - 8)}\" text-anchor=\"middle\" font-size=\"12.5\" fill=\"{TextColour}\">{SvgText.Escape(options.XLabel)}</text>");
        }

        if (options.YLabel is not null)
        {
            var cy = SvgText.Px(layout.Top + (layout.PlotHeight / 2));
            svg.Append(CultureInfo.InvariantCulture,
                $"<text transform=\"translate(16 {cy}) rotate(-90)\" text-anchor=\"middle\" font-size=\"12.5\" fill=\"{TextColour}\">{SvgText.Escape(options.YLabel)}</text>");
        }

        svg.Append("</g>");
    }

    private static void PartBreaks(StringBuilder svg, SpcChart chart, SpcSvgLayout layout)
    {
        for (var k = 1; k < chart.Parts.Count; k++)
        {
            var x = SvgText.Px(layout.XOf(chart.Parts[k].FirstIndex - 1) - (layout.Step / 2));
            svg.Append(CultureInfo.InvariantCulture,
                $"<line class=\"part-break\" x1=\"{x}\" x2=\"{x}\" y1=\"{SvgText.Px(layout.Top)}\" y2=\"{SvgText.Px(layout.PlotBottom)}\" stroke=\"{LimitColour}\" stroke-width=\"1\" stroke-dasharray=\"3 3\"/>");
        }

        // A frozen baseline ends with a dotted line, labelled, so readers see which points set the limits.
        var lastBaseline = -1;
        for (var i = 0; i < chart.Points.Count - 1; i++)
        {
            if (chart.Points[i].Baseline && !chart.Points[i + 1].Baseline)
                lastBaseline = i;
        }

        if (lastBaseline < 0)
            return;
        var fx = layout.XOf(lastBaseline) + (layout.Step / 2);
        svg.Append(CultureInfo.InvariantCulture,
            $"<line class=\"freeze\" x1=\"{SvgText.Px(fx)}\" x2=\"{SvgText.Px(fx)}\" y1=\"{SvgText.Px(layout.Top)}\" y2=\"{SvgText.Px(layout.PlotBottom)}\" stroke=\"{LimitColour}\" stroke-width=\"1\" stroke-dasharray=\"1 3\"/>");
        if (!layout.Options.Compact)
        {
            svg.Append(CultureInfo.InvariantCulture,
                $"<text x=\"{SvgText.Px(fx - 4)}\" y=\"{SvgText.Px(layout.Top + 11)}\" text-anchor=\"end\" font-size=\"11\" fill=\"{MutedText}\">baseline</text>");
        }
    }

    /// <summary>One path per part for a line that may change at every point (limits of p and u charts): drawn as steps.</summary>
    private static void Steps(StringBuilder svg, SpcChart chart, SpcSvgLayout layout, Func<SpcPoint, double?> value, string colour, string width, string? dash)
    {
        foreach (var part in chart.Parts)
        {
            var d = StepPath(chart, layout, part, value);
            if (d.Length == 0)
                continue;
            var dashAttr = dash is null ? string.Empty : $" stroke-dasharray=\"{dash}\"";
            svg.Append(CultureInfo.InvariantCulture,
                $"<path d=\"{d}\" fill=\"none\" stroke=\"{colour}\" stroke-width=\"{width}\"{dashAttr}/>");
        }
    }

    private static string StepPath(SpcChart chart, SpcSvgLayout layout, SpcPart part, Func<SpcPoint, double?> value)
    {
        var d = new StringBuilder();
        double? previous = null;
        for (var i = part.FirstIndex - 1; i < part.LastIndex; i++)
        {
            var v = value(chart.Points[i]);
            if (v is null)
            {
                previous = null;
                continue;
            }

            var left = i == part.FirstIndex - 1 ? layout.XOf(i) : layout.XOf(i) - (layout.Step / 2);
            var right = i == part.LastIndex - 1 ? layout.XOf(i) : layout.XOf(i) + (layout.Step / 2);
            var y = SvgText.Px(layout.YOf(v.Value));
            if (previous is null)
                d.Append(CultureInfo.InvariantCulture, $"M{SvgText.Px(left)} {y}");
            else if (previous.Value != v.Value)
                d.Append(CultureInfo.InvariantCulture, $"V{y}");
            d.Append(CultureInfo.InvariantCulture, $"H{SvgText.Px(right)}");
            previous = v;
        }

        return d.ToString();
    }

    private static void CentreLines(StringBuilder svg, SpcChart chart, SpcSvgLayout layout)
    {
        foreach (var part in chart.Parts)
        {
            var d = StepPath(chart, layout, part, p => p.Cl);
            if (d.Length == 0)
                continue;
            // As qicharts2 does, a part with a runs signal gets an orange dashed centre line.
            var style = part.RunsSignal
                ? $"stroke=\"{SignalColour}\" stroke-width=\"2\" stroke-dasharray=\"7 4\""
                : $"stroke=\"{CentreColour}\" stroke-width=\"1.6\"";
            svg.Append(CultureInfo.InvariantCulture, $"<path class=\"centre\" d=\"{d}\" fill=\"none\" {style}/>");
        }
    }

    private static void Target(StringBuilder svg, SpcSvgLayout layout, SpcSvgOptions options)
    {
        if (options.Target is not { } target)
            return;
        var y = SvgText.Px(layout.YOf(target));
        svg.Append(CultureInfo.InvariantCulture,
            $"<line class=\"target\" x1=\"{SvgText.Px(layout.Left)}\" x2=\"{SvgText.Px(layout.PlotRight)}\" y1=\"{y}\" y2=\"{y}\" stroke=\"{TargetColour}\" stroke-width=\"1.6\" stroke-dasharray=\"2 4\" stroke-linecap=\"round\"/>");
    }

    private static void DataLine(StringBuilder svg, SpcChart chart, SpcSvgLayout layout)
    {
        // Categorical x has no order, so qicharts2 draws dots only.
        if (chart.XKind == SpcXKind.Categorical)
            return;
        var d = new StringBuilder();
        var drawing = false;
        for (var i = 0; i < chart.Points.Count; i++)
        {
            if (chart.Points[i].Y is not { } y)
            {
                drawing = false;
                continue;
            }

            d.Append(drawing ? 'L' : 'M').Append(SvgText.Px(layout.XOf(i))).Append(' ').Append(SvgText.Px(layout.YOf(y)));
            drawing = true;
        }

        svg.Append(CultureInfo.InvariantCulture,
            $"<path class=\"data\" d=\"{d}\" fill=\"none\" stroke=\"{DataColour}\" stroke-width=\"{(layout.Options.Compact ? "1.4" : "2")}\" stroke-linejoin=\"round\"/>");
    }

    private static void Points(StringBuilder svg, SpcChart chart, SpcSvgLayout layout, SpcSvgOptions options)
    {
        var radius = options.Compact ? 2.2 : chart.Points.Count > 80 ? 2.6 : 3.6;
        svg.Append("<g class=\"points\">");
        foreach (var p in chart.Points)
        {
            if (p.Y is not { } y)
                continue;
            if (chart.Marks is { } marks && p.Index <= marks.Count)
            {
                Marked(svg, chart, layout, p, y, marks[p.Index - 1], radius);
                continue;
            }

            var inRun = InLongRun(chart, p);
            var (fill, stroke, r) = !p.Include ? ("#ffffff", LimitColour, radius)
                : p.SigmaSignal ? (SignalColour, SignalStroke, radius + 1.6)
                : inRun ? (SignalColour, "#ffffff", radius)
                : (DataColour, "#ffffff", radius);
            svg.Append(CultureInfo.InvariantCulture,
                $"<circle cx=\"{SvgText.Px(layout.XOf(p.Index - 1))}\" cy=\"{SvgText.Px(layout.YOf(y))}\" r=\"{SvgText.Px(r)}\" fill=\"{fill}\" stroke=\"{stroke}\" stroke-width=\"1.2\"><title>{SvgText.Escape(PointTitle(chart, p, inRun))}</title></circle>");
        }

        svg.Append("</g>");
    }

    /// <summary>A point judged by another rule set: its type's colour, larger when special cause, the rule in the hover text.</summary>
    private static void Marked(StringBuilder svg, SpcChart chart, SpcSvgLayout layout, SpcPoint p, double y, SpcPointMark mark, double radius)
    {
        var r = mark.Special ? radius + 1.2 : radius;
        svg.Append(CultureInfo.InvariantCulture,
            $"<circle class=\"{SvgText.Escape(mark.Kind)}\" cx=\"{SvgText.Px(layout.XOf(p.Index - 1))}\" cy=\"{SvgText.Px(layout.YOf(y))}\" r=\"{SvgText.Px(r)}\" fill=\"{mark.Fill}\" stroke=\"#ffffff\" stroke-width=\"1.2\"><title>{SvgText.Escape(PointTitle(chart, p, false) + "\n" + mark.Note)}</title></circle>");
    }

    private static bool InLongRun(SpcChart chart, SpcPoint p)
    {
        var part = chart.Parts[p.Part - 1];
        return part.LongRunSignal && p.Include && p.Index >= part.LongestRunStart && p.Index <= part.LongestRunEnd && p.Y != p.Cl;
    }

    private static string PointTitle(SpcChart chart, SpcPoint p, bool inRun)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{p.X}: {SvgText.Value(p.Y)}");
        if (p.N is { } n)
            text.Append(CultureInfo.InvariantCulture, $" (n = {SvgText.Value(n)})");
        text.Append(CultureInfo.InvariantCulture, $"\nCentre {SvgText.Value(p.Cl)}");
        if (chart.Chart.HasLimits())
            text.Append(CultureInfo.InvariantCulture, $"; limits {SvgText.Value(p.Lcl)} to {SvgText.Value(p.Ucl)}");
        if (p.SigmaSignal)
            text.Append(p.Y > p.Ucl ? "\nAbove the upper control limit" : "\nBelow the lower control limit");
        if (inRun)
            text.Append("\nPart of a run longer than chance allows");
        if (!p.Include)
            text.Append("\nExcluded from the calculations");
        return text.ToString();
    }

    private static void Annotations(StringBuilder svg, SpcChart chart, SpcSvgLayout layout, SpcSvgOptions options)
    {
        var row = 0;
        foreach (var note in options.Annotations)
        {
            var point = chart.Points.FirstOrDefault(p => p.X == note.X);
            if (point is null)
                continue;
            var x = layout.XOf(point.Index - 1);
            var labelY = layout.Top - 4 + (14 * (row++ % 2));
            var anchor = x < layout.Left + 60 ? "start" : x > layout.PlotRight - 60 ? "end" : "middle";
            var pointY = point.Y is { } y ? layout.YOf(y) - 6 : layout.PlotBottom;
            svg.Append(CultureInfo.InvariantCulture,
                $"<g class=\"annotation\"><line x1=\"{SvgText.Px(x)}\" x2=\"{SvgText.Px(x)}\" y1=\"{SvgText.Px(labelY + 4)}\" y2=\"{SvgText.Px(pointY)}\" stroke=\"{MutedText}\" stroke-width=\"0.8\" stroke-dasharray=\"1 2\"/>");
            svg.Append(CultureInfo.InvariantCulture,
                $"<text x=\"{SvgText.Px(x)}\" y=\"{SvgText.Px(labelY)}\" text-anchor=\"{anchor}\" font-size=\"11.5\" fill=\"{TextColour}\">{SvgText.Escape(note.Label)}</text><title>{SvgText.Escape(note.X + ": " + note.Label)}</title></g>");
        }
    }

    /// <summary>Values of the last part's lines at the right edge, nudged apart so they never overlap.</summary>
    private static void LineLabels(StringBuilder svg, SpcChart chart, SpcSvgLayout layout, SpcSvgOptions options)
    {
        var last = chart.Points[^1];
        var labels = new List<(double Y, string Text, string Colour)>();
        if (last.Ucl is { } ucl)
            labels.Add((layout.YOf(ucl), "UCL " + SvgText.Value(ucl), MutedText));
        if (last.Cl is { } cl)
            labels.Add((layout.YOf(cl), (chart.Chart.HasLimits() ? "CL " : "Median ") + SvgText.Value(cl), chart.LatestPart.RunsSignal ? SignalStroke : TextColour));
        if (last.Lcl is { } lcl)
            labels.Add((layout.YOf(lcl), "LCL " + SvgText.Value(lcl), MutedText));
        if (options.Target is { } target)
            labels.Add((layout.YOf(target), "Target " + SvgText.Value(target), TargetColour));
        labels.Sort((a, b) => a.Y.CompareTo(b.Y));
        const double gap = 13;
        for (var k = 1; k < labels.Count; k++)
        {
            if (labels[k].Y - labels[k - 1].Y < gap)
                labels[k] = labels[k] with { Y = labels[k - 1].Y + gap };
        }

        foreach (var (y, text, colour) in labels)
        {
            svg.Append(CultureInfo.InvariantCulture,
                $"<text x=\"{SvgText.Px(layout.PlotRight + 6)}\" y=\"{SvgText.Px(y + 4)}\" font-size=\"11.5\" fill=\"{colour}\">{SvgText.Escape(text)}</text>");
        }
    }
}
