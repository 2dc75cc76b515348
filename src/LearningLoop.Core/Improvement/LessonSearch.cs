using System.Text.RegularExpressions;
using LearningLoop.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LearningLoop.Core.Improvement;

/// <summary>Full-text search over lessons learned, with each database's own engine: SQLite's FTS5 (an external-content
/// table kept in step by triggers, BM25 ranking, Porter stemming) and PostgreSQL's tsvector (a generated, weighted
/// column with a GIN index, ts_rank). Both are created by the AddImprovement migrations (decision 0006). The words
/// typed are reduced to letters and digits before they reach either query language, so no input can break the query.</summary>
public sealed partial class LessonSearch(LearningLoopDbContext db)
{
    private const int MaxTerms = 16;

    /// <summary>Common English words that carry no meaning for "similar lessons"; PostgreSQL drops them itself.</summary>
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "has", "have", "in", "into", "is", "it", "its", "of",
        "on", "or", "our", "so", "that", "the", "their", "this", "to", "was", "we", "were", "what", "when", "which", "who",
        "will", "with", "more", "less", "than", "not", "no", "all", "can", "how", "why", "per", "after", "before",
    };

    /// <summary>The lessons matching <paramref name="query"/>, best first. <see cref="LessonMatch.All"/> wants every word
    /// (a search box); <see cref="LessonMatch.Any"/> ranks by how many words match (lessons similar to a text).</summary>
    public async Task<IReadOnlyList<LessonHit>> SearchAsync(string? query, LessonMatch match = LessonMatch.All, int take = 20, CancellationToken ct = default)
    {
        var terms = Terms(query, match);
        if (terms.Count == 0)
        {
            return [];
        }
        var all = db.Scope.IsSystem;
        var organisation = db.Scope.OrganisationId;
        var hits = db.Database.IsNpgsql()
            ? await db.Database.SqlQuery<LessonHit>($"""
                SELECT l."Id" AS "Id", ts_rank(l."SearchVector", q)::double precision AS "Rank"
                FROM "Lessons" l, to_tsquery('english', {PostgresQuery(terms, match)}) q
                WHERE ({all} OR l."OrganisationId" = {organisation}) AND l."SearchVector" @@ q
                ORDER BY "Rank" DESC, l."Id" DESC
                LIMIT {take}
                """).ToListAsync(ct)
            : await db.Database.SqlQuery<LessonHit>($"""
                SELECT l."Id" AS "Id", -bm25("LessonSearch", 10.0, 1.0, 5.0) AS "Rank"
                FROM "LessonSearch" JOIN "Lessons" l ON l."Id" = "LessonSearch".rowid
                WHERE "LessonSearch" MATCH {SqliteQuery(terms, match)} AND ({all} OR l."OrganisationId" = {organisation})
                ORDER BY "Rank" DESC, l."Id" DESC
                LIMIT {take}
                """).ToListAsync(ct);
        return hits;
    }

    /// <summary>The matching lessons themselves, best first, read through the tenancy filter.</summary>
    public async Task<List<Lesson>> FindAsync(string? query, LessonMatch match = LessonMatch.All, int take = 20, CancellationToken ct = default)
    {
        var hits = await SearchAsync(query, match, take, ct);
        var ids = hits.Select(h => h.Id).ToList();
        var lessons = await db.Lessons.AsNoTracking().Where(l => ids.Contains(l.Id)).ToDictionaryAsync(l => l.Id, ct);
        return hits.Where(h => lessons.ContainsKey(h.Id)).Select(h => lessons[h.Id]).ToList();
    }

    /// <summary>The words of a query: letters and digits only, lower case, at most <see cref="MaxTerms"/>. For "any"
    /// matching, stop words and one- or two-letter words are left out so that they do not make everything similar.</summary>
    public static IReadOnlyList<string> Terms(string? query, LessonMatch match) =>
        Word().Matches(query ?? "").Select(m => m.Value.ToLowerInvariant())
            .Where(t => match == LessonMatch.All || (t.Length > 2 && !StopWords.Contains(t)))
            .Distinct(StringComparer.Ordinal).Take(MaxTerms).ToList();

    /// <summary>FTS5: each word a quoted prefix token ("huddl"*), joined by AND (implicit) or OR.</summary>
    internal static string SqliteQuery(IReadOnlyList<string> terms, LessonMatch match) =>
        string.Join(match == LessonMatch.All ? " " : " OR ", terms.Select(t => $"\"{t}\"*"));

    /// <summary>tsquery: each word a prefix lexeme (huddl:*), joined by &amp; or |.</summary>
    internal static string PostgresQuery(IReadOnlyList<string> terms, LessonMatch match) =>
        string.Join(match == LessonMatch.All ? " & " : " | ", terms.Select(t => t + ":*"));

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();
}

public enum LessonMatch
{
    All,
    Any,
}

/// <summary>A lesson found, with its relevance (higher is better; comparable within one search only).</summary>
public sealed class LessonHit
{
    public int Id { get; set; }
    public double Rank { get; set; }
}
