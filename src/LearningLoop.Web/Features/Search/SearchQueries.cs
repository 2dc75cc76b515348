using System.Security.Claims;
using LearningLoop.Core.Measures;
using LearningLoop.Core.Persistence;
using LearningLoop.Core.Search;
using LearningLoop.Web.Features.Initiatives;
using LearningLoop.Web.Features.Learning;
using LearningLoop.Web.Features.Organisation;
using Microsoft.EntityFrameworkCore;

namespace LearningLoop.Web.Features.Search;

/// <summary>Search everything the person may see (decision 0031): the indexes find ids within the organisation, then
/// each kind is read through the tenancy filter and the feature's own visibility rules, so that search shows nothing
/// the record's own page or list would not. People: a patient partner's profile only to those who may open it, e-mail
/// addresses neither matched nor shown to those who may not see them (decision 0008).</summary>
public sealed class SearchQueries(LearningLoopDbContext db, SiteSearch search, PeopleVisibility people)
{
    /// <summary>Enough more people are asked for than shown that hidden partner profiles do not empty the list.</summary>
    private const int HiddenPeopleAllowance = 20;

    public async Task<IReadOnlyList<SearchGroup>> FindAsync(
        SearchTerms terms, IReadOnlyList<SearchKind> kinds, ClaimsPrincipal user, int take, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(terms);
        ArgumentNullException.ThrowIfNull(kinds);
        var groups = new List<SearchGroup>();
        foreach (var kind in kinds)
        {
            var namesOnly = !PeopleVisibility.SeesContactDetails(user);
            var hits = await search.SearchAsync(kind, terms, kind == SearchKind.People ? take + HiddenPeopleAllowance : take, namesOnly, ct);
            var ids = hits.Select(h => h.Id).ToList();
            var found = kind switch
            {
                SearchKind.Initiatives => await InitiativesAsync(ids, terms, ct),
                SearchKind.Measures => await MeasuresAsync(ids, terms, ct),
                SearchKind.Lessons => await LessonsAsync(ids, terms, ct),
                SearchKind.Units => await UnitsAsync(ids, terms, ct),
                _ => await PeopleAsync(ids, terms, user, ct),
            };
            var ranked = hits.Where(h => found.ContainsKey(h.Id)).Take(take).Select(h => found[h.Id] with { Rank = h.Rank }).ToList();
            groups.Add(new SearchGroup(kind, ranked));
        }
        return groups;
    }

    private async Task<Dictionary<int, SearchResult>> InitiativesAsync(List<int> ids, SearchTerms terms, CancellationToken ct) =>
        (await db.Initiatives.AsNoTracking().Where(i => ids.Contains(i.Id))
            .Select(i => new { i.Id, i.Title, i.Phase, i.AimStatement, i.Problem }).ToListAsync(ct))
        .ToDictionary(i => i.Id, i => Result(i.Id, i.Title, $"/initiatives/{i.Id}", InitiativeLabels.Phase(i.Phase), terms, i.AimStatement, i.Problem));

    private async Task<Dictionary<int, SearchResult>> MeasuresAsync(List<int> ids, SearchTerms terms, CancellationToken ct) =>
        (await db.Measures.AsNoTracking().Where(m => ids.Contains(m.Id))
            .Select(m => new { m.Id, m.Name, m.OwnerLevel, Unit = m.Unit!.Name, Division = m.Division!.Name, m.OperationalDefinition, m.ValueLabel })
            .ToListAsync(ct))
        .ToDictionary(m => m.Id, m => Result(m.Id, m.Name, $"/measures/{m.Id}",
            m.OwnerLevel switch { MeasureOwnerLevel.Unit => m.Unit, MeasureOwnerLevel.Division => m.Division, _ => "Organisation" } ?? "",
            terms, m.OperationalDefinition, m.ValueLabel));

    private async Task<Dictionary<int, SearchResult>> LessonsAsync(List<int> ids, SearchTerms terms, CancellationToken ct) =>
        (await db.Lessons.AsNoTracking().Where(l => ids.Contains(l.Id)).Select(l => new { l.Id, l.Title, l.RecordedOn, l.Body, l.Tags })
            .ToListAsync(ct))
        .ToDictionary(l => l.Id, l => Result(l.Id, l.Title, $"/lessons/{l.Id}", InitiativeLabels.Date(l.RecordedOn), terms,
            LessonMarkdown.ToPlainText(l.Body), l.Tags));

    private async Task<Dictionary<int, SearchResult>> UnitsAsync(List<int> ids, SearchTerms terms, CancellationToken ct) =>
        (await db.Units.AsNoTracking().Where(u => ids.Contains(u.Id)).Select(u => new { u.Id, u.Name, u.Kind, Division = u.Division!.Name })
            .ToListAsync(ct))
        .ToDictionary(u => u.Id, u => Result(u.Id, u.Name, $"/units/{u.Id}", $"{UnitKinds.Label(u.Kind)} · {u.Division}", terms));

    private async Task<Dictionary<int, SearchResult>> PeopleAsync(List<int> ids, SearchTerms terms, ClaimsPrincipal user, CancellationToken ct)
    {
        var email = PeopleVisibility.SeesContactDetails(user);
        var visible = await people.VisibleAsync(user, ct);
        var found = await visible.AsNoTracking().Where(p => ids.Contains(p.Id))
            .Select(p => new { p.Id, p.Name, p.Level, Workgroup = p.Workgroup!.Name, Email = email ? p.Email : null }).ToListAsync(ct);
        return found.ToDictionary(p => p.Id, p => Result(p.Id, p.Name, $"/people/{p.Id}",
            string.Join(" · ", new[] { p.Workgroup, UnitKinds.Label(p.Level), p.Email }.Where(s => !string.IsNullOrEmpty(s))), terms, p.Email ?? ""));
    }

    /// <summary>The title with its matches marked, and a snippet of the first of <paramref name="texts"/> that holds a
    /// match (none when only the title matched).</summary>
    private static SearchResult Result(int id, string title, string url, string detail, SearchTerms terms, params string[] texts)
    {
        var snippet = texts.Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => MatchHighlight.Parts(t, terms))
            .FirstOrDefault(MatchHighlight.AnyMatched) ?? [];
        return new SearchResult(id, title, url, detail, MatchHighlight.Parts(title, terms, int.MaxValue), snippet, 0);
    }
}
