using LearningLoop.Core.Search;

namespace LearningLoop.Web.Features.Search;

/// <summary>A search as asked (<c>q</c>, <c>kinds</c>), checked once for the page and the API: a query is required and at
/// most <see cref="SearchTerms.MaxQueryLength"/> characters; kinds must be known. Errors are keyed by the field.</summary>
public sealed record SearchRequest(SearchTerms Terms, IReadOnlyList<SearchKind> Kinds)
{
    public static (SearchRequest? Request, Dictionary<string, string[]> Errors) Check(string? q, string? kinds)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(q))
        {
            errors["q"] = ["Type what to search for."];
        }
        else if (q.Length > SearchTerms.MaxQueryLength)
        {
            errors["q"] = [$"Keep the search under {SearchTerms.MaxQueryLength} characters."];
        }
        var parsed = SearchKinds.Parse(kinds);
        if (parsed is null)
        {
            var names = string.Join(", ", Enum.GetValues<SearchKind>().Select(SearchKinds.Name));
            errors["kinds"] = [$"Choose among {names}, separated by commas."];
        }
        return errors.Count > 0 ? (null, errors) : (new SearchRequest(SearchTerms.Parse(q), parsed!), errors);
    }
}
