using LearningLoop.Core.Search;

namespace LearningLoop.Core.Tests.Search;

/// <summary>The words of a search as the indexes hold them, the query strings built from them, and the snippet.</summary>
public sealed class SearchTermsTests
{
    [Fact]
    public void Only_letters_and_digits_reach_a_query_folded_and_quoted()
    {
        var terms = SearchTerms.Parse("\"Hélène\" NEAR( 4-West* OR:x");
        Assert.Equal(["helene", "near", "4", "west", "or", "x"], terms.Words);
        Assert.Equal("\"helene\"* AND \"near\"* AND \"4\"* AND \"west\"* AND \"or\"* AND \"x\"*", terms.Fts5());
        Assert.Equal("\"Name\" : \"helene\"* AND \"Name\" : \"near\"* AND \"Name\" : \"4\"* AND \"Name\" : \"west\"* AND \"Name\" : \"or\"* AND \"Name\" : \"x\"*",
            terms.Fts5("Name"));
        Assert.Equal("helene:*A & near:*A & 4:*A & west:*A & or:*A & x:*A", terms.TsQuery("A"));
        Assert.True(SearchTerms.Parse("\" * ( ) : ^").IsEmpty);
        Assert.Equal(SearchTerms.MaxTerms, SearchTerms.Parse(string.Join(' ', Enumerable.Range(0, 40).Select(i => "w" + i))).Words.Count);
    }

    [Fact]
    public void A_snippet_marks_whole_words_that_start_with_a_search_word_and_cuts_round_the_first()
    {
        var terms = SearchTerms.Parse("hud ZÉPH");
        var parts = MatchHighlight.Parts("Daily huddles with Zéphyrin; hudson is not a <b>huddle</b>.", terms);
        Assert.Equal(["huddles", "Zéphyrin", "hudson", "huddle"], parts.Where(p => p.Matched).Select(p => p.Text));
        Assert.Equal("Daily <mark>huddles</mark> with <mark>Zéphyrin</mark>; <mark>hudson</mark> is not a &lt;b&gt;<mark>huddle</mark>&lt;/b&gt;.",
            MatchHighlight.ToHtml(parts));

        var longText = string.Join(' ', Enumerable.Repeat("padding", 80)) + " the huddle " + string.Join(' ', Enumerable.Repeat("tail", 80));
        var cut = MatchHighlight.Parts(longText, terms);
        Assert.Equal("…", cut[0].Text);
        Assert.Equal("…", cut[^1].Text);
        Assert.True(cut.Sum(p => p.Text.Length) <= MatchHighlight.SnippetLength + 20);
        Assert.Contains(cut, p => p.Matched && p.Text == "huddle");
        Assert.False(MatchHighlight.AnyMatched(MatchHighlight.Parts("nothing here", terms)));
    }
}
