using System.Globalization;
using System.Xml.Linq;
using LearningLoop.Analytics.Funnel;
using LearningLoop.Analytics.Spc;
using LearningLoop.Charts.Funnel;

namespace LearningLoop.Charts.Tests.Funnel;

/// <summary>The server-rendered funnel plot: well-formed, escaped, finite, and a title on every unit.</summary>
public sealed class FunnelCompareSvgTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static FunnelPlotSvg.Options Options(string title) =>
        new(title, "Patients audited", "% complete", v => v.ToString("0.#", CultureInfo.InvariantCulture) + "%");

    [Theory]
    [InlineData(FunnelMeasure.Proportion, 100)]
    [InlineData(FunnelMeasure.Rate, 1000)]
    public void Every_unit_has_a_point_with_its_title_and_no_number_is_NaN(FunnelMeasure measure, double multiply)
    {
        var plot = FunnelPlot.Build([
            new FunnelUnit("Ward <A> & B", 40, 50), new FunnelUnit("ICU", 1, 3), new FunnelUnit("3 East", 300, 1200),
            new FunnelUnit("None at all", 0, 400), new FunnelUnit("All of them", 90, 90),
        ], measure, multiply: multiply);
        var text = FunnelPlotSvg.Render(plot, Options("Bundle <compliance>"));
        Assert.DoesNotContain("NaN", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Infinity", text, StringComparison.Ordinal);

        var doc = XDocument.Parse(text);
        var units = doc.Descendants(Svg + "g").Where(g => ((string?)g.Attribute("class"))?.StartsWith("fp-unit", StringComparison.Ordinal) == true).ToList();
        Assert.Equal(5, units.Count);
        Assert.All(units, u => Assert.Single(u.Elements(Svg + "title")));
        Assert.StartsWith(string.Create(CultureInfo.InvariantCulture, $"Ward <A> & B: {40.0 / 50 * multiply:0.#}%"), units.Single(u => (string?)u.Attribute("data-unit") == "Ward <A> & B").Element(Svg + "title")!.Value, StringComparison.Ordinal);
        Assert.StartsWith("Funnel plot: Bundle <compliance>. 5 units", doc.Root!.Element(Svg + "title")!.Value, StringComparison.Ordinal);
        Assert.Equal(4, doc.Descendants(Svg + "path").Count());
    }

    [Fact]
    public void A_single_unit_still_draws()
    {
        var plot = FunnelPlot.Build([new FunnelUnit("Only", 5, 20)], FunnelMeasure.Proportion, multiply: 100);
        var doc = XDocument.Parse(FunnelPlotSvg.Render(plot, Options("One")));
        Assert.Single(doc.Descendants(Svg + "circle"), c => c.Parent!.Name == Svg + "g");
        Assert.DoesNotContain("NaN", doc.ToString(), StringComparison.Ordinal);
    }

    private static FunnelPlot Spread() => FunnelPlot.Build([
        new FunnelUnit("High", 95, 100), new FunnelUnit("Low", 55, 100), new FunnelUnit("Middle A", 400, 500),
        new FunnelUnit("Middle B", 790, 1000), new FunnelUnit("Middle C", 1190, 1500),
    ], FunnelMeasure.Proportion, multiply: 100);

    private static Dictionary<string, XElement> Units(string svg) => XDocument.Parse(svg).Descendants(Svg + "g")
        .Where(g => g.Attribute("data-unit") is not null).ToDictionary(g => (string)g.Attribute("data-unit")!);

    [Theory]
    [InlineData(ImprovementDirection.Up, "better", "worse")]
    [InlineData(ImprovementDirection.Down, "worse", "better")]
    public void Points_outside_the_limits_read_as_better_or_worse_in_the_measures_direction(ImprovementDirection direction, string high, string low)
    {
        var units = Units(FunnelPlotSvg.Render(Spread(), Options("Directed") with { Direction = direction }));
        Assert.Contains(high, (string)units["High"].Attribute("class")!, StringComparison.Ordinal);
        Assert.Contains(low, (string)units["Low"].Attribute("class")!, StringComparison.Ordinal);
        Assert.Contains($"{high} than the overall", units["High"].Element(Svg + "title")!.Value, StringComparison.Ordinal);
        Assert.DoesNotContain("better", (string)units["Middle B"].Attribute("class")!, StringComparison.Ordinal);

        var undirected = Units(FunnelPlotSvg.Render(Spread(), Options("Undirected")));
        Assert.DoesNotContain("better", (string)undirected["High"].Attribute("class")!, StringComparison.Ordinal);
        Assert.DoesNotContain("worse", (string)undirected["Low"].Attribute("class")!, StringComparison.Ordinal);
    }

    [Fact]
    public void The_unit_the_reader_came_from_is_ringed_and_no_other()
    {
        var units = Units(FunnelPlotSvg.Render(Spread(), Options("Highlight") with { Highlight = "Middle B" }));
        Assert.Equal("Middle B", Assert.Single(units.Values, g => (string?)g.Attribute("data-highlight") == "true").Attribute("data-unit")!.Value);
        Assert.Equal(2, units["Middle B"].Elements(Svg + "circle").Count());
        Assert.Single(units["Middle A"].Elements(Svg + "circle"));
    }

    [Fact]
    public void No_label_sits_on_the_overall_line()
    {
        // Units whose values equal the overall: their labels would be drawn straight across the overall line.
        var plot = FunnelPlot.Build([new FunnelUnit("Alpha ward", 50, 100), new FunnelUnit("Beta ward", 250, 500), new FunnelUnit("Gamma ward", 500, 1000)],
            FunnelMeasure.Proportion, multiply: 100);
        var doc = XDocument.Parse(FunnelPlotSvg.Render(plot, Options("On the line")));
        var overall = doc.Descendants(Svg + "line").Single(l => l.Element(Svg + "title")?.Value.StartsWith("Overall", StringComparison.Ordinal) == true);
        var lineY = double.Parse((string)overall.Attribute("y1")!, CultureInfo.InvariantCulture);
        foreach (var text in doc.Descendants(Svg + "g").Where(g => g.Attribute("data-unit") is not null).Select(g => g.Element(Svg + "text")!))
        {
            var y = double.Parse((string)text.Attribute("y")!, CultureInfo.InvariantCulture);
            Assert.False(y - 10 <= lineY && lineY <= y + 3, $"{text.Value} at y={y} lies on the overall line at y={lineY}");
        }
    }
}
