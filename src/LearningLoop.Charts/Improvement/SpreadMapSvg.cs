using System.Globalization;
using System.Text;

namespace LearningLoop.Charts.Improvement;

/// <summary>How a practice travelled through the hospital: one row per unit in the order it took the practice up, placed
/// on a time axis at the day it did; an arrow from the unit it learned from. The first unit(s) start at the initiative's
/// start. Drawn on the server as SVG with a <c>&lt;title&gt;</c> on every unit and arrow.</summary>
public static class SpreadMapSvg
{
    private const double Left = 44, LabelRoom = 170, Top = 48, RowHeight = 46, Radius = 8;

    // The map's own look, inside the SVG so a download (arrows included) looks as the page does.
    private const string Style =
        "svg.spread-map .sm-grid{stroke:#eef1f4}" +
        "svg.spread-map .sm-grid.major{stroke:#dfe4ea}" +
        "svg.spread-map .sm-axis{font-size:11px;fill:" + ChartPalette.Muted + "}" +
        "svg.spread-map .sm-link{fill:none;stroke:" + ChartPalette.Brand + ";stroke-width:2;opacity:.75}" +
        "svg.spread-map .sm-arrowhead{fill:" + ChartPalette.Brand + "}" +
        "svg.spread-map .sm-unit circle{fill:#fff;stroke:" + ChartPalette.Brand + ";stroke-width:3}" +
        "svg.spread-map .sm-unit.origin circle{fill:" + ChartPalette.Brand + "}" +
        "svg.spread-map .sm-label{font-size:13px;font-weight:650;fill:" + ChartPalette.Ink + "}" +
        "svg.spread-map .sm-date{font-size:11px;fill:" + ChartPalette.Muted + "}";

    public static string Render(SpreadMapModel model, double width = 1000)
    {
        ArgumentNullException.ThrowIfNull(model);
        var nodes = Nodes(model);
        var first = nodes.Min(n => n.On);
        var last = nodes.Max(n => n.On);
        var from = new DateOnly(first.Year, first.Month, 1);
        var to = new DateOnly(last.Year, last.Month, 1).AddMonths(2);
        var plotRight = width - LabelRoom;
        double X(DateOnly d) => Left + ((d.DayNumber - from.DayNumber) / (double)Math.Max(1, to.DayNumber - from.DayNumber) * (plotRight - Left));
        double Y(int row) => Top + 18 + (row * RowHeight);
        var height = Y(nodes.Count - 1) + RowHeight;

        var svg = new StringBuilder();
        new SvgFrame(width, height, "spread-map", "sm", Summary(model, nodes)) { Style = Style, TestId = "spread-map" }.Open(svg);
        svg.Append("<defs><marker id=\"sm-arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M 0 0 L 10 5 L 0 10 z\" class=\"sm-arrowhead\" fill=\"" + ChartPalette.Brand + "\" /></marker></defs>");

        // Time axis: a tick at every month, labelled at each quarter (or each month for short stories).
        var months = ((to.Year - from.Year) * 12) + to.Month - from.Month;
        var every = months > 18 ? 3 : 1;
        for (var m = from; m <= to; m = m.AddMonths(1))
        {
            var x = X(m);
            var labelled = (m.Month - 1) % every == 0;
            svg.Append(CultureInfo.InvariantCulture, $"<line class=\"sm-grid{(labelled ? " major" : "")}\" x1=\"{Px(x)}\" x2=\"{Px(x)}\" y1=\"{Px(Top)}\" y2=\"{Px(height - 10)}\" />");
            if (labelled)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<text class=\"sm-axis\" x=\"{Px(x)}\" y=\"{Px(Top - 10)}\" text-anchor=\"middle\">{m.ToString("MMM yyyy", CultureInfo.InvariantCulture)}</text>");
            }
        }

        var index = nodes.Select((n, i) => (n, i)).ToDictionary(p => p.n.Unit, p => p.i, StringComparer.Ordinal);
        foreach (var (node, row) in nodes.Select((n, i) => (n, i)))
        {
            if (node.From is not { } source || !index.TryGetValue(source, out var sourceRow)) continue;
            var (x1, y1, x2, y2) = (X(nodes[sourceRow].On), Y(sourceRow), X(node.On), Y(row));
            var bend = Math.Max(24, (x2 - x1) / 2);
            svg.Append("<g class=\"sm-adoption\"><title>").Append(Escape($"{node.Unit} learned the practice from {source} ({node.On:yyyy-MM-dd})")).Append("</title>");
            svg.Append(CultureInfo.InvariantCulture, $"<path class=\"sm-link\" d=\"M {Px(x1)} {Px(y1 + Radius)} C {Px(x1)} {Px(y2)}, {Px(x2 - bend)} {Px(y2)}, {Px(x2 - Radius - 2)} {Px(y2)}\" marker-end=\"url(#sm-arrow)\" />");
            svg.Append("</g>");
        }
        foreach (var (node, row) in nodes.Select((n, i) => (n, i)))
        {
            var (x, y) = (X(node.On), Y(row));
            var tip = node.From is null
                ? $"{node.Unit}: where the practice started ({node.On:yyyy-MM-dd})"
                : $"{node.Unit} adopted the practice on {node.On:yyyy-MM-dd}{(node.Adaptation.Length > 0 ? ": " + node.Adaptation : "")}";
            svg.Append("<g class=\"sm-unit").Append(node.From is null ? " origin" : "").Append("\" data-unit=\"").Append(Escape(node.Unit)).Append("\"><title>").Append(Escape(tip)).Append("</title>");
            svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{Px(x)}\" cy=\"{Px(y)}\" r=\"{Px(Radius)}\" />");
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"sm-label\" x=\"{Px(x + Radius + 6)}\" y=\"{Px(y - 2)}\">").Append(Escape(node.Unit)).Append("</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"sm-date\" x=\"{Px(x + Radius + 6)}\" y=\"{Px(y + 13)}\">{node.On.ToString("d MMM yyyy", CultureInfo.InvariantCulture)}</text>");
            svg.Append("</g>");
        }
        svg.Append("</svg>");
        return svg.ToString();
    }

    /// <summary>The units in the order they took the practice up. A unit named as a source that never recorded its own
    /// adoption is placed with the starting units, so every arrow has a tail.</summary>
    internal static List<SpreadMapModel.Adoption> Nodes(SpreadMapModel model)
    {
        var nodes = model.Origins.Select(o => new SpreadMapModel.Adoption(o, null, model.StartedOn, "")).ToList();
        var adoptions = model.Adoptions.OrderBy(a => a.On).ThenBy(a => a.Unit, StringComparer.Ordinal).ToList();
        foreach (var source in adoptions.Select(a => a.From).OfType<string>().Distinct(StringComparer.Ordinal))
        {
            if (nodes.All(n => n.Unit != source) && adoptions.All(a => a.Unit != source))
                nodes.Add(new SpreadMapModel.Adoption(source, null, model.StartedOn, ""));
        }
        var origin = model.Origins.Count > 0 ? model.Origins[0] : null;
        nodes.AddRange(adoptions.Select(a => a with { From = a.From ?? origin }));
        if (nodes.Count == 0) nodes.Add(new SpreadMapModel.Adoption("(no unit yet)", null, model.StartedOn, ""));
        return nodes;
    }

    private static string Summary(SpreadMapModel model, List<SpreadMapModel.Adoption> nodes)
    {
        var adopted = nodes.Where(n => n.From is not null).ToList();
        return adopted.Count == 0
            ? $"Spread map: {model.Practice} has not spread beyond {string.Join(", ", model.Origins)} yet."
            : $"Spread map: {model.Practice} travelled from {string.Join(", ", model.Origins)} to " +
              string.Join(", ", adopted.Select(a => $"{a.Unit} ({a.On.ToString("MMM yyyy", CultureInfo.InvariantCulture)}, from {a.From})")) + ".";
    }

    private static string Escape(string text) => SvgText.Escape(text);

    private static string Px(double value) => SvgText.Px(value);
}

/// <summary>What the spread map draws: the practice, the units it started on and when, and each adoption.</summary>
public sealed record SpreadMapModel(string Practice, IReadOnlyList<string> Origins, DateOnly StartedOn, IReadOnlyList<SpreadMapModel.Adoption> Adoptions)
{
    /// <summary>A unit's adoption; <see cref="From"/> null means from the starting unit.</summary>
    public sealed record Adoption(string Unit, string? From, DateOnly On, string Adaptation);
}
