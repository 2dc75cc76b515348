using LearningLoop.Web.Features.Partners;

namespace LearningLoop.Web.Features.Capability.Tiles;

/// <summary>Alignment flags: the initiatives under way where a stakeholder group's latest ratings (priority, incentives,
/// barriers, benefit, effort) fall well below the other groups' (<see cref="Alignment.MisalignedAsync"/>, issue 10).</summary>
public sealed class AlignmentTileSource(GlanceActiveInitiatives active, Alignment alignment) : IGlanceTileSource
{
    public int Order => 40;

    public async Task<GlanceTile> TileAsync(GlanceScope scope, CancellationToken ct)
    {
        var initiatives = await active.InAsync(scope, ct);
        var flagged = initiatives.Count == 0 ? [] : await alignment.MisalignedAsync(initiatives.Select(i => i.Id).ToList(), ct);
        if (initiatives.Count == 0)
        {
            return new GlanceTile(Key, Title, false, null, "No initiative is under way here.", "/initiatives", "Initiatives");
        }
        var items = initiatives.Where(i => flagged.ContainsKey(i.Id))
            .Select(i => new GlanceLink($"{i.Title}: {string.Join(", ", flagged[i.Id]).ToLowerInvariant()}", $"/initiatives/{i.Id}/partnership"))
            .ToList();
        var summary = items.Count == 0
            ? $"No stakeholder group's view diverges on the {Count(initiatives.Count)} under way here."
            : $"Of {Count(initiatives.Count)} under way, these have a group rating the work well below the others:";
        return new GlanceTile(Key, Title, true, $"{items.Count} flagged", summary, "/initiatives", "Initiatives and their alignment maps",
            Rows: GlanceActiveInitiatives.Rows(scope, initiatives, here => $"{here.Count(i => flagged.ContainsKey(i.Id))} of {here.Count} flagged"),
            Items: items);
    }

    private const string Key = "alignment";
    private const string Title = "Alignment flags";

    public static string Count(int n) => n == 1 ? "1 initiative" : $"{n} initiatives";
}
