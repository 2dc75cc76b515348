using System.Globalization;
using System.Text;

namespace LearningLoop.Charts.Improvement;

/// <summary>A driver diagram read left to right, as the Model for Improvement draws it: the aim, the primary drivers
/// that must be true to reach it, the secondary drivers under each, and the change ideas to test. Drawn on the server
/// as SVG: every box has a <c>&lt;title&gt;</c> with its full text; change ideas link to their PDSA cycles.</summary>
public static class DriverDiagramSvg
{
    private const double Pad = 16, ColumnGap = 44, RowGap = 10, LineHeight = 16, BoxPad = 9;
    private const double AimWidth = 200, NodeWidth = 232;

    // Characters a line holds at 13 px: about 7 px a character in regular type, 8 in the bold of the aim and primary drivers.
    private const int AimChars = 22, PrimaryChars = 28, NodeChars = 31;
    private static readonly string[] Headings = ["Aim", "Primary drivers", "Secondary drivers", "Change ideas"];

    // The diagram's own look, inside the SVG so a download looks as the page does (hover and focus matter on the page only).
    private const string Style =
        "svg.driver-diagram .dd-heading{font-size:11px;font-weight:700;letter-spacing:.08em;fill:" + ChartPalette.Muted + "}" +
        "svg.driver-diagram .dd-node text{font-size:13px;fill:" + ChartPalette.Ink + "}" +
        "svg.driver-diagram .dd-node rect{stroke-width:1.2}" +
        "svg.driver-diagram .dd-aim rect{fill:" + ChartPalette.Brand + ";stroke:" + ChartPalette.BrandInk + "}" +
        "svg.driver-diagram .dd-aim text{fill:#fff;font-weight:650}" +
        "svg.driver-diagram .dd-primary rect{fill:#d7ecea;stroke:#6aa9a4}" +
        "svg.driver-diagram .dd-primary text{font-weight:600}" +
        "svg.driver-diagram .dd-secondary rect{fill:#eef6f5;stroke:#9cc7c3}" +
        "svg.driver-diagram .dd-idea rect{fill:#fff;stroke:#b8c1cc}" +
        "svg.driver-diagram a .dd-idea rect{stroke:" + ChartPalette.Brand + "}" +
        "svg.driver-diagram a:hover .dd-idea rect,svg.driver-diagram a:focus .dd-idea rect{fill:#e8f3f2;stroke-width:2}" +
        "svg.driver-diagram a:focus{outline:none}" +
        "svg.driver-diagram a:focus .dd-idea rect{stroke:#f0b429;stroke-width:3}" +
        "svg.driver-diagram .dd-link{fill:none;stroke:#8fa7a5;stroke-width:1.4}" +
        "svg.driver-diagram .dd-node rect.dd-badge{fill:#e8eefb}" +
        "svg.driver-diagram .dd-node rect.dd-badge-adopt{fill:#d6f0de}" +
        "svg.driver-diagram .dd-node rect.dd-badge-adapt{fill:#fff1c7}" +
        "svg.driver-diagram .dd-node rect.dd-badge-abandon{fill:#fbe0dd}" +
        "svg.driver-diagram .dd-node text.dd-badge-text{font-size:10px;font-weight:650;fill:#334155}";

    public static string Render(DriverDiagramModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var columns = new[] { Pad, Pad + AimWidth + ColumnGap, Pad + AimWidth + ColumnGap + NodeWidth + ColumnGap, Pad + AimWidth + (2 * (ColumnGap + NodeWidth)) + ColumnGap };
        var width = columns[3] + NodeWidth + Pad;
        var body = new StringBuilder();
        var y = Pad + 22;
        var primaries = new List<(double Top, double Bottom, double Centre)>();

        foreach (var primary in model.Primaries)
        {
            // Lay out first (each group of a secondary driver and its ideas), then draw around the primary's centre.
            var groups = primary.Secondaries.Select(s => (Secondary: (DriverDiagramModel.Node?)s, s.Ideas)).ToList();
            if (primary.Ideas.Count > 0) groups.Add((null, primary.Ideas));
            var heights = groups.Select(g => Math.Max(Math.Max(g.Secondary is null ? 0 : BoxHeight(g.Secondary.Text), Stack(g.Ideas)), BoxHeight(""))).ToList();
            var span = heights.Sum() + (RowGap * Math.Max(0, heights.Count - 1));
            var primaryHeight = BoxHeight(primary.Text, PrimaryChars);
            var total = Math.Max(span, primaryHeight);
            var top = y;
            var primaryCentre = top + (total / 2);
            var groupTop = top + ((total - span) / 2);
            for (var i = 0; i < groups.Count; i++)
            {
                var (secondary, ideas) = groups[i];
                var centre = groupTop + (heights[i] / 2);
                var from = secondary is null ? (X: columns[1] + NodeWidth, Y: primaryCentre) : (X: columns[2] + NodeWidth, Y: centre);
                var ideaY = centre - (Stack(ideas) / 2);
                foreach (var idea in ideas)
                {
                    var h = BoxHeight(idea.Text);
                    body.Append(Connector(from.X, from.Y, columns[3], ideaY + (h / 2)));
                    body.Append(Box(columns[3], ideaY, NodeWidth, h, idea, "dd-idea", "Change idea"));
                    ideaY += h + RowGap;
                }
                if (secondary is not null)
                {
                    var h = BoxHeight(secondary.Text);
                    body.Append(Connector(columns[1] + NodeWidth, primaryCentre, columns[2], centre));
                    body.Append(Box(columns[2], centre - (h / 2), NodeWidth, h, secondary, "dd-secondary", "Secondary driver"));
                }
                groupTop += heights[i] + RowGap;
            }
            body.Append(Box(columns[1], primaryCentre - (primaryHeight / 2), NodeWidth, primaryHeight, primary, "dd-primary", "Primary driver", PrimaryChars));
            primaries.Add((top, top + total, primaryCentre));
            y = top + total + (2 * RowGap);
        }

        var aimHeight = BoxHeight(model.Aim, AimChars);
        var contentBottom = Math.Max(y, Pad + 22 + aimHeight + RowGap);
        var aimCentre = primaries.Count > 0 ? (primaries[0].Top + primaries[^1].Bottom) / 2 : Pad + 22 + (aimHeight / 2);
        var aim = new StringBuilder();
        foreach (var p in primaries) aim.Append(Connector(columns[0] + AimWidth, aimCentre, columns[1], p.Centre));
        aim.Append(Box(columns[0], aimCentre - (aimHeight / 2), AimWidth, aimHeight, new DriverDiagramModel.Node(model.Aim, null, 0, []), "dd-aim", "Aim", AimChars));

        var height = Math.Max(contentBottom, aimCentre + (aimHeight / 2) + Pad) + Pad;
        var svg = new StringBuilder();
        // A group, not an image: its change ideas are links to their cycles (SvgFrame.Role).
        new SvgFrame(width, height, "driver-diagram", "dd", $"Driver diagram: {model.Aim}")
        {
            Style = Style, TestId = "driver-diagram", Role = "group",
        }.Open(svg);
        foreach (var (x, label) in columns.Zip(Headings))
        {
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"dd-heading\" x=\"{Px(x)}\" y=\"{Px(Pad + 8)}\">{label.ToUpperInvariant()}</text>");
        }
        svg.Append(aim).Append(body).Append("</svg>");
        return svg.ToString();
    }

    private static string Box(double x, double y, double w, double h, DriverDiagramModel.Node node, string kind, string what, int chars = NodeChars)
    {
        var sb = new StringBuilder();
        var linked = node.Href is not null;
        if (linked) sb.Append("<a href=\"").Append(Escape(node.Href!)).Append("\">");
        var tip = node.Cycles > 0 ? $"{what}: {node.Text} ({node.Cycles} PDSA {(node.Cycles == 1 ? "cycle" : "cycles")})" : $"{what}: {node.Text}";
        sb.Append("<g class=\"dd-node ").Append(kind).Append("\"><title>").Append(Escape(tip)).Append("</title>");
        sb.Append(CultureInfo.InvariantCulture, $"<rect x=\"{Px(x)}\" y=\"{Px(y)}\" width=\"{Px(w)}\" height=\"{Px(h)}\" rx=\"6\" />");
        sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{Px(x + BoxPad)}\" y=\"{Px(y + BoxPad + 12)}\">");
        var lines = Wrap(node.Text, chars);
        for (var i = 0; i < lines.Count; i++)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<tspan x=\"{Px(x + BoxPad)}\" dy=\"{(i == 0 ? "0" : Px(LineHeight))}\">").Append(Escape(lines[i])).Append("</tspan>");
        }
        sb.Append("</text>");
        // Badges right-aligned along the bottom edge, each as wide as its text (10 px bold, about 6.2 px a character).
        var right = x + w - 8;
        foreach (var badge in node.Badges.Reverse())
        {
            var bw = 12 + (badge.Text.Length * 6.2);
            right -= bw;
            sb.Append(CultureInfo.InvariantCulture, $"<rect class=\"dd-badge {badge.Class}\" x=\"{Px(right)}\" y=\"{Px(y + h - 19)}\" width=\"{Px(bw)}\" height=\"14\" rx=\"7\" />");
            sb.Append(CultureInfo.InvariantCulture, $"<text class=\"dd-badge-text\" x=\"{Px(right + (bw / 2))}\" y=\"{Px(y + h - 8.5)}\" text-anchor=\"middle\">").Append(Escape(badge.Text)).Append("</text>");
            right -= 4;
        }
        sb.Append("</g>");
        if (linked) sb.Append("</a>");
        return sb.ToString();
    }

    /// <summary>An elbow from the right edge of a parent to the left edge of a child.</summary>
    private static string Connector(double x1, double y1, double x2, double y2)
    {
        var mid = x2 - (ColumnGap / 2);
        return $"<path class=\"dd-link\" d=\"M {Px(x1)} {Px(y1)} H {Px(mid)} V {Px(y2)} H {Px(x2)}\" />";
    }

    private static double Stack(IReadOnlyList<DriverDiagramModel.Node> ideas) =>
        ideas.Count == 0 ? 0 : ideas.Sum(i => BoxHeight(i.Text)) + (RowGap * (ideas.Count - 1));

    private static double BoxHeight(string text, int chars = NodeChars) =>
        (2 * BoxPad) + 4 + (Math.Max(1, Wrap(text, chars).Count) * LineHeight) + 10;

    /// <summary>Greedy word wrap at a number of characters; a word longer than a line is cut.</summary>
    internal static List<string> Wrap(string text, int max)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        foreach (var word in (text ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var rest = word;
            while (rest.Length > max)
            {
                if (line.Length > 0) { lines.Add(line.ToString()); line.Clear(); }
                lines.Add(rest[..max]);
                rest = rest[max..];
            }
            if (line.Length > 0 && line.Length + 1 + rest.Length > max) { lines.Add(line.ToString()); line.Clear(); }
            if (line.Length > 0) line.Append(' ');
            line.Append(rest);
        }
        if (line.Length > 0) lines.Add(line.ToString());
        return lines;
    }

    private static string Escape(string text) => SvgText.Escape(text);

    private static string Px(double value) => SvgText.Px(value);
}

/// <summary>What the driver diagram draws. A change idea's <see cref="Node.Href"/> leads to its cycles.</summary>
public sealed record DriverDiagramModel(string Aim, IReadOnlyList<DriverDiagramModel.Primary> Primaries)
{
    public sealed record Badge(string Text, string Class);

    public record Node(string Text, string? Href, int Cycles, IReadOnlyList<Badge> Badges);

    public sealed record Secondary(string Text, IReadOnlyList<Node> Ideas) : Node(Text, null, 0, []);

    public sealed record Primary(string Text, IReadOnlyList<Secondary> Secondaries, IReadOnlyList<Node> Ideas) : Node(Text, null, 0, []);
}
