using System.Globalization;
using System.Text;
using LearningLoop.Analytics.RelationalCoordination;

namespace LearningLoop.Charts.RelationalCoordination;

/// <summary>The workgroups of a wave as a network: one edge per pair, as wide as the tie is strong and coloured by band;
/// a node's ring shows how the group rates itself. A pair with a direction withheld to protect respondents (or with no
/// view at all) is drawn as suppressed: a thin dashed grey line with no value, named in the chart's own legend.</summary>
public static class RcNetworkSvg
{
    private const double Size = 440, Width = 600, Radius = 150, LegendHeight = 34;

    /// <summary>A pair of workgroups (indexes) and the tie's strength, null when suppressed; <see cref="Note"/> says
    /// which directions the strength rests on.</summary>
    public sealed record Tie(int A, int B, double? Score, string Note)
    {
        public bool Suppressed => Score is null;
    }

    /// <summary>Every pair once. The strength is the mean of both directions, or the one direction with responses when
    /// the other has none; a pair is suppressed when either direction is withheld, so no hidden view shows through.</summary>
    public static IEnumerable<Tie> Ties(IReadOnlyList<string> names, Func<int, int, Cell> cellOf)
    {
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(cellOf);
        for (var a = 0; a < names.Count; a++)
        {
            for (var b = a + 1; b < names.Count; b++)
            {
                var (there, back) = (cellOf(a, b), cellOf(b, a));
                var shown = new[] { there, back }.Where(c => !c.Suppressed && c.Score is not null).ToList();
                if (there.Suppressed || back.Suppressed || shown.Count == 0)
                {
                    yield return new Tie(a, b, null, "");
                    continue;
                }
                var note = shown.Count == 2 ? ", both directions" : $", {names[shown[0] == there ? a : b]}' view only";
                yield return new Tie(a, b, shown.Average(c => c.Score!.Value), note);
            }
        }
    }

    public static string Render(IReadOnlyList<string> names, Func<int, int, Cell> cellOf, RcBands bands, int minCellSize, string title, string idPrefix = "rc-network")
    {
        ArgumentNullException.ThrowIfNull(bands);
        var ties = Ties(names, cellOf).ToList();
        var svg = new StringBuilder();
        new SvgFrame(Width, Size + LegendHeight, "rc-svg rc-network", idPrefix, title) { FontSize = 12 }.Open(svg);
        // Suppressed pairs first, so that the ties with a value are drawn over them.
        foreach (var tie in ties.OrderBy(t => t.Suppressed ? 0 : 1))
        {
            var (a, b) = (Point(tie.A, names.Count), Point(tie.B, names.Count));
            var line = $"<line x1=\"{Px(a.X)}\" y1=\"{Px(a.Y)}\" x2=\"{Px(b.X)}\" y2=\"{Px(b.Y)}\"";
            var pair = $"{names[tie.A]} ↔ {names[tie.B]}";
            if (tie.Score is { } score)
            {
                var band = bands.Classify(score);
                svg.Append(CultureInfo.InvariantCulture,
                    $"{line} stroke=\"{RcChartText.Stroke(band)}\" stroke-opacity=\"0.75\" stroke-width=\"{Px(EdgeWidth(score))}\" stroke-linecap=\"round\" class=\"rc-edge\" data-score=\"{RcChartText.Score(score)}\">");
                svg.Append("<title>").Append(SvgText.Escape($"{pair}: {RcChartText.Score(score)} ({RcChartText.Band(band)}){tie.Note}")).Append("</title></line>");
            }
            else
            {
                svg.Append(CultureInfo.InvariantCulture,
                    $"{line} stroke=\"{ChartPalette.Suppressed}\" stroke-width=\"1.2\" stroke-dasharray=\"{ChartPalette.SuppressedDash}\" class=\"rc-edge suppressed\">");
                svg.Append("<title>").Append(SvgText.Escape($"{pair}: suppressed ({RcChartText.FewerThan(minCellSize)} one way or both)")).Append("</title></line>");
            }
        }
        for (var i = 0; i < names.Count; i++) Node(svg, names, i, cellOf(i, i), bands, minCellSize);
        Legend(svg);
        svg.Append("</svg>");
        return svg.ToString();
    }

    private static void Node(StringBuilder svg, IReadOnlyList<string> names, int i, Cell own, RcBands bands, int minCellSize)
    {
        var p = Point(i, names.Count);
        var shown = !own.Suppressed && own.Score is not null;
        var anchor = p.X < (Width / 2) - 10 ? "end" : p.X > (Width / 2) + 10 ? "start" : "middle";
        var lx = p.X + (anchor == "end" ? -24 : anchor == "start" ? 24 : 0);
        var ly = p.Y + (p.Y < Size / 2 ? -26 : 34);
        svg.Append("<g class=\"rc-node\"><title>")
            .Append(SvgText.Escape($"{names[i]} rating itself: {(shown ? RcChartText.Score(own.Score) : "suppressed, " + RcChartText.FewerThan(minCellSize))}")).Append("</title>");
        svg.Append(CultureInfo.InvariantCulture,
            $"<circle cx=\"{Px(p.X)}\" cy=\"{Px(p.Y)}\" r=\"17\" fill=\"{(shown ? RcChartText.Fill(bands.Classify(own.Score!.Value)) : "#eef0f2")}\" stroke=\"#33414f\" stroke-width=\"2\" />");
        svg.Append(CultureInfo.InvariantCulture,
            $"<text x=\"{Px(p.X)}\" y=\"{Px(p.Y + 4)}\" text-anchor=\"middle\" font-size=\"10\" font-weight=\"700\" fill=\"{ChartPalette.Ink}\">{(shown ? RcChartText.Score(own.Score) : "–")}</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Px(lx)}\" y=\"{Px(ly)}\" text-anchor=\"{anchor}\" font-size=\"12\" fill=\"#26323f\">")
            .Append(SvgText.Escape(names[i])).Append("</text></g>");
    }

    /// <summary>The bands' colours and the suppressed line, inside the chart so that a download explains itself.</summary>
    private static void Legend(StringBuilder svg)
    {
        var y = Size + 14;
        var x = 20.0;
        svg.Append("<g class=\"rc-legend\" font-size=\"11\">");
        foreach (var band in new[] { TieStrength.Strong, TieStrength.Moderate, TieStrength.Weak })
        {
            svg.Append(CultureInfo.InvariantCulture,
                $"<line x1=\"{Px(x)}\" x2=\"{Px(x + 24)}\" y1=\"{Px(y)}\" y2=\"{Px(y)}\" stroke=\"{RcChartText.Stroke(band)}\" stroke-width=\"5\" stroke-opacity=\"0.75\" stroke-linecap=\"round\" />");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Px(x + 30)}\" y=\"{Px(y + 4)}\" fill=\"{ChartPalette.Muted}\">{RcChartText.Band(band)}</text>");
            x += 30 + TextWidth.Of(RcChartText.Band(band), 11) + 22;
        }
        svg.Append(CultureInfo.InvariantCulture,
            $"<line x1=\"{Px(x)}\" x2=\"{Px(x + 24)}\" y1=\"{Px(y)}\" y2=\"{Px(y)}\" stroke=\"{ChartPalette.Suppressed}\" stroke-width=\"1.2\" stroke-dasharray=\"{ChartPalette.SuppressedDash}\" />");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Px(x + 30)}\" y=\"{Px(y + 4)}\" fill=\"{ChartPalette.Muted}\">suppressed (no value shown)</text></g>");
    }

    private static (double X, double Y) Point(int i, int count)
    {
        var angle = (-Math.PI / 2) + (2 * Math.PI * i / Math.Max(1, count));
        return ((Width / 2) + (Radius * Math.Cos(angle)), (Size / 2) + (Radius * Math.Sin(angle)));
    }

    // 1 (lowest possible) draws a hairline, 5 a thick band.
    private static double EdgeWidth(double score) => 1.5 + ((Math.Clamp(score, 1, 5) - 1) * 3.2);

    private static string Px(double value) => SvgText.Px(value);
}
