using System.Globalization;
using System.Text;
using LearningLoop.Analytics.Partnership;

namespace LearningLoop.Charts.Partners;

/// <summary>The alignment map: one row per stakeholder group, one column per dimension, each cell shaded by how far the
/// group pulls with the initiative (1 against, 5 with; barriers and effort turned round), showing the group's own
/// rating. A cell at least two points below the other groups' median is outlined and marked "gap", and the group's
/// name is flagged. Drawn on the server as SVG with a <c>&lt;title&gt;</c> on every cell.</summary>
public static class AlignmentMapSvg
{
    private const double LabelRoom = 190, Top = 56, CellWidth = 120, CellHeight = 46, Gutter = 4;

    // Shades from the app's palette: a warm tone for groups pulling against, the brand's teal for groups pulling with.
    // The map's own look, inside the SVG so a download looks as the page does.
    private const string Style =
        "svg.alignment-map .am-heading{font-size:12px;font-weight:700;letter-spacing:.06em;fill:" + ChartPalette.Ink + "}" +
        "svg.alignment-map .am-hint{font-size:11px;fill:" + ChartPalette.Muted + "}" +
        "svg.alignment-map .am-label{font-size:13px;fill:" + ChartPalette.Ink + "}" +
        "svg.alignment-map .misaligned .am-label{fill:" + ChartPalette.Danger + ";font-weight:700}" +
        "svg.alignment-map .am-value{font-size:16px;font-weight:650;fill:" + ChartPalette.Ink + "}" +
        "svg.alignment-map .am-cell.gap rect{stroke:" + ChartPalette.Danger + ";stroke-width:2.5}" +
        "svg.alignment-map .am-gap{font-size:10px;font-weight:700;letter-spacing:.08em;fill:" + ChartPalette.Danger + "}";

    private static readonly string[] Shades = ["#f6d3cf", "#fbe7d3", "#eef1f4", "#cfe8e5", "#97cec8"];

    public static string Render(AlignmentResult map)
    {
        ArgumentNullException.ThrowIfNull(map);
        var dimensions = AlignmentMap.Dimensions;
        var width = LabelRoom + (dimensions.Count * (CellWidth + Gutter)) + 10;
        var height = Top + (Math.Max(1, map.Groups.Count) * (CellHeight + Gutter)) + 30;
        var svg = new StringBuilder();
        new SvgFrame(width, height, "alignment-map", "am", Summary(map)) { Style = Style, TestId = "alignment-map" }.Open(svg);
        foreach (var (d, col) in dimensions.Select((d, i) => (d, i)))
        {
            var x = LabelRoom + (col * (CellWidth + Gutter)) + (CellWidth / 2);
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"am-heading\" x=\"{SvgText.Px(x)}\" y=\"{SvgText.Px(Top - 24)}\" text-anchor=\"middle\">{Heading(d).ToUpperInvariant()}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"am-hint\" x=\"{SvgText.Px(x)}\" y=\"{SvgText.Px(Top - 9)}\" text-anchor=\"middle\">{Hint(d)}</text>");
        }
        if (map.Groups.Count == 0)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"am-hint\" x=\"{SvgText.Px(LabelRoom)}\" y=\"{SvgText.Px(Top + 24)}\">No stakeholder group assessed yet.</text>");
        }
        foreach (var (group, row) in map.Groups.Select((g, i) => (g, i)))
        {
            var y = Top + (row * (CellHeight + Gutter));
            var flagged = map.MisalignedGroups.Contains(group);
            svg.Append("<g class=\"am-group").Append(flagged ? " misaligned" : "").Append("\" data-group=\"").Append(SvgText.Escape(group)).Append("\">");
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"am-label\" x=\"{SvgText.Px(LabelRoom - 12)}\" y=\"{SvgText.Px(y + (CellHeight / 2) + 5)}\" text-anchor=\"end\">")
                .Append(flagged ? "⚠ " : "").Append(SvgText.Escape(group)).Append("</text>");
            foreach (var (d, col) in dimensions.Select((d, i) => (d, i)))
            {
                var cell = map.Cells.First(c => c.Group == group && c.Dimension == d);
                var x = LabelRoom + (col * (CellWidth + Gutter));
                var tip = $"{group}, {Heading(d).ToLowerInvariant()}: rated {Number(cell.Rating)} of 5" +
                    (cell.Gap ? $"; {cell.GapBelowOthers:0.#} points below the other groups (a gap)" : "");
                svg.Append("<g class=\"am-cell").Append(cell.Gap ? " gap" : "").Append("\"><title>").Append(SvgText.Escape(tip)).Append("</title>");
                svg.Append(CultureInfo.InvariantCulture,
                    $"<rect x=\"{SvgText.Px(x)}\" y=\"{SvgText.Px(y)}\" width=\"{SvgText.Px(CellWidth)}\" height=\"{SvgText.Px(CellHeight)}\" rx=\"4\" fill=\"{Shades[Math.Clamp((int)Math.Round(cell.Favourable, MidpointRounding.AwayFromZero), 1, 5) - 1]}\" />");
                svg.Append(CultureInfo.InvariantCulture, $"<text class=\"am-value\" x=\"{SvgText.Px(x + (CellWidth / 2))}\" y=\"{SvgText.Px(y + (CellHeight / 2) + (cell.Gap ? 0 : 5))}\" text-anchor=\"middle\">{Number(cell.Rating)}</text>");
                if (cell.Gap)
                {
                    svg.Append(CultureInfo.InvariantCulture, $"<text class=\"am-gap\" x=\"{SvgText.Px(x + (CellWidth / 2))}\" y=\"{SvgText.Px(y + CellHeight - 8)}\" text-anchor=\"middle\">GAP</text>");
                }
                svg.Append("</g>");
            }
            svg.Append("</g>");
        }
        var legendY = height - 10;
        svg.Append(CultureInfo.InvariantCulture, $"<text class=\"am-hint\" x=\"{SvgText.Px(LabelRoom)}\" y=\"{SvgText.Px(legendY)}\">Ratings 1–5. Shade: teal pulls with the initiative, rose pulls against; outlined: 2+ points below the other groups.</text>");
        svg.Append("</svg>");
        return svg.ToString();
    }

    public static string Heading(AlignmentDimension d) => d switch
    {
        AlignmentDimension.Priority => "Priority",
        AlignmentDimension.Incentives => "Incentives",
        AlignmentDimension.Barriers => "Barriers",
        AlignmentDimension.Benefit => "Benefit",
        _ => "Effort asked",
    };

    /// <summary>A whole rating as it was given; a survey group's mean to one decimal.</summary>
    private static string Number(double rating) => rating.ToString("0.#", CultureInfo.InvariantCulture);

    private static string Hint(AlignmentDimension d) =>
        d is AlignmentDimension.Barriers or AlignmentDimension.Effort ? "high is harder" : "high is better";

    private static string Summary(AlignmentResult map) =>
        map.Groups.Count == 0 ? "Alignment map: no stakeholder group assessed yet."
        : map.Misaligned ? $"Alignment map of {map.Groups.Count} groups: {string.Join(", ", map.MisalignedGroups)} diverge from the others."
        : $"Alignment map of {map.Groups.Count} groups: no group diverges from the others.";
}
