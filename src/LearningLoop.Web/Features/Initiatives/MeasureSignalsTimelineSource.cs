using System.Globalization;
using LearningLoop.Core.Measures;
using LearningLoop.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LearningLoop.Web.Features.Initiatives;

/// <summary>SPC signals on the measures in view (an initiative's linked measures, or a unit's own), dated by the first
/// point of the signal, read with the same analysis the measure page uses (<see cref="MeasureAnalysis"/>).</summary>
public sealed class MeasureSignalsTimelineSource(LearningLoopDbContext db) : ITimelineSource
{
    public async Task<IReadOnlyList<TimelineEntry>> EntriesAsync(TimelineScope scope, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var measures = db.Measures.AsQueryable();
        if (scope.InitiativeId is { } initiative)
            measures = measures.Where(m => db.InitiativeMeasures.Any(x => x.InitiativeId == initiative && x.MeasureId == m.Id));
        if (scope.UnitId is { } unit)
            measures = measures.Where(m => m.OwnerLevel == MeasureOwnerLevel.Unit && m.UnitId == unit);
        var loaded = await measures.Include(m => m.Values).Include(m => m.Phases).Include(m => m.Unit)
            .AsSplitQuery().AsNoTracking().ToListAsync(ct);
        var entries = new List<TimelineEntry>();
        foreach (var measure in loaded)
        {
            var reading = MeasureAnalysis.Analyse(measure, measure.Values);
            if (reading.Chart is not { } chart) continue;
            foreach (var signal in reading.Signals)
            {
                if (!DateOnly.TryParseExact(chart.Points[signal.FirstIndex - 1].X, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var from)) continue;
                DateOnly.TryParseExact(chart.Points[signal.LastIndex - 1].X, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var until);
                entries.Add(new TimelineEntry(from, until == default ? null : until, TimelineKind.MeasureSignal, $"Signal on {measure.Name}",
                    signal.Text, $"/measures/{measure.Id}", measure.Unit?.Name));
            }
        }
        return entries;
    }
}
