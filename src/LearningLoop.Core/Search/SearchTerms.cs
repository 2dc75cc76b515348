using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace LearningLoop.Core.Search;

/// <summary>The words of a search as the indexes hold them: letters and digits only, lower case, diacritics folded
/// ("Hélène" is "helene"), at most <see cref="MaxTerms"/>. Nothing else of the input reaches a query language, and each
/// word is quoted for FTS5, so input such as <c>"</c>, <c>NEAR(</c>, <c>*</c> or <c>:</c> cannot change a query.</summary>
public sealed partial class SearchTerms
{
    public const int MaxTerms = 12;

    /// <summary>Longer input is refused (400) before it is read: a search box needs no more.</summary>
    public const int MaxQueryLength = 200;

    private SearchTerms(IReadOnlyList<string> words) => Words = words;

    public IReadOnlyList<string> Words { get; }

    public bool IsEmpty => Words.Count == 0;

    public static SearchTerms Parse(string? query) =>
        new(Word().Matches((query ?? "").Normalize()).Select(m => Fold(m.Value)).Where(w => w.Length > 0)
            .Distinct(StringComparer.Ordinal).Take(MaxTerms).ToList());

    /// <summary>Lower case without combining marks, as FTS5's <c>remove_diacritics 2</c> and the PostgreSQL columns'
    /// translate() hold words.</summary>
    public static string Fold(string word)
    {
        var decomposed = word.Normalize(NormalizationForm.FormD);
        var kept = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) kept.Append(c);
        }
        return kept.ToString().Normalize(NormalizationForm.FormC).ToLowerInvariant();
    }

    /// <summary>FTS5 MATCH: every word a quoted prefix ("hud"*), all required; with <paramref name="column"/>, each
    /// word must be found in that column (<c>"Name" : "hud"*</c>).</summary>
    public string Fts5(string? column = null) =>
        string.Join(" AND ", Words.Select(w => column is null ? $"\"{w}\"*" : $"\"{column}\" : \"{w}\"*"));

    /// <summary>to_tsquery: every word a prefix lexeme (hud:*), all required; with <paramref name="weights"/> (e.g. "A"),
    /// only words of those weights count.</summary>
    public string TsQuery(string weights = "") => string.Join(" & ", Words.Select(w => $"{w}:*{weights}"));

    /// <summary>Does a word of a text match one of the search words, as the indexes match (a prefix of the folded word)?</summary>
    public bool Matches(string word)
    {
        var folded = Fold(word);
        return Words.Any(w => folded.StartsWith(w, StringComparison.Ordinal));
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    internal static partial Regex Word();
}
