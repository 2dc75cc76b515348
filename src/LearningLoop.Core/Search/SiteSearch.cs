using LearningLoop.Core.Improvement;
using LearningLoop.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LearningLoop.Core.Search;

/// <summary>What a search looks through, in the order results are shown.</summary>
public enum SearchKind
{
    Initiatives,
    Measures,
    Lessons,
    Units,
    People,
}

/// <summary>Full-text search over one kind of record, ranked, with each database's own engine: FTS5 tables over the
/// records (bm25) on SQLite, generated tsvector columns with GIN indexes (ts_rank) on PostgreSQL; both made by the
/// SearchAndWaveTranslations migrations (decision 0031). Lessons are searched through their own index
/// (<see cref="LessonSearch"/>). Only ids and ranks come back, within the request's organisation: callers read the
/// records through the tenancy filter and decide what the person may see of them.</summary>
public sealed class SiteSearch(LearningLoopDbContext db, LessonSearch lessons)
{
    /// <summary>The index of each kind: FTS5 table, source table, bm25 column weights (title first).</summary>
    private static readonly Dictionary<SearchKind, (string Fts, string Table, string Weights)> Indexes = new()
    {
        [SearchKind.Initiatives] = ("InitiativeSearch", "Initiatives", "10.0, 3.0, 1.0"),
        [SearchKind.Measures] = ("MeasureSearch", "Measures", "10.0, 1.0, 1.0"),
        [SearchKind.Units] = ("UnitSearch", "Units", "1.0"),
        [SearchKind.People] = ("PersonSearch", "People", "10.0, 1.0"),
    };

    /// <summary>The best <paramref name="take"/> records of <paramref name="kind"/> matching every word, best first.
    /// <paramref name="namesOnly"/> leaves people's e-mail addresses out of the match (decision 0008).</summary>
    public async Task<IReadOnlyList<SearchHit>> SearchAsync(
        SearchKind kind, SearchTerms terms, int take, bool namesOnly = false, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(terms);
        if (terms.IsEmpty) return [];
        if (kind == SearchKind.Lessons)
        {
            // The lesson index stems English (decision 0006); its own query builder reduces the words the same way.
            var found = await lessons.SearchAsync(string.Join(' ', terms.Words), LessonMatch.All, take, ct);
            return found.Select(h => new SearchHit { Id = h.Id, Rank = h.Rank }).ToList();
        }
        var (fts, table, weights) = Indexes[kind];
        var all = db.Scope.IsSystem;
        var organisation = db.Scope.OrganisationId;
        var nameOnly = namesOnly && kind == SearchKind.People;
        // Table names come from the fixed map above, never from input; the words travel as parameters.
        var sql = db.Database.IsNpgsql()
            ? $$"""
              SELECT t."Id" AS "Id", ts_rank(t."SearchVector", q)::double precision AS "Rank"
              FROM "{{table}}" t, to_tsquery('simple', {0}) q
              WHERE ({1} OR t."OrganisationId" = {2}) AND t."SearchVector" @@ q
              ORDER BY "Rank" DESC, t."Id" DESC
              LIMIT {3}
              """
            : $$"""
              SELECT t."Id" AS "Id", -bm25("{{fts}}", {{weights}}) AS "Rank"
              FROM "{{fts}}" JOIN "{{table}}" t ON t."Id" = "{{fts}}".rowid
              WHERE "{{fts}}" MATCH {0} AND ({1} OR t."OrganisationId" = {2})
              ORDER BY "Rank" DESC, t."Id" DESC
              LIMIT {3}
              """;
        var query = db.Database.IsNpgsql() ? terms.TsQuery(nameOnly ? "A" : "") : terms.Fts5(nameOnly ? "Name" : null);
        var hits = await db.Database.SqlQueryRaw<SearchHit>(sql, query, all, organisation, take).ToListAsync(ct);
        return hits;
    }
}

/// <summary>A record found, with its relevance (higher is better; comparable within one kind of one search only).</summary>
public sealed class SearchHit
{
    public int Id { get; set; }
    public double Rank { get; set; }
}
