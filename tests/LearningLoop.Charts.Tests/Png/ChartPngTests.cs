using LearningLoop.Analytics.Spc;
using LearningLoop.Analytics.Tests.Spc;
using LearningLoop.Charts.Improvement;
using LearningLoop.Charts.Png;
using LearningLoop.Charts.Spc;
using SkiaSharp;

namespace LearningLoop.Charts.Tests.Png;

/// <summary>The server's PNG is a real image of the chart: the PNG signature, twice the SVG's size, white where nothing
/// is drawn, the data colour where the line is, and dark text pixels in the title's band.</summary>
public sealed class ChartPngTests
{
    private static readonly byte[] Signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    [Fact]
    public void An_spc_chart_rasterises_at_twice_its_size_with_its_line_and_text()
    {
        var chart = SpcEngine.Analyse(ReferenceCases.Observations("p_parts"), ReferenceCases.Options(ReferenceCases.Expected("p_parts")));
        var svg = SpcChartSvg.Render(chart, new SpcSvgOptions { Width = 600, Height = 300, Title = "Falls per 1,000 bed days" });

        var png = ChartPng.Render(svg);

        Assert.Equal(Signature, png[..8]);
        using var bitmap = SKBitmap.Decode(png);
        Assert.Equal((1200, 600), (bitmap.Width, bitmap.Height));
        Assert.Equal(SKColors.White, bitmap.GetPixel(2, bitmap.Height - 2));
        var pixels = bitmap.Pixels;
        Assert.True(pixels.Count(p => Near(p, new SKColor(0x2f, 0x6f, 0xb3))) > 500, "the data line's blue is drawn");
        var titleBand = Enumerable.Range(0, bitmap.Width).SelectMany(x => Enumerable.Range(30, 30).Select(y => bitmap.GetPixel(x, y)));
        Assert.True(titleBand.Count(p => p.Red < 120 && p.Green < 120 && p.Blue < 120) > 200, "the title's text is drawn with a font");
    }

    [Fact]
    public void The_driver_diagram_carries_its_colours_so_on_its_own_its_boxes_are_not_black()
    {
        var model = new DriverDiagramModel("Fewer readmissions", [
            new DriverDiagramModel.Primary("Shared plan", [new DriverDiagramModel.Secondary("Timely talk", [new DriverDiagramModel.Node("Huddle", "/x", 2, [])])], []),
        ]);
        var svg = DriverDiagramSvg.Render(model);

        Assert.DoesNotContain("var(--", svg, StringComparison.Ordinal);
        using var bitmap = SKBitmap.Decode(ChartPng.Render(svg, 1));
        var pixels = bitmap.Pixels;
        Assert.True(pixels.Count(p => Near(p, new SKColor(0x0b, 0x6e, 0x69))) > 2000, "the aim's box is the brand's teal");
        Assert.True(pixels.Count(p => Near(p, new SKColor(0xd7, 0xec, 0xea))) > 2000, "the primary driver's box is pale teal");
        Assert.True(pixels.Count(p => p.Red < 40 && p.Green < 40 && p.Blue < 40) < pixels.Length / 50, "no black boxes");
    }

    [Fact]
    public void The_spread_map_carries_its_arrows_colour()
    {
        var model = new SpreadMapModel("Huddle", ["4 West"], new DateOnly(2024, 3, 1), [new("ICU", "4 West", new DateOnly(2024, 7, 1), "")]);
        var svg = SpreadMapSvg.Render(model);

        Assert.DoesNotContain("var(--", svg, StringComparison.Ordinal);
        using var bitmap = SKBitmap.Decode(ChartPng.Render(svg, 1));
        Assert.True(bitmap.Pixels.Count(p => Near(p, new SKColor(0x0b, 0x6e, 0x69))) > 300, "units and the arrow are teal");
    }

    [Fact]
    public void An_empty_svg_is_refused() => Assert.ThrowsAny<ArgumentException>(() => ChartPng.Render(""));

    private static bool Near(SKColor a, SKColor b) =>
        Math.Abs(a.Red - b.Red) < 24 && Math.Abs(a.Green - b.Green) < 24 && Math.Abs(a.Blue - b.Blue) < 24;
}
