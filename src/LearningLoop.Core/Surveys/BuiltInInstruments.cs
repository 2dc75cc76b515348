using LearningLoop.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LearningLoop.Core.Surveys;

/// <summary>Gives an organisation the instruments LearningLoop ships, the first time it needs them.</summary>
public sealed class BuiltInInstruments(LearningLoopDbContext db, TimeProvider clock)
{
    public Task<Instrument> EnsureRelationalCoordinationAsync(int organisationId, CancellationToken ct = default) =>
        EnsureAsync(organisationId, RelationalCoordinationInstrument.Key, RelationalCoordinationInstrument.Create, ct);

    public Task<Instrument> EnsureSafetyCultureAsync(int organisationId, CancellationToken ct = default) =>
        EnsureAsync(organisationId, SafetyCultureInstrument.Key, SafetyCultureInstrument.Create, ct);

    private async Task<Instrument> EnsureAsync(int organisationId, string key, Func<int, DateTime, Instrument> create, CancellationToken ct)
    {
        var existing = await FindAsync(organisationId, key, ct);
        if (existing is not null)
        {
            return existing;
        }
        var instrument = create(organisationId, clock.GetUtcNow().UtcDateTime);
        db.Instruments.Add(instrument);
        return await db.SaveUnlessMadeMeanwhileAsync(ct) ? instrument
            : await FindAsync(organisationId, key, ct) ?? throw new InvalidOperationException($"The {key} instrument could not be made.");
    }

    private Task<Instrument?> FindAsync(int organisationId, string key, CancellationToken ct) =>
        db.Instruments.Include(i => i.Versions).FirstOrDefaultAsync(i => i.OrganisationId == organisationId && i.Key == key, ct);
}
