using LearningLoop.Analytics.RelationalCoordination;
using LearningLoop.Core.Surveys;

namespace LearningLoop.Core.Tests.Surveys;

public sealed class InstrumentTests
{
    private static readonly InstrumentVersion Rc = RelationalCoordinationInstrument.Create(1, DateTime.UtcNow).Versions[0];

    [Fact]
    public void The_relational_coordination_instrument_has_the_seven_dimensions_and_an_optional_comment()
    {
        Assert.Equal(RcItems.Keys, Rc.Items.Where(i => i.Kind == ItemKind.Scale).OrderBy(i => i.Position).Select(i => i.Key));
        Assert.All(Rc.Items.Where(i => i.Kind == ItemKind.Scale), i => Assert.Equal((1, 5, false), (i.ScaleMin, i.ScaleMax, i.ReverseCoded)));
        var comment = Assert.Single(Rc.Items, i => i.Kind == ItemKind.FreeText);
        Assert.False(comment.Required);
        Assert.Equal(["communication", "relationships"], Rc.Composites.Select(c => c.Key));
        Assert.Equal(RcItems.Keys.Order(), Rc.Composites.SelectMany(c => c.Keys).Order()); // each dimension in exactly one composite
    }

    [Theory]
    [InlineData("en")]
    [InlineData("fr")]
    [InlineData("es")]
    public void Every_item_is_written_in_every_language_with_a_label_for_every_point(string language)
    {
        Assert.Contains(Rc.Texts, t => t.Language == language && t.Title.Length > 0 && t.Introduction.Contains("{process}", StringComparison.Ordinal));
        foreach (var item in Rc.Items)
        {
            var text = Assert.Single(item.Translations, t => t.Language == language);
            Assert.Contains("{process}", text.Text, StringComparison.Ordinal);
            if (item.Kind == ItemKind.Scale)
            {
                Assert.Equal(5, text.AnchorLabels.Count);
                Assert.All(text.AnchorLabels, a => Assert.False(string.IsNullOrWhiteSpace(a)));
            }
        }
        // Translations are translations, not copies of the English.
        if (language != "en")
        {
            Assert.All(Rc.Items, i => Assert.NotEqual(i.TextFor("en").Text, i.TextFor(language).Text));
        }
    }

    [Fact]
    public void A_reverse_coded_item_is_scored_from_the_other_end()
    {
        var item = new Item { Key = "blame", ScaleMin = 1, ScaleMax = 5, ReverseCoded = true };
        Assert.Equal([5, 4, 3, 2, 1], Enumerable.Range(1, 5).Select(item.Scored));
        Assert.Equal(3, new Item { Key = "x", ScaleMin = 0, ScaleMax = 6 }.Scored(3));
        Assert.Equal(6, new Item { Key = "x", ScaleMin = 0, ScaleMax = 6, ReverseCoded = true }.Scored(0));
        Assert.False(item.InRange(0));
        Assert.False(item.InRange(6));
        Assert.True(item.InRange(5));
    }

    [Theory]
    [InlineData(null, "en")]
    [InlineData("", "en")]
    [InlineData("fr-CA,fr;q=0.9,en;q=0.8", "fr")]
    [InlineData("de-DE,es;q=0.5,fr;q=0.4", "es")]
    [InlineData("de, pt", "en")]
    [InlineData("en;q=0.2, es;q=0.9", "es")]
    public void The_respondents_language_comes_from_accept_language(string? header, string expected) =>
        Assert.Equal(expected, SurveyLanguages.FromAcceptLanguage(header));
}
