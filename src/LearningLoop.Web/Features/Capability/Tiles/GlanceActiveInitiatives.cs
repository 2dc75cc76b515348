using LearningLoop.Core.Improvement;
using LearningLoop.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LearningLoop.Web.Features.Capability.Tiles;

/// <summary>An initiative under way in a scope, with the units it runs on.</summary>
public sealed record GlanceActiveInitiative(int Id, string Title, IReadOnlyList<int> UnitIds);

/// <summary>The initiatives under way (neither an idea nor closed) in a scope, as the partner and alignment tiles count them:
/// those running on at least one of the scope's units, or every one for the organisation (an initiative on no unit yet
/// is the organisation's).</summary>
public sealed class GlanceActiveInitiatives(LearningLoopDbContext db)
{
    public async Task<List<GlanceActiveInitiative>> InAsync(GlanceScope scope, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var query = db.Initiatives.AsNoTracking().Where(i => i.Phase != InitiativePhase.Idea && i.Phase != InitiativePhase.Closed);
        if (scope.UnitFilter is { } units) query = query.Where(i => i.Units.Any(u => units.Contains(u.UnitId)));
        var rows = await query.OrderBy(i => i.Title).Select(i => new { i.Id, i.Title, Units = i.Units.Select(u => u.UnitId).ToList() }).ToListAsync(ct);
        return rows.Select(r => new GlanceActiveInitiative(r.Id, r.Title, r.Units)).ToList();
    }

    /// <summary>One row per place one level down: the initiatives running there, told by <paramref name="value"/>.</summary>
    public static List<GlanceTileRow> Rows(GlanceScope scope, IReadOnlyList<GlanceActiveInitiative> initiatives,
        Func<IReadOnlyList<GlanceActiveInitiative>, string> value)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return scope.Children.Select(c =>
        {
            var here = initiatives.Where(i => i.UnitIds.Any(c.UnitIds.Contains)).ToList();
            return new GlanceTileRow(c.Name, here.Count == 0 ? "–" : value(here), c.Href);
        }).ToList();
    }
}
