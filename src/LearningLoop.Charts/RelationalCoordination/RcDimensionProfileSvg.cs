using System.Globalization;
using System.Text;
using LearningLoop.Analytics.RelationalCoordination;

namespace LearningLoop.Charts.RelationalCoordination;

/// <summary>The seven dimensions as horizontal bars on the 1–5 scale, one bar per series (a wave, a unit, the
/// organisation), with the band thresholds as dashed lines. Two series are a comparison (brand colour against grey);
/// more are a sequence of waves, latest first, in one hue lighter with age.</summary>
public static class RcDimensionProfileSvg
{
    private const double Left = 215, Top = 10, PlotWidth = 300;
    private static readonly string[] Comparison = [ChartPalette.Brand, "#9aa6b2"];
    private static readonly string[] Sequence = [ChartPalette.Brand, "#4f9a95", "#93c4c0", "#cfe4e2", "#e6f0ef"];

    public static string SeriesFill(int series, int count)
    {
        var palette = count == 2 ? Comparison : Sequence;
        return palette[Math.Min(series, palette.Length - 1)];
    }

    public static string Render(IReadOnlyList<(string Name, IReadOnlyList<DimensionScore> Dimensions)> series, RcBands bands, int minCellSize,
        string title, string idPrefix = "rc-profile")
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(bands);
        var barHeight = series.Count > 1 ? 14 : 20;
        var rowHeight = (series.Count * barHeight) + 10;
        var width = Left + PlotWidth + 50;
        var height = Top + (RcItems.Keys.Count * rowHeight) + 28;
        static double X(double v) => Left + ((v - 1) / 4 * PlotWidth);

        var svg = new StringBuilder();
        new SvgFrame(width, height, "rc-svg rc-profile", idPrefix, title) { FontSize = 12 }.Open(svg);
        for (var v = 1; v <= 5; v++)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Px(X(v))}\" x2=\"{Px(X(v))}\" y1=\"{Px(Top - 6)}\" y2=\"{Px(height - 22)}\" stroke=\"#e2e6eb\" />");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Px(X(v))}\" y=\"{Px(height - 6)}\" text-anchor=\"middle\" font-size=\"11\" fill=\"{ChartPalette.Muted}\">{v}</text>");
        }
        foreach (var threshold in new[] { bands.ModerateFrom, bands.StrongFrom })
        {
            svg.Append(CultureInfo.InvariantCulture,
                $"<line x1=\"{Px(X(threshold))}\" x2=\"{Px(X(threshold))}\" y1=\"{Px(Top - 6)}\" y2=\"{Px(height - 22)}\" stroke=\"#6b7785\" stroke-dasharray=\"4 3\"><title>Band threshold {RcChartText.Number(threshold)}</title></line>");
        }
        for (var d = 0; d < RcItems.Keys.Count; d++)
        {
            var key = RcItems.Keys[d];
            var y = Top + (d * rowHeight);
            svg.Append(CultureInfo.InvariantCulture,
                $"<text x=\"{Px(Left - 10)}\" y=\"{Px(y + (rowHeight / 2) + 3)}\" text-anchor=\"end\" font-size=\"12\" fill=\"#26323f\">{SvgText.Escape(RcChartText.Dimension(key))}</text>");
            for (var s = 0; s < series.Count; s++)
            {
                var (name, dimensions) = series[s];
                var mean = dimensions.FirstOrDefault(x => x.Dimension == key)?.Mean;
                var barY = y + 4 + (s * barHeight);
                var what = SvgText.Escape($"{name}, {RcChartText.Dimension(key)}");
                if (mean is { } m)
                {
                    svg.Append(CultureInfo.InvariantCulture,
                        $"<rect x=\"{Px(X(1))}\" y=\"{Px(barY)}\" width=\"{Px(X(m) - X(1))}\" height=\"{barHeight - 2}\" fill=\"{SeriesFill(s, series.Count)}\" class=\"rc-bar\"><title>{what}: {RcChartText.Score(m)}</title></rect>");
                    // A white halo keeps the value legible where it crosses a threshold line.
                    svg.Append(CultureInfo.InvariantCulture,
                        $"<text x=\"{Px(X(m) + 4)}\" y=\"{Px(barY + barHeight - 4)}\" font-size=\"11\" fill=\"#26323f\" stroke=\"#fff\" stroke-width=\"3\" paint-order=\"stroke\">{RcChartText.Score(m)}</text>");
                }
                else
                {
                    svg.Append(CultureInfo.InvariantCulture,
                        $"<text x=\"{Px(X(1) + 4)}\" y=\"{Px(barY + barHeight - 4)}\" font-size=\"11\" font-style=\"italic\" fill=\"#5b6775\">suppressed<title>{what}: suppressed, {RcChartText.FewerThan(minCellSize)}</title></text>");
                }
            }
        }
        svg.Append("</svg>");
        return svg.ToString();
    }

    private static string Px(double value) => SvgText.Px(value);
}
