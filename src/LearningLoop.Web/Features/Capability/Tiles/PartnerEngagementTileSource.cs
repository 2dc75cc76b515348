using LearningLoop.Core.Improvement;
using LearningLoop.Core.Partners;
using LearningLoop.Core.Persistence;
using LearningLoop.Web.Features.Partners;
using Microsoft.EntityFrameworkCore;

namespace LearningLoop.Web.Features.Capability.Tiles;

/// <summary>Partner engagement: how many initiatives under way have a patient partner, at which level (the highest of
/// their partners', as the initiative's partnership page reads it) and the warning signs of tokenism
/// (<see cref="EngagementQueries"/>, issue 10). Every reader of this page (administrators, improvement leads, managers)
/// is also a reader of those warnings.</summary>
public sealed class PartnerEngagementTileSource(LearningLoopDbContext db, GlanceActiveInitiatives active, EngagementQueries engagement)
    : IGlanceTileSource
{
    public int Order => 30;

    public async Task<GlanceTile> TileAsync(GlanceScope scope, CancellationToken ct)
    {
        var initiatives = await active.InAsync(scope, ct);
        if (initiatives.Count == 0)
        {
            return new GlanceTile("partner-engagement", Title, false, null, "No initiative is under way here.", "/partners", "Patient partners");
        }
        var ids = initiatives.Select(i => i.Id).ToList();
        // Only initiatives with a partner are read in full: their engagement, meetings and decisions make the warnings.
        var withPartner = await db.PartnerEngagements.Where(e => ids.Contains(e.InitiativeId)).Select(e => e.InitiativeId)
            .Union(db.TeamMembers.Where(t => ids.Contains(t.InitiativeId) && t.Role == TeamRole.PatientPartner).Select(t => t.InitiativeId))
            .ToListAsync(ct);
        var read = new Dictionary<int, EngagementDto>();
        foreach (var id in withPartner.Order())
        {
            if (await engagement.LoadAsync(id, withWarnings: true, ct) is { Level: not null } dto) read[id] = dto;
        }
        var levels = Enum.GetValues<EngagementLevel>().Reverse()
            .Select(l => (Level: l, Count: read.Values.Count(d => d.Level == l))).Where(x => x.Count > 0)
            .Select(x => $"{PartnershipLabels.Level(x.Level).ToLowerInvariant()} on {x.Count}");
        var warnings = read.Values.Sum(d => d.Warnings?.Count ?? 0);
        var summary = read.Count == 0
            ? "No initiative under way here has a patient partner yet."
            : $"Initiatives under way with a patient partner: {string.Join(", ", levels)}. "
              + (warnings == 0 ? "No warning sign of tokenism." : $"{Signs(warnings)} of tokenism:");
        var items = read.Values.Where(d => d.Warnings is { Count: > 0 })
            .Select(d => new GlanceLink($"{initiatives.First(i => i.Id == d.InitiativeId).Title}: {Signs(d.Warnings!.Count).ToLowerInvariant()}",
                $"/initiatives/{d.InitiativeId}/partnership"))
            .ToList();
        return new GlanceTile("partner-engagement", Title, true, $"{read.Count} of {initiatives.Count}", summary, "/partners", "Patient partners",
            Rows: GlanceActiveInitiatives.Rows(scope, initiatives, here =>
                $"{here.Count(i => read.ContainsKey(i.Id))} of {here.Count} with a partner"
                + (here.Sum(i => read.GetValueOrDefault(i.Id)?.Warnings?.Count ?? 0) is var w and > 0 ? $" · {Signs(w).ToLowerInvariant()}" : "")),
            Items: items);
    }

    private const string Title = "Partner engagement";

    private static string Signs(int n) => n == 1 ? "1 warning sign" : $"{n} warning signs";
}
