using LearningLoop.Core.Search;

namespace LearningLoop.Web.Features.Search;

/// <summary>One record found: its name and a snippet with the matched words marked, where to open it, and a detail line
/// (phase, owner, division, workgroup) that helps tell similar names apart.</summary>
public sealed record SearchResult(
    int Id, string Title, string Url, string Detail, IReadOnlyList<HighlightPart> TitleParts, IReadOnlyList<HighlightPart> Snippet, double Rank);

/// <summary>The results of one kind, best first.</summary>
public sealed record SearchGroup(SearchKind Kind, IReadOnlyList<SearchResult> Results)
{
    public string Label => SearchKinds.Label(Kind);
}

/// <summary>The kinds a search looks through, by name (as the API's <c>kinds</c> spells them) and as headings.</summary>
public static class SearchKinds
{
    public static string Name(SearchKind kind) => kind.ToString().ToLowerInvariant();

    public static string Label(SearchKind kind) => kind switch
    {
        SearchKind.Initiatives => "Initiatives",
        SearchKind.Measures => "Measures",
        SearchKind.Lessons => "Lessons learned",
        SearchKind.Units => "Units",
        _ => "People",
    };

    /// <summary>A comma-separated list of kind names, or every kind when empty; null when a name is unknown.</summary>
    public static IReadOnlyList<SearchKind>? Parse(string? kinds)
    {
        if (string.IsNullOrWhiteSpace(kinds)) return Enum.GetValues<SearchKind>();
        var parsed = new List<SearchKind>();
        foreach (var name in kinds.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var kind = Enum.GetValues<SearchKind>().Where(k => string.Equals(Name(k), name, StringComparison.OrdinalIgnoreCase)).Select(k => (SearchKind?)k).FirstOrDefault();
            if (kind is null) return null;
            if (!parsed.Contains(kind.Value)) parsed.Add(kind.Value);
        }
        return parsed.Order().ToList();
    }
}
