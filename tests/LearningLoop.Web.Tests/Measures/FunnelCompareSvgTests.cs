using System.Globalization;
using System.Xml.Linq;
using LearningLoop.Analytics.Funnel;
using LearningLoop.Web.Components.Charts;

namespace LearningLoop.Web.Tests.Measures;

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
}
