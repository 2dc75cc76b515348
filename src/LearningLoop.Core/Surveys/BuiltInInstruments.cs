using LearningLoop.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LearningLoop.Core.Surveys;

/// <summary>Gives an organisation the instruments LearningLoop ships, the first time it needs them.</summary>
public sealed class BuiltInInstruments(LearningLoopDbContext db, TimeProvider clock)
{
    public async Task<Instrument> EnsureRelationalCoordinationAsync(int organisationId, CancellationToken ct = default)
    {
        var existing = await db.Instruments.Include(i => i.Versions)
            .FirstOrDefaultAsync(i => i.OrganisationId == organisationId && i.Key == RelationalCoordinationInstrument.Key, ct);
        if (existing is not null)
        {
            return existing;
        }
        var instrument = RelationalCoordinationInstrument.Create(organisationId, clock.GetUtcNow().UtcDateTime);
        db.Instruments.Add(instrument);
        await db.SaveChangesAsync(ct);
        return instrument;
    }
}
