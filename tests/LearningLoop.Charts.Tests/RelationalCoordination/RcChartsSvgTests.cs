using System.Globalization;
using System.Xml.Linq;
using LearningLoop.Analytics.RelationalCoordination;
using LearningLoop.Charts.RelationalCoordination;

namespace LearningLoop.Charts.Tests.RelationalCoordination;

/// <summary>The relational coordination network and change plot: suppressed pairs read as suppressed, labels stay off the plot.</summary>
public sealed class RcChartsSvgTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private static readonly string[] Names = ["Nurses", "Physicians", "Case managers"];

    private static Cell CellAt(int from, int to) => (from, to) switch
    {
        // Nurses ↔ Physicians: both directions shown. Physicians ↔ Case managers: one direction withheld.
        (0, 1) => new Cell("n", "p", 8, false, 4.2, null),
        (1, 0) => new Cell("p", "n", 7, false, 3.8, null),
        (1, 2) => new Cell("p", "c", 6, false, 4.9, null),
        (2, 1) => new Cell("c", "p", 2, true, null, null),
        _ => new Cell("x", "y", 0, true, null, null),
    };

    [Fact]
    public void A_pair_with_a_withheld_direction_is_a_dashed_grey_edge_with_no_value_and_the_legend_names_it()
    {
        var svg = XDocument.Parse(RcNetworkSvg.Render(Names, CellAt, RcBands.Default, 5, "Network")).Root!;

        var edges = svg.Descendants(Svg + "line").Where(l => ((string?)l.Attribute("class"))?.StartsWith("rc-edge", StringComparison.Ordinal) == true).ToList();
        Assert.Equal(3, edges.Count);
        var valued = Assert.Single(edges, e => e.Attribute("data-score") is not null);
        Assert.Equal("4.00", (string?)valued.Attribute("data-score"));
        var suppressed = edges.Where(e => (string?)e.Attribute("class") == "rc-edge suppressed").ToList();
        Assert.Equal(2, suppressed.Count);
        Assert.All(suppressed, e =>
        {
            Assert.Equal(ChartPalette.Suppressed, (string?)e.Attribute("stroke"));
            Assert.NotNull(e.Attribute("stroke-dasharray"));
            Assert.DoesNotContain("4.9", e.Element(Svg + "title")!.Value, StringComparison.Ordinal);
        });
        var legend = svg.Descendants(Svg + "g").Single(g => (string?)g.Attribute("class") == "rc-legend");
        Assert.Contains(legend.Elements(Svg + "text"), t => t.Value.StartsWith("suppressed", StringComparison.Ordinal));
        Assert.Contains(legend.Elements(Svg + "line"), l => (string?)l.Attribute("stroke-dasharray") == ChartPalette.SuppressedDash);
    }

    [Fact]
    public void Change_labels_end_before_the_plot_begins_however_long_the_wave_names()
    {
        var rows = new List<RcChangeRow>
        {
            new("Spring 2025 relational coordination survey → Autumn 2025 relational coordination survey", 0.31, 0.05, 0.57, 0.02),
            new("A relational coordination survey with a name far too long for any margin on one line", 0.1, -0.2, 0.4, 0.5),
            new("Autumn 2025 → Spring 2026", null, null, null, null),
            new("A → B", -0.8, -1.3, -0.3, 0.001),
        };

        var svg = XDocument.Parse(RcChangeChartSvg.Render(rows, "Change", 5)).Root!;

        var plotLeft = svg.Descendants(Svg + "line").Min(l => double.Parse(l.Attribute("x1")!.Value, CultureInfo.InvariantCulture));
        var labels = svg.Descendants(Svg + "text").Where(t => (string?)t.Attribute("class") == "rc-change-label").ToList();
        Assert.Equal(4, labels.Count);
        Assert.All(labels.SelectMany(l => l.Elements(Svg + "tspan")), line =>
        {
            Assert.Equal("end", (string?)line.Parent!.Attribute("text-anchor"));
            var right = double.Parse(line.Attribute("x")!.Value, CultureInfo.InvariantCulture);
            Assert.True(right < plotLeft, $"'{line.Value}' ends at {right}, the plot starts at {plotLeft}");
            Assert.True(right - TextWidth.Of(line.Value, 12) >= 0, $"'{line.Value}' starts left of the chart");
        });
        // A long "from → to" goes on two lines, whole; one long name is cut with an ellipsis; the full text is the title.
        Assert.Equal(["Spring 2025 relational coordination survey →", "Autumn 2025 relational coordination survey"],
            labels[0].Elements(Svg + "tspan").Select(t => t.Value));
        Assert.EndsWith("…", labels[1].Elements(Svg + "tspan").Single().Value, StringComparison.Ordinal);
        Assert.Equal(rows[0].Label, labels[0].Element(Svg + "title")!.Value);
        var width = double.Parse(svg.Attribute("width")!.Value, CultureInfo.InvariantCulture);
        var suppressed = svg.Descendants(Svg + "text").Single(t => (string?)t.Attribute("class") == "rc-suppressed");
        Assert.True(double.Parse(suppressed.Attribute("x")!.Value, CultureInfo.InvariantCulture) + TextWidth.Of(suppressed.Nodes().OfType<XText>().First().Value, 11) <= width);
    }

    [Fact]
    public void The_dimension_profile_draws_a_bar_per_series_and_dimension_and_says_suppressed_where_a_mean_is_hidden()
    {
        IReadOnlyList<DimensionScore> wave = RcItems.Keys.Select((k, i) => new DimensionScore(k, i == 0 ? null : 3 + (i * 0.1))).ToList();
        IReadOnlyList<DimensionScore> organisation = RcItems.Keys.Select(k => new DimensionScore(k, 3.6)).ToList();

        var svg = XDocument.Parse(RcDimensionProfileSvg.Render([("Wave", wave), ("Organisation", organisation)], RcBands.Default, 5, "Profile")).Root!;

        var bars = svg.Descendants(Svg + "rect").Where(r => (string?)r.Attribute("class") == "rc-bar").ToList();
        Assert.Equal((2 * RcItems.Keys.Count) - 1, bars.Count);
        Assert.Equal(RcItems.Keys.Count, bars.Count(b => (string?)b.Attribute("fill") == RcDimensionProfileSvg.SeriesFill(1, 2)));
        var hidden = Assert.Single(svg.Descendants(Svg + "text"), t => t.Nodes().OfType<XText>().FirstOrDefault()?.Value == "suppressed");
        Assert.Contains("fewer than 5 responses", hidden.Element(Svg + "title")!.Value, StringComparison.Ordinal);
        // A bar is as long as its mean on the 1-5 scale: 3.6 reaches 65% of the plot.
        var widths = bars.Where(b => (string?)b.Attribute("fill") == RcDimensionProfileSvg.SeriesFill(1, 2))
            .Select(b => double.Parse(b.Attribute("width")!.Value, CultureInfo.InvariantCulture)).Distinct().ToList();
        Assert.Equal(195, Assert.Single(widths), 1);
    }
}
