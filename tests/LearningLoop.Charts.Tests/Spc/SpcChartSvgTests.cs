using System.Globalization;
using System.Xml.Linq;
using LearningLoop.Analytics.Spc;
using LearningLoop.Analytics.Tests.Spc;
using LearningLoop.Charts;
using LearningLoop.Charts.Spc;

namespace LearningLoop.Charts.Tests.Spc;

/// <summary>The SVG is well formed, accessible and draws what the chart says.</summary>
public sealed class SpcChartSvgTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    public static TheoryData<string> Cases() => ReferenceCases.Names();

    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_reference_chart_renders_accessible_well_formed_svg(string name)
    {
        var chart = SpcEngine.Analyse(ReferenceCases.Observations(name), ReferenceCases.Options(ReferenceCases.Expected(name)));

        var text = SpcChartSvg.Render(chart, new SpcSvgOptions { Title = name });
        var svg = XDocument.Parse(text).Root!;

        Assert.Equal("img", (string?)svg.Attribute("role"));
        Assert.False(string.IsNullOrWhiteSpace((string?)svg.Attribute("aria-label")));
        Assert.Equal(name, svg.Element(Svg + "title")?.Value);
        var circles = svg.Descendants(Svg + "circle").ToList();
        Assert.Equal(chart.Points.Count(p => p.Y is not null), circles.Count);
        Assert.All(circles, c => Assert.NotNull(c.Element(Svg + "title")));
        Assert.Equal(chart.Parts.Count - 1, svg.Descendants(Svg + "line").Count(l => (string?)l.Attribute("class") == "part-break"));
        Assert.DoesNotContain("NaN", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Infinity", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Limits_are_stepped_when_the_denominator_varies()
    {
        var chart = SpcEngine.Analyse(ReferenceCases.Observations("p_parts"), ReferenceCases.Options(ReferenceCases.Expected("p_parts")));
        var svg = XDocument.Parse(SpcChartSvg.Render(chart)).Root!;

        Assert.True(chart.HasVaryingLimits);
        Assert.Contains(svg.Descendants(Svg + "path"), p => ((string?)p.Attribute("d"))?.Contains('V') == true);
    }

    [Fact]
    public void Signals_are_highlighted_and_described_in_the_point_title()
    {
        var chart = SpcEngine.Analyse(SpcTestData.Series(SpcTestData.Stable(20).Append(200)), new SpcOptions(SpcChartType.I, Freeze: 20));
        var svg = XDocument.Parse(SpcChartSvg.Render(chart)).Root!;

        Assert.False(chart.Parts[0].RunsSignal);

        var last = svg.Descendants(Svg + "circle").Last();
        Assert.NotEqual((string?)svg.Descendants(Svg + "circle").First().Attribute("fill"), (string?)last.Attribute("fill"));
        Assert.Contains("Above the upper control limit", last.Element(Svg + "title")!.Value);
        Assert.StartsWith("21: 200", last.Element(Svg + "title")!.Value);
    }

    [Fact]
    public void Target_annotations_and_escaping_are_drawn()
    {
        var rows = SpcTestData.Series(SpcTestData.Stable(12));
        rows[3] = rows[3] with { X = "4" };
        var chart = SpcEngine.Analyse(rows, new SpcOptions(SpcChartType.I));
        var options = new SpcSvgOptions { Title = "Falls <per> 1,000 & more", Target = 47, Annotations = [new SpcAnnotation("4", "New bed alarms")] };

        var svg = XDocument.Parse(SpcChartSvg.Render(chart, options)).Root!;

        Assert.Single(svg.Descendants(Svg + "line"), l => (string?)l.Attribute("class") == "target");
        Assert.Contains(svg.Descendants(Svg + "text"), t => t.Value == "New bed alarms");
        Assert.Contains(svg.Descendants(Svg + "text"), t => t.Value == "Falls <per> 1,000 & more");
    }

    [Fact]
    public void A_small_multiple_has_its_size_its_y_range_and_its_latest_value_but_no_axis_text()
    {
        var chart = SpcEngine.Analyse(SpcTestData.Series(SpcTestData.Stable(24)), new SpcOptions(SpcChartType.I));
        var latest = chart.Points[^1].Y!.Value;

        var svg = XDocument.Parse(SpcChartSvg.Render(chart, SpcSvgOptions.SmallMultiple(200, 90))).Root!;

        Assert.Equal("200", (string?)svg.Attribute("width"));
        Assert.Equal("90", (string?)svg.Attribute("height"));
        Assert.Equal(24, svg.Descendants(Svg + "circle").Count());
        var range = svg.Descendants(Svg + "g").Single(g => (string?)g.Attribute("class") == "range").Elements(Svg + "text")
            .Select(t => double.Parse(t.Value, CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(2, range.Count);
        var values = chart.Points.Select(p => p.Y!.Value).Concat(chart.Points.Select(p => p.Ucl!.Value)).ToList();
        Assert.True(range[0] >= values.Max() && range[1] <= chart.Points.Min(p => p.Y!.Value), $"range {range[0]}..{range[1]}");
        var label = svg.Descendants(Svg + "text").Single(t => (string?)t.Attribute("class") == "latest");
        Assert.Equal(SvgText.Value(latest), label.Nodes().OfType<XText>().First().Value);
        Assert.True(double.Parse(label.Attribute("x")!.Value, CultureInfo.InvariantCulture) + TextWidth.Of(SvgText.Value(latest), 10.5, true) <= 200,
            "the latest value fits inside the thumbnail");
        Assert.DoesNotContain(svg.Descendants(Svg + "text"), t => t.Value == chart.Points[0].X);
    }
}
