using LearningLoop.Core.Persistence;
using LearningLoop.Web.Features.Initiatives;
using Microsoft.EntityFrameworkCore;

namespace LearningLoop.Web.Features.Surveys;

/// <summary>Survey waves on the unit and initiative timelines, so a team sees when relational coordination (or culture)
/// was measured beside what it changed. Only the wave itself: no result, so nothing here needs suppression.</summary>
public sealed class SurveyWavesTimelineSource(LearningLoopDbContext db) : ITimelineSource
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
            .Select(w => new { w.Id, w.Name, w.Opens, w.Closes, w.ClosedEarlyOn, w.FocalWorkProcess, Instrument = w.InstrumentVersion!.Instrument!.Name })
            .ToListAsync(ct);
        return waves.Select(w => new TimelineEntry(w.Opens, w.ClosedEarlyOn is { } early && early < w.Closes ? early : w.Closes, TimelineKind.SurveyWave, w.Name,
                w.FocalWorkProcess.Length > 0 ? $"{w.Instrument} · {w.FocalWorkProcess}" : w.Instrument, $"/surveys/waves/{w.Id}/results", null))
            .ToList();
    }
}
