using LearningLoop.Core.Persistence;
using LearningLoop.Core.Surveys;
using LearningLoop.Web.Features.Initiatives;
using LearningLoop.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LearningLoop.Web.Features.Surveys;

/// <summary>Survey waves on the unit and initiative timelines, so a team sees when relational coordination (or culture)
/// was measured beside what it changed. Only the wave itself: no result, so nothing here needs suppression. A closed wave
/// links to its results, an open one to its page (its results are not shown until it closes).</summary>
public sealed class SurveyWavesTimelineSource(LearningLoopDbContext db, TimeProvider clock, PageLinks links) : ITimelineSource
{
    public async Task<IReadOnlyList<TimelineEntry>> EntriesAsync(TimelineScope scope, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var units = new List<int>();
        if (scope.UnitId is { } unit) units.Add(unit);
        if (scope.InitiativeId is { } initiative)
        {
            units.AddRange(await db.InitiativeUnits.Where(x => x.InitiativeId == initiative).Select(x => x.UnitId).ToListAsync(ct));
        }
        if (units.Count == 0)
        {
            return [];
        }
        var waves = await db.Waves.Where(w => w.Units.Any(u => units.Contains(u.UnitId)))
            .Include(w => w.InstrumentVersion).ThenInclude(v => v!.Instrument).AsNoTracking().ToListAsync(ct);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var entries = new List<TimelineEntry>();
        foreach (var w in waves)
        {
            entries.Add(new TimelineEntry(w.Opens, w.LastDay, TimelineKind.SurveyWave, w.Name,
                w.FocalWorkProcess.Length > 0 ? $"{w.InstrumentVersion!.Instrument!.Name} · {w.FocalWorkProcess}" : w.InstrumentVersion!.Instrument!.Name,
                await HrefAsync(scope.Viewer, w, today), null));
        }
        return entries;
    }

    /// <summary>The wave's results if they are out and the viewer reads survey results, else its page if the viewer may
    /// open it, else no link: staff see when the team was surveyed, not a page that refuses them.</summary>
    private async Task<string?> HrefAsync(System.Security.Claims.ClaimsPrincipal viewer, Wave wave, DateOnly today)
    {
        if (ResultsAvailability.Of(wave, today).Available && await links.MayOpenAsync<WaveResults>(viewer, wave.Id)) return $"/surveys/waves/{wave.Id}/results";
        return await links.HrefAsync<WaveDetail>(viewer, $"/surveys/waves/{wave.Id}", wave.Id);
    }
}
