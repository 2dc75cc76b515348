using LearningLoop.Core.Persistence;
using LearningLoop.Core.Surveys;
using LearningLoop.Web.Features.Initiatives;
using Microsoft.EntityFrameworkCore;

namespace LearningLoop.Web.Features.Surveys;

/// <summary>Survey waves on the unit and initiative timelines, so a team sees when relational coordination (or culture)
/// was measured beside what it changed. Only the wave itself: no result, so nothing here needs suppression. A closed wave
/// links to its results, an open one to its page (its results are not shown until it closes).</summary>
public sealed class SurveyWavesTimelineSource(LearningLoopDbContext db, TimeProvider clock) : ITimelineSource
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
        return waves.Select(w => new TimelineEntry(w.Opens, w.LastDay, TimelineKind.SurveyWave, w.Name,
                w.FocalWorkProcess.Length > 0 ? $"{w.InstrumentVersion!.Instrument!.Name} · {w.FocalWorkProcess}" : w.InstrumentVersion!.Instrument!.Name,
                ResultsAvailability.Of(w, today).Available ? $"/surveys/waves/{w.Id}/results" : $"/surveys/waves/{w.Id}", null))
            .ToList();
    }
}
