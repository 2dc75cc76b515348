using System.Globalization;
using System.Text;
using LearningLoop.Analytics.Funnel;
using LearningLoop.Analytics.Spc;

namespace LearningLoop.Charts.Funnel;

/// <summary>A funnel plot (Spiegelhalter 2005) drawn on the server: x is the unit's denominator, y its proportion or rate;
/// the pooled value as a line, the exact 95% (dashed) and 99.8% (solid) limits as curves that narrow as the denominator
/// grows, and one labelled point per unit with a <c>&lt;title&gt;</c>. Colours are attributes, not CSS, so that the
/// downloaded file looks the same as the page.</summary>
public static class FunnelPlotSvg
{
    private const double Left = 64, Right = 24, Top = 58, Bottom = 56, Radius = 5.5;
    private const string Ink = ChartPalette.Ink, Muted = ChartPalette.Muted, Grid = "#e4e7eb", Limit95 = "#7aa6c2", Limit998 = "#24577a";
    private const string Inside = "#3e4c59", Warning = "#d97706", Alarm = "#c81e1e", Better = "#1d5fa8", BetterWarning = "#5b8fc9";

    /// <summary>What the plot says around the numbers. <paramref name="Format"/> writes a value (e.g. "88.3%").
    /// <paramref name="Direction"/>: which way is better, so that points outside the limits read as better or worse
    /// (blue or red) rather than all alarming; <paramref name="Highlight"/>: the unit the reader came from.</summary>
    public sealed record Options(string Title, string XLabel, string YLabel, Func<double, string> Format, double Width = 880, double Height = 480,
        ImprovementDirection Direction = ImprovementDirection.Neither, string? Highlight = null);

    public static string Render(FunnelPlot plot, Options options)
    {
        ArgumentNullException.ThrowIfNull(plot);
        ArgumentNullException.ThrowIfNull(options);
        var (width, height) = (options.Width, options.Height);
        var curve = plot.Curve(120).Where(c => Finite(c.Lower998, c.Upper998, c.Lower95, c.Upper95)).ToList();
        var maxN = plot.Points.Max(p => p.Unit.Denominator) * 1.1;
        // Start the x axis at zero unless the units are all of a similar size, when zero would squeeze them to the right.
        var minN = curve.Count > 0 && curve[0].Denominator > 0.4 * maxN ? curve[0].Denominator : 0;
        var xTicks = Ticks(minN, maxN, 6);
        var ys = plot.Points.Select(p => p.Value).Append(plot.Target)
            .Concat(curve.SelectMany(c => new[] { c.Lower998, c.Upper998 })).ToList();
        var (yLow, yHigh) = (ys.Min(), ys.Max());
        var pad = Math.Max((yHigh - yLow) * 0.06, Math.Abs(plot.Target) * 0.01 + 1e-9);
        // Proportions and rates are never negative, and a proportion never passes 100%: the axis stays inside.
        var yMax = plot.Measure == FunnelMeasure.Proportion ? Math.Min(yHigh + pad, plot.Multiply) : yHigh + pad;
        var yTicks = Ticks(Math.Max(yLow - pad, 0), yMax, 6);
        var (x0, x1, y0, y1) = (xTicks[0], xTicks[^1], yTicks[0], yTicks[^1]);
        double X(double n) => Left + ((n - x0) / (x1 - x0) * (width - Left - Right));
        double Y(double v) => height - Bottom - ((v - y0) / (y1 - y0) * (height - Top - Bottom));

        var svg = new StringBuilder();
        new SvgFrame(width, height, "funnel-plot", null, Summary(plot, options)) { TestId = "funnel-plot", FontSize = 12 }.Open(svg);
        svg.Append(CultureInfo.InvariantCulture, $"<rect width=\"{Px(width)}\" height=\"{Px(height)}\" fill=\"#fff\" />");
        svg.Append(CultureInfo.InvariantCulture, $"<defs><clipPath id=\"fp-clip\"><rect x=\"{Px(Left)}\" y=\"{Px(Top)}\" width=\"{Px(width - Left - Right)}\" height=\"{Px(height - Top - Bottom)}\" /></clipPath></defs>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Px(Left)}\" y=\"22\" font-size=\"16\" font-weight=\"600\" fill=\"{Ink}\">").Append(Escape(options.Title)).Append("</text>");
        Legend(svg, width, options.Direction != ImprovementDirection.Neither);
        Axes(svg, xTicks, yTicks, X, Y, width, height, options);

        svg.Append("<g clip-path=\"url(#fp-clip)\">");
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Px(X(x0))}\" x2=\"{Px(X(x1))}\" y1=\"{Px(Y(plot.Target))}\" y2=\"{Px(Y(plot.Target))}\" stroke=\"{Ink}\" stroke-width=\"1.5\"><title>").Append(Escape($"Overall: {options.Format(plot.Target)}")).Append("</title></line>");
        Curve(svg, curve, c => c.Upper95, X, Y, Limit95, "6 4");
        Curve(svg, curve, c => c.Lower95, X, Y, Limit95, "6 4");
        Curve(svg, curve, c => c.Upper998, X, Y, Limit998, null);
        Curve(svg, curve, c => c.Lower998, X, Y, Limit998, null);
        svg.Append("</g>");

        // Every point is an obstacle for every label, and so are the lines (a label on a limit line reads as neither),
        // so labels are placed after all points are known.
        var taken = plot.Points.Select(p => (X: X(p.Unit.Denominator), Y: Y(p.Value), R: Radius + 2))
            .Select(c => new Box(c.X - c.R, c.Y - c.R, c.X + c.R, c.Y + c.R)).ToList();
        var lines = LinePoints(curve, X, Y, plot.Target, x0, x1, height);
        foreach (var p in plot.Points.OrderBy(p => p.Unit.Denominator))
        {
            var (cx, cy) = (X(p.Unit.Denominator), Y(p.Value));
            var outside = p.Position is FunnelPosition.AboveControl or FunnelPosition.BelowControl;
            var warning = p.Position is FunnelPosition.AboveWarning or FunnelPosition.BelowWarning;
            var better = IsBetter(p.Position, options.Direction);
            var colour = !outside && !warning ? Inside : better == true ? (outside ? Better : BetterWarning) : outside ? Alarm : Warning;
            var highlighted = options.Highlight is { } h && string.Equals(h, p.Unit.Name, StringComparison.Ordinal);
            svg.Append("<g class=\"fp-unit").Append(outside ? " outside" : warning ? " warning" : "").Append(better switch { true => " better", false => " worse", _ => "" })
                .Append("\" data-unit=\"").Append(Escape(p.Unit.Name)).Append("\" data-position=\"").Append(p.Position.ToString())
                .Append(highlighted ? "\" data-highlight=\"true" : "").Append("\"><title>").Append(Escape(Tip(p, options, better))).Append("</title>");
            var r = outside ? Radius + 1.5 : Radius;
            if (highlighted)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{Px(cx)}\" cy=\"{Px(cy)}\" r=\"{Px(r + 4.5)}\" fill=\"none\" stroke=\"{Ink}\" stroke-width=\"2\" />");
            }
            svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{Px(cx)}\" cy=\"{Px(cy)}\" r=\"{Px(r)}\" fill=\"{colour}\" stroke=\"#fff\" stroke-width=\"1.5\" />");
            var (lx, ly, anchor) = Label(p.Unit.Name, cx, cy, highlighted ? r + 4.5 : r, width, taken, lines);
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Px(lx)}\" y=\"{Px(ly)}\" font-size=\"12\" text-anchor=\"{anchor}\" fill=\"{(highlighted ? Ink : colour)}\" stroke=\"#fff\" stroke-width=\"3\" paint-order=\"stroke\"{(outside || highlighted ? " font-weight=\"600\"" : "")}>").Append(Escape(p.Unit.Name)).Append("</text></g>");
        }
        svg.Append("</svg>");
        return svg.ToString();
    }

    private static void Legend(StringBuilder svg, double width, bool directed)
    {
        var x = width - Right - (directed ? 440 : 470);
        void Line(string label, string colour, string? dash, double w)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Px(x)}\" x2=\"{Px(x + 22)}\" y1=\"36\" y2=\"36\" stroke=\"{colour}\" stroke-width=\"{Px(w)}\"{(dash is null ? "" : $" stroke-dasharray=\"{dash}\"")} />");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Px(x + 27)}\" y=\"40\" font-size=\"12\" fill=\"{Muted}\">{label}</text>");
            x += 27 + (label.Length * 6.6) + 14;
        }
        void Dot(string label, string colour)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{Px(x + 6)}\" cy=\"36\" r=\"{Px(Radius + 1.5)}\" fill=\"{colour}\" />");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Px(x + 17)}\" y=\"40\" font-size=\"12\" fill=\"{Muted}\">{label}</text>");
            x += 17 + (label.Length * 6.6) + 14;
        }
        Line("Overall", Ink, null, 1.5);
        Line("95% limits", Limit95, "6 4", 2);
        Line("99.8% limits", Limit998, null, 2);
        if (directed)
        {
            Dot("Better", Better);
            Dot("Worse", Alarm);
        }
        else
        {
            Dot("Outside 99.8%", Alarm);
        }
    }

    /// <summary>Whether a point outside the limits is on the better side, given the measure's direction; null when inside or undirected.</summary>
    internal static bool? IsBetter(FunnelPosition position, ImprovementDirection direction)
    {
        var above = position is FunnelPosition.AboveControl or FunnelPosition.AboveWarning;
        var below = position is FunnelPosition.BelowControl or FunnelPosition.BelowWarning;
        return (above || below) && direction != ImprovementDirection.Neither ? above == (direction == ImprovementDirection.Up) : null;
    }

    /// <summary>The overall line and the limit curves as points every few pixels, for labels to keep off.</summary>
    private static List<(double X, double Y)> LinePoints(List<FunnelLimits> curve, Func<double, double> X, Func<double, double> Y, double target, double x0, double x1, double height)
    {
        var points = new List<(double X, double Y)>();
        void Along(IEnumerable<(double X, double Y)> vertices)
        {
            (double X, double Y)? last = null;
            foreach (var v in vertices)
            {
                if (last is { } a)
                {
                    var steps = Math.Clamp((int)Math.Ceiling(Math.Sqrt(Math.Pow(v.X - a.X, 2) + Math.Pow(v.Y - a.Y, 2)) / 3), 1, 400);
                    for (var i = 1; i <= steps; i++) points.Add((a.X + ((v.X - a.X) * i / steps), a.Y + ((v.Y - a.Y) * i / steps)));
                }
                last = v;
            }
        }
        Along([(X(x0), Y(target)), (X(x1), Y(target))]);
        foreach (var limit in new Func<FunnelLimits, double>[] { c => c.Upper95, c => c.Lower95, c => c.Upper998, c => c.Lower998 })
        {
            Along(curve.Select(c => (X(c.Denominator), Math.Clamp(Y(limit(c)), -10, height + 10))));
        }
        return points;
    }

    private static void Axes(StringBuilder svg, double[] xTicks, double[] yTicks, Func<double, double> X, Func<double, double> Y, double width, double height, Options options)
    {
        foreach (var t in yTicks)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Px(Left)}\" x2=\"{Px(width - Right)}\" y1=\"{Px(Y(t))}\" y2=\"{Px(Y(t))}\" stroke=\"{Grid}\" />");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Px(Left - 8)}\" y=\"{Px(Y(t) + 4)}\" font-size=\"11\" text-anchor=\"end\" fill=\"{Muted}\">{Escape(options.Format(t))}</text>");
        }
        foreach (var t in xTicks)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Px(X(t))}\" x2=\"{Px(X(t))}\" y1=\"{Px(Top)}\" y2=\"{Px(height - Bottom)}\" stroke=\"{Grid}\" />");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Px(X(t))}\" y=\"{Px(height - Bottom + 16)}\" font-size=\"11\" text-anchor=\"middle\" fill=\"{Muted}\">{t.ToString("#,##0.##", CultureInfo.InvariantCulture)}</text>");
        }
        svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{Px(Left)}\" y=\"{Px(Top)}\" width=\"{Px(width - Left - Right)}\" height=\"{Px(height - Top - Bottom)}\" fill=\"none\" stroke=\"#cbd2d9\" />");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Px((Left + width - Right) / 2)}\" y=\"{Px(height - 14)}\" font-size=\"12\" text-anchor=\"middle\" fill=\"{Ink}\">").Append(Escape(options.XLabel)).Append("</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<text transform=\"translate(16 {Px((Top + height - Bottom) / 2)}) rotate(-90)\" font-size=\"12\" text-anchor=\"middle\" fill=\"{Ink}\">").Append(Escape(options.YLabel)).Append("</text>");
    }

    private static void Curve(StringBuilder svg, List<FunnelLimits> curve, Func<FunnelLimits, double> value, Func<double, double> X, Func<double, double> Y, string colour, string? dash)
    {
        if (curve.Count < 2) return;
        var d = string.Join(" ", curve.Select((c, i) => string.Create(CultureInfo.InvariantCulture, $"{(i == 0 ? "M" : "L")} {Px(X(c.Denominator))} {Px(Y(value(c)))}")));
        svg.Append(CultureInfo.InvariantCulture, $"<path d=\"{d}\" fill=\"none\" stroke=\"{colour}\" stroke-width=\"2\"{(dash is null ? "" : $" stroke-dasharray=\"{dash}\"")} />");
    }

    /// <summary>A label box as drawn: left, top, right, bottom.</summary>
    private readonly record struct Box(double L, double T, double R, double B)
    {
        public bool Hits(Box o) => L < o.R && o.L < R && T < o.B && o.T < B;

        public bool Contains((double X, double Y) p) => p.X > L - 1 && p.X < R + 1 && p.Y > T - 1 && p.Y < B + 1;
    }

    /// <summary>Beside the point, on the first side (right, left, then higher or lower) where the label hits neither a
    /// point nor an earlier label and stays inside the plot: units of similar size and value crowd together.</summary>
    private static (double X, double Y, string Anchor) Label(string text, double cx, double cy, double r, double width, List<Box> taken, List<(double X, double Y)> lines)
    {
        var w = text.Length * 6.5;
        var gap = r + 4;
        (double X, double Y, string Anchor, Box Box) Candidate(bool right, double dy) => right
            ? (cx + gap, cy + dy, "start", new Box(cx + gap, cy + dy - 10, cx + gap + w, cy + dy + 3))
            : (cx - gap, cy + dy, "end", new Box(cx - gap - w, cy + dy - 10, cx - gap, cy + dy + 3));
        var candidates = new[] { 4.0, -8, 16, -20, 28, -32, 40 }.SelectMany(dy => new[] { Candidate(true, dy), Candidate(false, dy) })
            .Where(c => c.Box.L >= Left && c.Box.R <= width - Right).ToList();
        var free = candidates.Where(c => !taken.Any(t => t.Hits(c.Box))).ToList();
        var chosen = free.FirstOrDefault(c => !lines.Any(p => c.Box.Contains(p)));
        if (chosen.Anchor is null) chosen = free.Count > 0 ? free[0] : candidates.Count > 0 ? candidates[0] : Candidate(false, 4);
        taken.Add(chosen.Box);
        return (chosen.X, chosen.Y, chosen.Anchor);
    }

    private static string Tip(FunnelPoint p, Options o, bool? better) => string.Create(CultureInfo.InvariantCulture,
        $"{p.Unit.Name}: {o.Format(p.Value)} ({p.Unit.Events:#,##0.##} / {p.Unit.Denominator:#,##0.##}); 95% limits {o.Format(p.Limits.Lower95)} to {o.Format(p.Limits.Upper95)}, 99.8% limits {o.Format(p.Limits.Lower998)} to {o.Format(p.Limits.Upper998)}; {Where(p.Position)}{better switch { true => ", better than the overall", false => ", worse than the overall", _ => "" }}");

    private static string Where(FunnelPosition position) => position switch
    {
        FunnelPosition.AboveControl => "above the 99.8% limit",
        FunnelPosition.AboveWarning => "above the 95% limit",
        FunnelPosition.BelowWarning => "below the 95% limit",
        FunnelPosition.BelowControl => "below the 99.8% limit",
        _ => "within the limits",
    };

    private static string Summary(FunnelPlot plot, Options o)
    {
        var outside = plot.Points.Where(p => p.Position != FunnelPosition.Inside).Select(p => $"{p.Unit.Name} ({Where(p.Position)})").ToList();
        return $"Funnel plot: {o.Title}. {plot.Points.Count} units against the overall {o.Format(plot.Target)}; " +
               (outside.Count == 0 ? "all within the 95% limits." : $"outside the 95% limits: {string.Join(", ", outside)}.");
    }

    /// <summary>About <paramref name="count"/> round ticks (1, 2 or 5 times a power of ten) covering [min, max].</summary>
    internal static double[] Ticks(double min, double max, int count)
    {
        if (!(max > min)) (min, max) = (min - 1, min + 1);
        var raw = (max - min) / count;
        var power = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var step = new[] { 1, 2, 2.5, 5, 10 }.Select(f => f * power).First(s => s >= raw);
        var first = Math.Floor(min / step) * step;
        var last = Math.Ceiling(max / step) * step;
        var n = (int)Math.Round((last - first) / step);
        return Enumerable.Range(0, n + 1).Select(i => Math.Round(first + (i * step), 10)).ToArray();
    }

    private static bool Finite(params double[] values) => values.All(double.IsFinite);

    private static string Escape(string text) => SvgText.Escape(text);

    private static string Px(double value) => SvgText.Px(value);
}
