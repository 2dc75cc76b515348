using System.Globalization;
using LearningLoop.Core.Persistence;
using LearningLoop.Core.Surveys;
using Microsoft.EntityFrameworkCore;

namespace LearningLoop.Web.Features.Capability.Tiles;

/// <summary>Safety culture: "communication about error" as percent positive in the latest closed safety-culture wave
/// that surveyed the scope, with its change from the previous wave of the same units (the product notes' 69.5% → 70.6%)
/// and the weakest composite. Figures come from <see cref="PercentPositiveReport"/>, so its suppression holds: a unit of
/// fewer respondents than the minimum cell size, or a whole wave that would give one away, shows no figure here either.
/// A scope that holds every surveyed unit reads the whole wave; a smaller one (a unit) reads its own group.</summary>
public sealed class SafetyCultureTileSource(LearningLoopDbContext db, PercentPositiveReport report, TimeProvider clock) : IGlanceTileSource
{
    /// <summary>The composite the tile leads with: how openly errors are talked about, the product notes' culture measure.</summary>
    public const string HeadlineComposite = "communication-about-error";

    public int Order => 20;

    public async Task<GlanceTile> TileAsync(GlanceScope scope, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var scopeUnits = scope.UnitIds.ToHashSet();
        var waves = (await db.Waves.AsNoTracking().Where(w => w.InstrumentVersion!.Instrument!.Key == SafetyCultureInstrument.Key)
                .OrderByDescending(w => w.Opens).ThenByDescending(w => w.Id).ToListAsync(ct))
            .Where(w => w.StateOn(today) == WaveState.Closed && w.Units.Any(u => scopeUnits.Contains(u.UnitId))).ToList();
        if (waves.Count == 0)
        {
            return new GlanceTile(Key, Title, false, null, "No safety-culture survey has closed here yet.", "/surveys", "Surveys");
        }
        var latest = waves[0];
        var href = $"/surveys/waves/{latest.Id}/percent-positive";
        var scores = await report.WaveAsync(latest.Id, ct);
        var group = scores is null ? null : Group(scores, scope, latest);
        if (group is null || group.Suppressed)
        {
            return new GlanceTile(Key, Title, true, null,
                $"{latest.Name}: too few answered here to show a figure (fewer than {scores?.MinCellSize}).", href, "Percent positive");
        }
        var headline = group.Composites.FirstOrDefault(c => c.Key == HeadlineComposite) ?? group.Composites[0];
        var units = latest.Units.Select(u => u.UnitId).Order().ToList();
        var earlier = waves.Skip(1).FirstOrDefault(w => w.Units.Select(u => u.UnitId).Order().SequenceEqual(units));
        var change = "";
        if (earlier is not null && await report.WaveAsync(earlier.Id, ct) is { } before
            && Group(before, scope, earlier) is { Suppressed: false } was && was.Composites.FirstOrDefault(c => c.Key == headline.Key)?.Percent is { } then
            && headline.Percent is { } now)
        {
            change = $" {now - then:+0.0;-0.0;0.0} points since {earlier.Name}.";
        }
        var weakest = group.Composites.Where(c => c.Percent is not null).MinBy(c => c.Percent);
        var summary = $"{headline.Name}, {latest.Name} ({group.Respondents} respondents).{change}"
            + (weakest is null ? "" : $" Weakest composite: {weakest.Name} ({Pct(weakest.Percent)}).");
        return new GlanceTile(Key, Title, true, Pct(headline.Percent), summary, href, "Percent positive",
            Rows: scope.Children.Select(c => new GlanceTileRow(c.Name, Child(scores!, c, latest, headline.Key), c.Href)).ToList());
    }

    private const string Key = "safety-culture";
    private const string Title = "Safety culture";

    /// <summary>The whole wave when the scope holds every surveyed unit; otherwise the scope's one unit's group (null when
    /// the scope is a part of the wave that is not one unit: parts of a wave are not pooled here).</summary>
    private static PercentPositiveGroup? Group(PercentPositiveWave scores, GlanceScope scope, Wave wave)
    {
        if (wave.Units.All(u => scope.UnitIds.Contains(u.UnitId))) return scores.Overall;
        return scope.UnitIds.Count == 1 ? scores.Units.FirstOrDefault(g => g.Name == scope.Name) : null;
    }

    private static string Child(PercentPositiveWave scores, GlanceChild child, Wave wave, string composite)
    {
        var surveyed = wave.Units.Select(u => u.UnitId).ToList();
        if (!surveyed.Any(child.UnitIds.Contains)) return "–";
        var group = surveyed.All(child.UnitIds.Contains) ? scores.Overall
            : child.UnitIds.Count == 1 ? scores.Units.FirstOrDefault(g => g.Name == child.Name) : null;
        if (group is null) return "see its units";
        return group.Suppressed ? "too few to show" : Pct(group.Composites.FirstOrDefault(c => c.Key == composite)?.Percent);
    }

    private static string Pct(double? v) => v is { } x ? x.ToString("0.0", CultureInfo.InvariantCulture) + "%" : "–";
}
