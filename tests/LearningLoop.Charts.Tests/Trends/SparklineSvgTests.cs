using System.Globalization;
using System.Xml.Linq;
using LearningLoop.Analytics.Spc;
using LearningLoop.Charts.Spc;
using LearningLoop.Charts.Trends;

namespace LearningLoop.Charts.Tests.Trends;

/// <summary>The small charts: a tile's sparkline spans its box with its latest value marked; a unit's relational
/// coordination row breaks its line where a wave was suppressed; the Making Data Count badge's colour and letter.</summary>
public sealed class SparklineSvgTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Fact]
    public void A_sparkline_spans_its_box_lowest_at_the_bottom_and_marks_the_latest_value()
    {
        var root = XDocument.Parse(SparklineSvg.Render([10, 30, 20], "Reporting rate", "monthly: 10 to 20")).Root!;

        Assert.Equal("Reporting rate. monthly: 10 to 20", (string?)root.Attribute("aria-label"));
        var points = ((string)root.Element(Svg + "polyline")!.Attribute("points")!).Split(' ')
            .Select(p => p.Split(',').Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray()).ToList();
        Assert.Equal([2, 75, 148], points.Select(p => p[0]));
        Assert.Equal(33, points[0][1], 1);  // the lowest value at the bottom (y grows downwards)
        Assert.Equal(3, points[1][1], 1);   // the highest at the top
        var latest = root.Element(Svg + "circle")!;
        Assert.Equal(points[2][0], double.Parse((string)latest.Attribute("cx")!, CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_suppressed_wave_breaks_the_unit_line_and_draws_no_point()
    {
        var row = new TrendRow("4 West", [new("Feb 2024", 3.2), new("Sep 2024", 3.4), new("Mar 2025", null), new("Oct 2025", 3.9), new("Feb 2026", 4.0)]);

        var root = XDocument.Parse(SparklineSvg.Rows([row], "RC over time", 2.5, 4.5, 3.5, v => v.ToString("0.00", CultureInfo.InvariantCulture), "t")).Root!;

        Assert.Equal(2, root.Elements(Svg + "polyline").Count());
        var titles = root.Elements(Svg + "circle").Select(c => c.Element(Svg + "title")!.Value).ToList();
        Assert.Equal(["Feb 2024: 3.20", "Sep 2024: 3.40", "Oct 2025: 3.90", "Feb 2026: 4.00"], titles);
        Assert.Contains(root.Elements(Svg + "text"), t => t.Value == "4.00");
    }

    [Theory]
    [InlineData(VariationIcon.ImprovingHigh, null, "#1d6fb8", "H")]
    [InlineData(VariationIcon.ConcerningLow, null, "#d9730d", "L")]
    [InlineData(null, AssuranceIcon.ConsistentlyFail, "#d9730d", "F")]
    [InlineData(null, AssuranceIcon.HitAndMiss, "#7b8794", "?")]
    public void A_making_data_count_badge_has_its_colour_and_letter(VariationIcon? variation, AssuranceIcon? assurance, string colour, string letter)
    {
        var root = XDocument.Parse(MdcIconSvg.Render(variation, assurance, "A sentence", rules: "anhoej")).Root!;

        Assert.Equal(colour, (string?)root.Element(Svg + "circle")!.Attribute("stroke"));
        Assert.Equal(letter, root.Element(Svg + "text")!.Value);
        Assert.Equal("A sentence", (string?)root.Attribute("aria-label"));
        Assert.Equal("anhoej", (string?)root.Attribute("data-rules"));
    }

    [Fact]
    public void Common_cause_is_a_grey_wave_without_a_letter()
    {
        var root = XDocument.Parse(MdcIconSvg.Render(VariationIcon.CommonCause, null, "Common cause")).Root!;
        Assert.Null(root.Element(Svg + "text"));
        Assert.Equal("#7b8794", (string?)root.Element(Svg + "path")!.Attribute("stroke"));
        Assert.Null(root.Attribute("data-rules"));
    }
}
