using System.Xml.Linq;
using LearningLoop.Charts.Improvement;

namespace LearningLoop.Charts.Tests.Improvement;

/// <summary>The server-rendered driver diagram and spread map: well-formed, escaped, and with a title on every box.</summary>
public sealed class ImprovementSvgTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Fact]
    public void The_driver_diagram_draws_every_node_with_its_title_and_links_change_ideas()
    {
        var model = new DriverDiagramModel("Cut readmissions <now> & later", [
            new DriverDiagramModel.Primary("Shared plan", [
                new DriverDiagramModel.Secondary("Timely communication", [
                    new DriverDiagramModel.Node("Daily huddle", "/initiatives/1/cycles#idea-1", 4, [new("Adopt", "dd-badge-adopt"), new("4 PDSA", "dd-badge-cycles")]),
                    new DriverDiagramModel.Node("Relational mapping", "/initiatives/1/cycles#idea-2", 0, []),
                ]),
            ], [new DriverDiagramModel.Node("Idea on the primary driver", null, 0, [])]),
            new DriverDiagramModel.Primary("Ready to go home", [], []),
        ]);
        var doc = XDocument.Parse(DriverDiagramSvg.Render(model));
        var titles = doc.Descendants(Svg + "title").Select(t => t.Value).ToList();
        Assert.Equal("Driver diagram: Cut readmissions <now> & later", titles[0]);
        Assert.Contains("Change idea: Daily huddle (4 PDSA cycles)", titles);
        Assert.Contains("Primary driver: Ready to go home", titles);
        Assert.Contains("Change idea: Idea on the primary driver", titles);
        Assert.Equal(2, doc.Descendants(Svg + "a").Count());
        // Its links are reachable: a group named by its title, not an image whose children are hidden (decision 0034).
        Assert.Equal("group", (string?)doc.Root!.Attribute("role"));
        Assert.Equal("dd-title", (string?)doc.Root.Attribute("aria-labelledby"));
        Assert.Equal(2 + 1 + 3, doc.Descendants(Svg + "path").Count(p => (string?)p.Attribute("class") == "dd-link"));
        // Boxes in a column never overlap.
        var ideas = doc.Descendants(Svg + "g").Where(g => ((string?)g.Attribute("class"))?.Contains("dd-idea", StringComparison.Ordinal) == true)
            .Select(g => g.Element(Svg + "rect")!).Select(r => (Y: double.Parse((string)r.Attribute("y")!, System.Globalization.CultureInfo.InvariantCulture), H: double.Parse((string)r.Attribute("height")!, System.Globalization.CultureInfo.InvariantCulture)))
            .OrderBy(r => r.Y).ToList();
        Assert.All(ideas.Zip(ideas.Skip(1)), pair => Assert.True(pair.First.Y + pair.First.H <= pair.Second.Y));
    }

    [Fact]
    public void Long_words_and_lines_wrap_inside_the_box()
    {
        var lines = DriverDiagramSvg.Wrap("Interdisciplinary discharge huddle with a supercalifragilisticexpialidociousword", 20);
        Assert.All(lines, l => Assert.True(l.Length <= 20, l));
        Assert.Equal("Interdisciplinary", lines[0]);
    }

    [Fact]
    public void The_spread_map_puts_units_in_order_of_adoption_with_an_arrow_from_where_each_learned()
    {
        var model = new SpreadMapModel("Huddle", ["4 West"], new DateOnly(2024, 3, 1), [
            new("ICU", "3 East", new DateOnly(2025, 6, 2), "Step-down huddle"),
            new("5 West", null, new DateOnly(2025, 2, 3), "At 09:00"),
            new("3 East", null, new DateOnly(2025, 4, 7), ""),
        ]);
        var doc = XDocument.Parse(SpreadMapSvg.Render(model));
        var units = doc.Descendants(Svg + "g").Where(g => g.Attribute("data-unit") is not null).Select(g => (string)g.Attribute("data-unit")!).ToList();
        Assert.Equal(["4 West", "5 West", "3 East", "ICU"], units);
        var arrows = doc.Descendants(Svg + "g").Where(g => (string?)g.Attribute("class") == "sm-adoption").Select(g => g.Element(Svg + "title")!.Value).ToList();
        Assert.Equal(["5 West learned the practice from 4 West (2025-02-03)", "3 East learned the practice from 4 West (2025-04-07)", "ICU learned the practice from 3 East (2025-06-02)"], arrows);
        Assert.Contains("travelled from 4 West to 5 West (Feb 2025, from 4 West)", doc.Root!.Element(Svg + "title")!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void A_practice_learned_from_a_unit_that_never_recorded_its_own_adoption_still_has_an_arrow()
    {
        var nodes = SpreadMapSvg.Nodes(new SpreadMapModel("Huddle", ["4 West"], new DateOnly(2024, 3, 1), [new("ICU", "Theatres", new DateOnly(2025, 6, 2), "")]));
        Assert.Equal(["4 West", "Theatres", "ICU"], nodes.Select(n => n.Unit));
    }
}
