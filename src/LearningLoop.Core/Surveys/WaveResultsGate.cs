using LearningLoop.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LearningLoop.Core.Surveys;

/// <summary>The one check that every view of a wave's results goes through: the API (an endpoint filter answering 409),
/// the pages (which say when results appear), the exports, and the report builders themselves (which refuse an open
/// wave outright, so a new view that forgot the check fails loudly instead of leaking). Reuse it for any new kind of
/// survey result: call <see cref="ForWaveAsync"/> before building anything, or <see cref="EnsureAvailable"/> inside a
/// builder. Reads through the tenancy filter: another organisation's wave is not found (null).</summary>
public sealed class WaveResultsGate(LearningLoopDbContext db, TimeProvider clock)
{
    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    /// <summary>Whether the wave's results may be shown; null when there is no such wave in the caller's organisation.</summary>
    public async Task<ResultsAvailability?> ForWaveAsync(int waveId, CancellationToken ct = default)
    {
        var wave = await db.Waves.AsNoTracking().FirstOrDefaultAsync(w => w.Id == waveId, ct);
        return wave is null ? null : Of(wave);
    }

    public ResultsAvailability Of(Wave wave) => ResultsAvailability.Of(wave, Today);

    /// <summary>True when the wave is closed, so its answers may take part in results (its own, a change series, or the
    /// organisation's pooled figures).</summary>
    public bool IsClosed(Wave wave) => Of(wave).Available;

    /// <summary>For report builders: refuse to compute results of a wave that is not closed. Callers check
    /// <see cref="ForWaveAsync"/> first and answer plainly; reaching this with an open wave is a bug.</summary>
    public void EnsureAvailable(Wave wave)
    {
        if (!IsClosed(wave))
        {
            throw new InvalidOperationException($"Results of wave {wave.Id} were asked for while it is not closed: check WaveResultsGate first.");
        }
    }
}
