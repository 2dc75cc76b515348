using System.Globalization;
using System.Text;

namespace LearningLoop.Charts;

/// <summary>One cell of a heat map: its fill and figure, or suppressed (hatched, with "n &lt; N" and no figure, because
/// it stands for too few respondents). <see cref="Data"/> are attributes for tests and scripts (<c>data-from</c>, …),
/// written in the order given.</summary>
public sealed record HeatCell(string Fill, string? Text, string Title, bool Suppressed, IReadOnlyList<(string Name, string Value)> Data)
{
    /// <summary>A dark outline: the diagonal of a matrix (a group rating itself).</summary>
    public bool Outlined { get; init; }

    /// <summary>White figure, for the darkest fills.</summary>
    public bool LightText { get; init; }
}

/// <summary>A row: its label (with a longer title on hover), a gap above it (groups of rows), and its cells (null: blank).</summary>
public sealed record HeatRow(string Label, string? LabelTitle, double GapBefore, IReadOnlyList<HeatCell?> Cells);

public sealed record HeatColumn(string Label, string? LabelTitle);

/// <summary>A swatch of the chart's own legend; <see cref="Fill"/> null draws the suppressed hatch.</summary>
public sealed record HeatLegendItem(string? Fill, string Text);

/// <summary>Sizes of a heat map; <see cref="SlantedColumnLabels"/> turns long column names by 35° above the grid.</summary>
public sealed record HeatMapLayout(double CellWidth, double CellHeight, double Left, double Top, double RightPad)
{
    public bool SlantedColumnLabels { get; init; }

    public string? ColumnAxis { get; init; }

    public string? RowAxis { get; init; }
}

/// <summary>The grid the relational coordination and capability heat maps share: row and column labels, a cell per
/// pair with its figure and a hover title, hatched suppressed cells, and the legend inside the chart so that a download
/// explains itself. Self-contained like every chart (decision 0029): colours and type are attributes, not page CSS.</summary>
public static class HeatMapSvg
{
    private const double LegendRow = 20;

    public static string Render(SvgFrame frame, HeatMapLayout layout, IReadOnlyList<HeatColumn> columns, IReadOnlyList<HeatRow> rows,
        IReadOnlyList<HeatLegendItem> legend, string suppressedText, string cellClass)
    {
        ArgumentNullException.ThrowIfNull(frame);
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(legend);
        var gridBottom = layout.Top + rows.Sum(r => r.GapBefore + layout.CellHeight);
        var width = layout.Left + (columns.Count * layout.CellWidth) + layout.RightPad;
        var legendLines = LegendLines(legend, width);
        var height = gridBottom + 10 + (legendLines.Count * LegendRow);
        var hatch = (frame.IdPrefix ?? "heat") + "-hatch";
        var svg = new StringBuilder();
        (frame with { Width = width, Height = height }).Open(svg);
        svg.Append("<defs><pattern id=\"").Append(hatch).Append(
            "\" width=\"8\" height=\"8\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">"
            + "<rect width=\"8\" height=\"8\" fill=\"#eef0f2\" /><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"8\" stroke=\"#b7bec7\" stroke-width=\"3\" /></pattern></defs>");
        Labels(svg, layout, columns);
        var y = layout.Top;
        foreach (var row in rows)
        {
            y += row.GapBefore;
            Label(svg, Px(layout.Left - 8), Px(y + (layout.CellHeight / 2) + 4), "end", row.Label, row.LabelTitle, 12, "#26323f");
            for (var c = 0; c < row.Cells.Count; c++)
            {
                if (row.Cells[c] is { } cell) Cell(svg, layout, layout.Left + (c * layout.CellWidth), y, cell, hatch, suppressedText, cellClass);
            }
            y += layout.CellHeight;
        }
        Legend(svg, legendLines, gridBottom + 10, hatch);
        svg.Append("</svg>");
        return svg.ToString();
    }

    private static void Labels(StringBuilder svg, HeatMapLayout layout, IReadOnlyList<HeatColumn> columns)
    {
        if (layout.ColumnAxis is { } columnAxis) Label(svg, Px(layout.Left), "14", "start", columnAxis, null, 11, ChartPalette.Muted);
        if (layout.RowAxis is { } rowAxis) Label(svg, "6", Px(layout.Top - 8), "start", rowAxis, null, 11, ChartPalette.Muted);
        for (var c = 0; c < columns.Count; c++)
        {
            var x = layout.Left + (c * layout.CellWidth) + (layout.CellWidth / 2);
            if (layout.SlantedColumnLabels)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<text transform=\"translate({Px(x)},{Px(layout.Top - 8)}) rotate(-35)\" font-size=\"12\" fill=\"#26323f\">")
                    .Append(SvgText.Escape(columns[c].Label)).Append(TitleOf(columns[c].LabelTitle)).Append("</text>");
            }
            else
            {
                Label(svg, Px(x), Px(layout.Top - 10), "middle", columns[c].Label, columns[c].LabelTitle, 12, "#26323f");
            }
        }
    }

    private static void Cell(StringBuilder svg, HeatMapLayout layout, double x, double y, HeatCell cell, string hatch, string suppressedText, string cellClass)
    {
        svg.Append("<g class=\"").Append(cellClass).Append('"');
        foreach (var (name, value) in cell.Data) svg.Append(' ').Append(name).Append("=\"").Append(SvgText.Escape(value)).Append('"');
        svg.Append(" data-suppressed=\"").Append(cell.Suppressed ? "true" : "false").Append("\">");
        var rect = $"<rect x=\"{Px(x + 1)}\" y=\"{Px(y + 1)}\" width=\"{Px(layout.CellWidth - 2)}\" height=\"{Px(layout.CellHeight - 2)}\" rx=\"3\"";
        var (cx, cy) = (Px(x + (layout.CellWidth / 2)), y + (layout.CellHeight / 2));
        if (cell.Suppressed)
        {
            svg.Append(rect).Append(" fill=\"url(#").Append(hatch).Append(")\" />");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{cx}\" y=\"{Px(cy + 4)}\" text-anchor=\"middle\" font-size=\"11\" font-style=\"italic\" fill=\"{ChartPalette.Muted}\">")
                .Append(SvgText.Escape(suppressedText)).Append("</text>");
        }
        else
        {
            svg.Append(rect).Append(" fill=\"").Append(cell.Fill).Append('"')
                .Append(cell.Outlined ? " stroke=\"#33414f\" stroke-width=\"1.5\"" : "").Append(" />");
            svg.Append(CultureInfo.InvariantCulture,
                    $"<text x=\"{cx}\" y=\"{Px(cy + 5)}\" text-anchor=\"middle\" font-size=\"13\" font-weight=\"650\" fill=\"{(cell.LightText ? "#ffffff" : ChartPalette.Ink)}\">")
                .Append(SvgText.Escape(cell.Text ?? "")).Append("</text>");
        }
        svg.Append(TitleOf(cell.Title)).Append("</g>");
    }

    /// <summary>The legend's swatches, wrapped to the chart's width.</summary>
    private static List<List<HeatLegendItem>> LegendLines(IReadOnlyList<HeatLegendItem> legend, double width)
    {
        var lines = new List<List<HeatLegendItem>> { new() };
        var x = 6.0;
        foreach (var item in legend)
        {
            var itemWidth = 20 + TextWidth.Of(item.Text, 11) + 16;
            if (x + itemWidth > width && lines[^1].Count > 0)
            {
                lines.Add([]);
                x = 6.0;
            }
            lines[^1].Add(item);
            x += itemWidth;
        }
        return lines;
    }

    private static void Legend(StringBuilder svg, List<List<HeatLegendItem>> lines, double top, string hatch)
    {
        svg.Append("<g class=\"heat-legend\" font-size=\"11\">");
        for (var line = 0; line < lines.Count; line++)
        {
            var (x, y) = (6.0, top + (line * LegendRow));
            foreach (var item in lines[line])
            {
                svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{Px(x)}\" y=\"{Px(y + 2)}\" width=\"14\" height=\"12\" rx=\"2\" fill=\"")
                    .Append(item.Fill ?? $"url(#{hatch})").Append("\" stroke=\"#c4cbd3\" stroke-width=\"0.5\" />");
                svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Px(x + 20)}\" y=\"{Px(y + 12)}\" fill=\"{ChartPalette.Muted}\">").Append(SvgText.Escape(item.Text)).Append("</text>");
                x += 20 + TextWidth.Of(item.Text, 11) + 16;
            }
        }
        svg.Append("</g>");
    }

    private static void Label(StringBuilder svg, string x, string y, string anchor, string text, string? title, double size, string fill) =>
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x}\" y=\"{y}\" text-anchor=\"{anchor}\" font-size=\"{Px(size)}\" fill=\"{fill}\">")
            .Append(SvgText.Escape(text)).Append(TitleOf(title)).Append("</text>");

    private static string TitleOf(string? title) => title is null ? "" : $"<title>{SvgText.Escape(title)}</title>";

    private static string Px(double value) => SvgText.Px(value);
}
