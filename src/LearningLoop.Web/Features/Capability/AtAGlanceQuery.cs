using LearningLoop.Analytics.Improvement;
using LearningLoop.Core.Capability;
using LearningLoop.Core.Improvement;
using LearningLoop.Core.Persistence;
using LearningLoop.Core.Surveys;
using LearningLoop.Web.Features.Initiatives;
using Microsoft.EntityFrameworkCore;

namespace LearningLoop.Web.Features.Capability;

public sealed record GlanceInitiative(PortfolioRow Row, InitiativeProgress Progress);

public sealed record RcTrendPoint(string Wave, DateOnly Opens, double? Overall, int WaveId);

public sealed record RcTrendSeries(string Unit, IReadOnlyList<RcTrendPoint> Points);

public sealed record GlanceAdoption(int InitiativeId, string Initiative, string Unit, string? From, DateOnly On);

public sealed record GlanceLink(string Name, string Href);

/// <summary>Everything one at-a-glance page shows, for one scope.</summary>
public sealed record AtAGlance(
    GlanceScope Scope, GlanceLink? Parent, IReadOnlyList<GlanceLink> Children, IReadOnlyList<GlanceInitiative> Initiatives,
    IReadOnlyList<RcTrendSeries> RcTrend, CapabilityResult? Capability, IReadOnlyList<GlanceAdoption> Spread, IReadOnlyList<GlanceTile> Tiles);

/// <summary>Builds the at-a-glance page for the organisation, a division or a unit: active initiatives with their
/// progress and signals, relational coordination over closed waves, the latest closed capability assessment (over the
/// scope's respondents only, suppressed anew), practices spreading, and the tiles other capabilities fill.</summary>
public sealed class AtAGlanceQuery(
    LearningLoopDbContext db, InitiativePortfolio portfolio, InitiativeProgressQuery progress, CapabilityAssessments capability,
    RcReports rc, IEnumerable<IGlanceTileSource> tiles)
{
    public async Task<GlanceScope?> ScopeAsync(GlanceLevel level, int? id, CancellationToken ct = default)
    {
        // Every unit with its division, once: a hospital has tens of units, and each scope is a cut of this list.
        var units = await db.Units.AsNoTracking().OrderBy(u => u.Name)
            .Select(u => new { u.Id, u.Name, u.DivisionId, Division = u.Division!.Name }).ToListAsync(ct);
        switch (level)
        {
            case GlanceLevel.Division:
                var inDivision = units.Where(u => u.DivisionId == id).ToList();
                var division = inDivision.Count > 0 ? inDivision[0].Division
                    : await db.Divisions.Where(d => d.Id == id).Select(d => d.Name).FirstOrDefaultAsync(ct);
                return division is null ? null : new GlanceScope(level, id, division, inDivision.Select(u => u.Id).ToList(),
                    inDivision.Select(u => new GlanceChild(u.Name, $"/at-a-glance/units/{u.Id}", [u.Id])).ToList());
            case GlanceLevel.Unit:
                var unit = units.FirstOrDefault(u => u.Id == id);
                return unit is null ? null : new GlanceScope(level, unit.Id, unit.Name, [unit.Id], []);
            default:
                var organisation = await db.Organisations.AsNoTracking().Where(o => o.Id == db.Scope.OrganisationId).Select(o => o.Name).FirstAsync(ct);
                var divisions = await db.Divisions.AsNoTracking().OrderBy(d => d.Name).Select(d => new { d.Id, d.Name }).ToListAsync(ct);
                return new GlanceScope(level, null, organisation, units.Select(u => u.Id).ToList(), divisions
                    .Select(d => new GlanceChild(d.Name, $"/at-a-glance/divisions/{d.Id}", units.Where(u => u.DivisionId == d.Id).Select(u => u.Id).ToList()))
                    .ToList());
        }
    }

    public async Task<AtAGlance> BuildAsync(GlanceScope scope, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var (parent, children) = await NavigationAsync(scope, ct);
        var rows = (await portfolio.RowsAsync(new PortfolioFilter(
                scope.Level == GlanceLevel.Division ? scope.Id : null, scope.Level == GlanceLevel.Unit ? scope.Id : null), ct))
            .Where(r => r.Phase is not (InitiativePhase.Idea or InitiativePhase.Closed)).ToList();
        var scores = await progress.ForAsync(rows.Select(r => r.Id).ToList(), ct);
        var initiatives = rows.Select(r => new GlanceInitiative(r, scores[r.Id])).OrderByDescending(i => i.Progress.Score).ToList();
        var sources = new List<GlanceTile>();
        foreach (var source in tiles.OrderBy(t => t.Order))
        {
            sources.Add(await source.TileAsync(scope, ct));
        }
        return new AtAGlance(scope, parent, children, initiatives, await RcTrendAsync(scope, ct),
            await capability.LatestAsync(scope.UnitFilter, ct), await SpreadAsync(scope, ct), sources);
    }

    private async Task<(GlanceLink?, List<GlanceLink>)> NavigationAsync(GlanceScope scope, CancellationToken ct)
    {
        var children = scope.Children.Select(c => new GlanceLink(c.Name, c.Href)).ToList();
        switch (scope.Level)
        {
            case GlanceLevel.Organisation:
                return (null, children);
            case GlanceLevel.Division:
                return (new GlanceLink("Organisation", "/at-a-glance"), children);
            default:
                var division = await db.Units.Where(u => u.Id == scope.Id).Select(u => new { u.DivisionId, u.Division!.Name }).FirstAsync(ct);
                return (new GlanceLink(division.Name, $"/at-a-glance/divisions/{division.DivisionId}"), []);
        }
    }

    /// <summary>Overall relational coordination per unit of the scope, over closed waves only, oldest first. Only the
    /// units' overall scores are computed (<see cref="RcReports.UnitOverallsAsync"/>), not each wave's full report: the
    /// full reports made this tile most of the page's time (docs/performance/at-a-glance.md).</summary>
    private async Task<List<RcTrendSeries>> RcTrendAsync(GlanceScope scope, CancellationToken ct)
    {
        var today = capability.Today;
        var units = scope.UnitIds.ToHashSet();
        var waves = (await db.Waves.AsNoTracking().Where(w => w.InstrumentVersion!.Instrument!.Kind == InstrumentKind.RelationalCoordination)
                .OrderBy(w => w.Opens).ThenBy(w => w.Id).ToListAsync(ct))
            .Where(w => w.StateOn(today) == WaveState.Closed && w.Units.Any(u => units.Contains(u.UnitId))).ToList();
        if (waves.Count == 0) return [];
        var scores = (await rc.UnitOverallsAsync(waves.Select(w => w.Id).ToList(), ct)).Where(s => units.Contains(s.UnitId))
            .ToLookup(s => s.WaveId);
        var points = waves.SelectMany(w => scores[w.Id].Select(s => (s.Unit, Point: new RcTrendPoint(w.Name, w.Opens, s.Overall, w.Id))));
        return points.GroupBy(p => p.Unit, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new RcTrendSeries(g.Key, g.Select(p => p.Point).ToList())).ToList();
    }

    private async Task<List<GlanceAdoption>> SpreadAsync(GlanceScope scope, CancellationToken ct)
    {
        var adoptions = db.Adoptions.AsNoTracking();
        if (scope.Level != GlanceLevel.Organisation)
        {
            adoptions = adoptions.Where(a => scope.UnitIds.Contains(a.UnitId));
        }
        return await adoptions.OrderByDescending(a => a.AdoptedOn).Take(12)
            .Select(a => new GlanceAdoption(a.InitiativeId, a.Initiative!.Title, a.Unit!.Name, a.FromUnit != null ? a.FromUnit.Name : null, a.AdoptedOn))
            .ToListAsync(ct);
    }
}
