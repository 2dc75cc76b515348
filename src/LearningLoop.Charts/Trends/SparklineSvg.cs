using System.Globalization;
using System.Text;

namespace LearningLoop.Charts.Trends;

/// <summary>Small trend lines: one line for a tile's monthly figure, and rows of lines for several units on one scale.
/// A missing value (suppressed, or no data) is a gap in the line, never a point.</summary>
public static class SparklineSvg
{
    /// <summary>One line filling the box, its latest value marked; the accessible name gives the first and last values.</summary>
    public static string Render(IReadOnlyList<double> values, string title, string description, double width = 150, double height = 36)
    {
        ArgumentNullException.ThrowIfNull(values);
        var (min, max) = values.Count == 0 ? (0.0, 0.0) : (values.Min(), values.Max());
        double X(int i) => 2 + (i * (width - 4) / Math.Max(1, values.Count - 1));
        double Y(double v) => max - min < 1e-9 ? height / 2 : height - 3 - ((v - min) / (max - min) * (height - 6));
        var svg = new StringBuilder();
        new SvgFrame(width, height, "sparkline", null, title) { Description = description }.Open(svg);
        Line(svg, values.Select((v, i) => ((double?)v, X(i), Y(v))).ToList(), 1.5);
        if (values.Count > 0)
            svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{Px(X(values.Count - 1))}\" cy=\"{Px(Y(values[^1]))}\" r=\"2.5\" fill=\"{Trend}\" />");
        svg.Append("</svg>");
        return svg.ToString();
    }

    /// <summary>One row per series (its name, a dashed reference line, its points with a hover title, its latest value)
    /// on a shared scale clamped to [<paramref name="low"/>, <paramref name="high"/>].</summary>
    public static string Rows(IReadOnlyList<TrendRow> rows, string title, double low, double high, double reference, Func<double, string> format,
        string idPrefix)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(format);
        const double Width = 340, Left = 80, RowHeight = 40, Right = 60;
        var svg = new StringBuilder();
        new SvgFrame(Width, (rows.Count * RowHeight) + 8, "rc-svg trend-rows", idPrefix, title) { FontSize = 12 }.Open(svg);
        for (var r = 0; r < rows.Count; r++)
        {
            var (row, top) = (rows[r], (r * RowHeight) + 4);
            double X(int i) => row.Values.Count <= 1 ? Left : Left + (i * (Width - Right - Left) / (row.Values.Count - 1));
            double Y(double v) => top + RowHeight - 6 - ((Math.Clamp(v, low, high) - low) / (high - low) * (RowHeight - 12));
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"0\" y=\"{Px(top + (RowHeight / 2) + 4)}\" fill=\"#26323f\">").Append(SvgText.Escape(row.Name)).Append("</text>");
            svg.Append(CultureInfo.InvariantCulture,
                $"<line x1=\"{Px(Left)}\" x2=\"{Px(Width - Right)}\" y1=\"{Px(Y(reference))}\" y2=\"{Px(Y(reference))}\" stroke=\"#d5dbe1\" stroke-dasharray=\"3 3\" />");
            var points = row.Values.Select((v, i) => (v.Value, X(i), v.Value is { } value ? Y(value) : 0)).ToList();
            Line(svg, points, 2);
            for (var i = 0; i < row.Values.Count; i++)
            {
                if (row.Values[i].Value is not { } value) continue;
                svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{Px(X(i))}\" cy=\"{Px(Y(value))}\" r=\"3.5\" fill=\"{Trend}\"><title>")
                    .Append(SvgText.Escape($"{row.Values[i].Label}: {format(value)}")).Append("</title></circle>");
            }
            if (row.Values.LastOrDefault(v => v.Value is not null)?.Value is { } latest)
            {
                svg.Append(CultureInfo.InvariantCulture,
                    $"<text x=\"{Px(Width - 54)}\" y=\"{Px(top + (RowHeight / 2) + 4)}\" font-size=\"13\" font-weight=\"650\" fill=\"{ChartPalette.Ink}\">{SvgText.Escape(format(latest))}</text>");
            }
        }
        svg.Append("</svg>");
        return svg.ToString();
    }

    private const string Trend = "#2a6f97";

    /// <summary>Polylines through the consecutive points that have a value: a gap where one is missing.</summary>
    private static void Line(StringBuilder svg, IReadOnlyList<(double? Value, double X, double Y)> points, double strokeWidth)
    {
        var run = new List<string>();
        foreach (var point in points.Append((null, 0, 0)))
        {
            if (point.Value is not null)
            {
                run.Add($"{Px(point.X)},{Px(point.Y)}");
                continue;
            }
            if (run.Count > 1)
                svg.Append(CultureInfo.InvariantCulture, $"<polyline fill=\"none\" stroke=\"{Trend}\" stroke-width=\"{Px(strokeWidth)}\" points=\"{string.Join(' ', run)}\" />");
            run.Clear();
        }
    }

    private static string Px(double value) => SvgText.Px(value);
}

/// <summary>A series of <see cref="SparklineSvg.Rows"/>: its name and its values in order (null: a gap).</summary>
public sealed record TrendRow(string Name, IReadOnlyList<TrendPoint> Values);

public sealed record TrendPoint(string Label, double? Value);
