using System.Text;

namespace LearningLoop.Core.Search;

/// <summary>A piece of a text shown with a search result; <see cref="Matched"/> when it is a word the search matched.</summary>
public sealed record HighlightPart(string Text, bool Matched);

/// <summary>A text cut to a snippet around its first matched word, with the matched words marked. Computed here rather
/// than by FTS5's snippet() or PostgreSQL's ts_headline so that both databases show the same thing, and so that the
/// text is escaped by whoever renders the parts (Razor, or <see cref="ToHtml"/>) rather than trusted with markers.</summary>
public static class MatchHighlight
{
    /// <summary>Characters kept either side of the first match when a text is longer than a snippet.</summary>
    public const int SnippetLength = 180;

    public static IReadOnlyList<HighlightPart> Parts(string text, SearchTerms terms, int maxLength = SnippetLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(terms);
        var words = SearchTerms.Word().Matches(text).Where(m => terms.Matches(m.Value)).ToList();
        var (start, end) = Window(text, words.Count > 0 ? words[0].Index : 0, maxLength);
        var parts = new List<HighlightPart>();
        if (start > 0) parts.Add(new("…", false));
        var at = start;
        foreach (var word in words.Where(w => w.Index >= start && w.Index + w.Length <= end))
        {
            if (word.Index > at) parts.Add(new(text[at..word.Index], false));
            parts.Add(new(word.Value, true));
            at = word.Index + word.Length;
        }
        if (end > at) parts.Add(new(text[at..end], false));
        if (end < text.Length) parts.Add(new("…", false));
        return parts;
    }

    /// <summary>Whether any part is a matched word: a snippet without one is not worth showing.</summary>
    public static bool AnyMatched(IReadOnlyList<HighlightPart> parts) => parts.Any(p => p.Matched);

    /// <summary>HTML-escaped text with matched words in <c>&lt;mark&gt;</c>, for the API.</summary>
    public static string ToHtml(IReadOnlyList<HighlightPart> parts) =>
        string.Concat(parts.Select(p => p.Matched ? $"<mark>{Escape(p.Text)}</mark>" : Escape(p.Text)));

    /// <summary>The five characters that matter in HTML text and attributes; other characters stay as they are (WebUtility
    /// would turn every accented letter into a numeric reference).</summary>
    private static string Escape(string text)
    {
        var html = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            html.Append(c switch { '&' => "&amp;", '<' => "&lt;", '>' => "&gt;", '"' => "&quot;", '\'' => "&#39;", _ => c.ToString() });
        }
        return html.ToString();
    }

    /// <summary>A window of at most <paramref name="maxLength"/> characters that holds the first match with some text
    /// before it, widened to whole words.</summary>
    private static (int Start, int End) Window(string text, int firstMatch, int maxLength)
    {
        if (text.Length <= maxLength) return (0, text.Length);
        var start = Math.Max(0, Math.Min(firstMatch - maxLength / 3, text.Length - maxLength));
        while (start > 0 && !char.IsWhiteSpace(text[start - 1])) start--;
        var end = Math.Min(text.Length, start + maxLength);
        while (end < text.Length && !char.IsWhiteSpace(text[end])) end++;
        return (start, end);
    }
}
