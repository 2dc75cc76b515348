using System.Xml.Linq;
using LearningLoop.Analytics.Capability;
using LearningLoop.Analytics.RelationalCoordination;
using LearningLoop.Charts.Capability;
using LearningLoop.Charts.Png;
using LearningLoop.Charts.RelationalCoordination;
using SkiaSharp;

namespace LearningLoop.Charts.Tests.RelationalCoordination;

/// <summary>The heat maps (relational coordination and capability) on the shared grid: a suppressed cell is hatched and
/// carries no figure, its legend is inside the chart, and on its own (as a download) it keeps its colours.</summary>
public sealed class RcHeatMapSvgTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private static readonly string[] Names = ["Nurses", "Physicians"];
    private static readonly string[] Keys = ["nurse", "physician"];

    private static Cell CellAt(int from, int to) => (from, to) switch
    {
        (0, 0) => new Cell("nurse", "nurse", 9, false, 4.4, 0.8),
        (0, 1) => new Cell("nurse", "physician", 9, false, 2.1, null),
        (1, 0) => new Cell("physician", "nurse", 3, true, 3.7, null),  // the engine withheld it: its score must not show
        _ => new Cell("physician", "physician", 0, true, null, null),
    };

    [Fact]
    public void A_suppressed_cell_is_hatched_says_n_below_the_minimum_and_never_shows_its_score()
    {
        var svg = RcHeatMapSvg.Render(Names, Keys, CellAt, RcBands.Default, 5, "Heat map");
        var root = XDocument.Parse(svg).Root!;

        var cells = root.Descendants(Svg + "g").Where(g => (string?)g.Attribute("class") == "rc-cell").ToList();
        Assert.Equal(4, cells.Count);
        var hidden = cells.Single(c => (string?)c.Attribute("data-from") == "physician" && (string?)c.Attribute("data-to") == "nurse");
        Assert.Equal("true", (string?)hidden.Attribute("data-suppressed"));
        Assert.StartsWith("url(#", (string?)hidden.Element(Svg + "rect")!.Attribute("fill"), StringComparison.Ordinal);
        Assert.Equal("n < 5", hidden.Element(Svg + "text")!.Value);
        Assert.DoesNotContain("3.7", svg, StringComparison.Ordinal);
        var weak = cells.Single(c => (string?)c.Attribute("data-to") == "physician" && (string?)c.Attribute("data-from") == "nurse");
        Assert.Equal(RcChartText.Fill(TieStrength.Weak), (string?)weak.Element(Svg + "rect")!.Attribute("fill"));
        Assert.Equal("2.10", weak.Element(Svg + "text")!.Value);
        // The diagonal is outlined; the legend (bands and the hatch) is inside the chart.
        Assert.NotNull(cells[0].Element(Svg + "rect")!.Attribute("stroke"));
        var legend = root.Descendants(Svg + "g").Single(g => (string?)g.Attribute("class") == "heat-legend");
        Assert.Equal(4, legend.Elements(Svg + "rect").Count());
        Assert.Contains(legend.Elements(Svg + "text"), t => t.Value.StartsWith("suppressed", StringComparison.Ordinal));
    }

    [Fact]
    public void On_its_own_the_heat_map_keeps_its_colours_and_its_legend_fits()
    {
        var svg = RcHeatMapSvg.Render(Names, Keys, CellAt, RcBands.Default, 5, "Heat map");
        var root = XDocument.Parse(svg).Root!;
        var width = double.Parse((string)root.Attribute("width")!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.All(root.Descendants(Svg + "g").Single(g => (string?)g.Attribute("class") == "heat-legend").Elements(Svg + "text"), t =>
            Assert.True(double.Parse((string)t.Attribute("x")!, System.Globalization.CultureInfo.InvariantCulture) + TextWidth.Of(t.Value, 11) <= width + 1, t.Value));

        using var bitmap = SKBitmap.Decode(ChartPng.Render(svg, 1));
        Assert.True(bitmap.Pixels.Count(p => Near(p, SKColor.Parse(RcChartText.Fill(TieStrength.Weak)))) > 1000, "the weak tie's fill is drawn");
        Assert.True(bitmap.Pixels.Count(p => Near(p, SKColor.Parse(RcChartText.Fill(TieStrength.Strong)))) > 1000, "the strong tie's fill is drawn");
    }

    [Fact]
    public void The_capability_heat_map_leaves_unrated_levels_blank_and_hatches_suppressed_cells()
    {
        var cells = CapabilityFramework.Cells.Select((c, i) => new CapabilityCell(c.Domain.Key, c.Level.Key, i == 0 ? 2 : 8, i == 0, i == 0 ? null : 3.2,
            i == 0 ? null : 0.9, i == 0 ? null : 0.6, null, null)).ToList();
        var profile = new CapabilityProfile(8, 5, cells);

        var root = XDocument.Parse(CapabilityHeatMapSvg.Render(profile, "Capability")).Root!;

        var drawn = root.Descendants(Svg + "g").Where(g => (string?)g.Attribute("class") == "capability-cell").ToList();
        Assert.Equal(CapabilityFramework.Cells.Count(), drawn.Count);
        Assert.True(CapabilityFramework.Cells.Count() < CapabilityFramework.Domains.Count * CapabilityFramework.Levels.Count, "some levels are not rated");
        Assert.Single(drawn, g => (string?)g.Attribute("data-suppressed") == "true");
        Assert.All(drawn.Where(g => (string?)g.Attribute("data-suppressed") == "false"), g =>
        {
            Assert.Equal(CapabilityHeatMapSvg.Fill(3.2), (string?)g.Element(Svg + "rect")!.Attribute("fill"));
            Assert.Equal("3.2", g.Element(Svg + "text")!.Value);
        });
    }

    private static bool Near(SKColor a, SKColor b) =>
        Math.Abs(a.Red - b.Red) < 12 && Math.Abs(a.Green - b.Green) < 12 && Math.Abs(a.Blue - b.Blue) < 12;
}
