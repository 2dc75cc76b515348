using System.Security.Claims;
using LearningLoop.Core.Search;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LearningLoop.Web.Features.Search;

/// <summary><c>GET /api/v1/search</c>: everything the caller may see that matches every word (prefixes match), grouped
/// by kind, best first, with the matched words marked in escaped HTML.</summary>
public static class SearchApi
{
    public sealed record SearchResultDto(int Id, string Title, string Url, string Detail, string TitleHtml, string SnippetHtml, double Rank);

    public sealed record SearchGroupDto(string Kind, string Label, IReadOnlyList<SearchResultDto> Results);

    public sealed record SearchDto(string Query, IReadOnlyList<string> Words, IReadOnlyList<SearchGroupDto> Groups);

    public static RouteGroupBuilder MapSearchApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/search", SearchAsync).WithTags("Search")
            .WithSummary("Search initiatives, measures, lessons, units and people you may see; q required (at most 200 characters), "
                + "kinds a comma-separated subset, limit per kind 1–50 (default 10)");
        return api;
    }

    public static async Task<Results<Ok<SearchDto>, ValidationProblem>> SearchAsync(
        string? q, string? kinds, int? limit, ClaimsPrincipal user, SearchQueries queries, CancellationToken ct)
    {
        var (request, errors) = SearchRequest.Check(q, kinds);
        if (request is null) return TypedResults.ValidationProblem(errors);
        var groups = await queries.FindAsync(request.Terms, request.Kinds, user, Math.Clamp(limit ?? 10, 1, 50), ct);
        return TypedResults.Ok(new SearchDto(q!, request.Terms.Words, groups.Select(g => new SearchGroupDto(SearchKinds.Name(g.Kind), g.Label,
            g.Results.Select(r => new SearchResultDto(r.Id, r.Title, r.Url, r.Detail, MatchHighlight.ToHtml(r.TitleParts),
                MatchHighlight.ToHtml(r.Snippet), r.Rank)).ToList())).ToList()));
    }
}
