using LearningLoop.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LearningLoop.Core.Surveys;

/// <summary>Who a wave surveys: the people of its units whose workgroup is one of its workgroups. Response rates count
/// them as eligible and a kiosk may hand out no more forms than there are of them (plus the organisation's margin).
/// Reads across the tenancy filter on purpose (the anonymous kiosk has no organisation scope) and filters by the wave's
/// organisation itself.</summary>
public static class WavePopulation
{
    /// <summary>One person on one unit of the wave (someone on two of its units appears twice).</summary>
    public sealed record Membership(int PersonId, int UnitId, int WorkgroupId);

    /// <summary>The wave's memberships, filtered in the database.</summary>
    public static IQueryable<Organisations.PersonUnit> Query(LearningLoopDbContext db, Wave wave)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(wave);
        var units = wave.Units.Select(u => u.UnitId).ToList();
        var workgroups = wave.Workgroups.Select(w => w.WorkgroupId).ToList();
        return db.PersonUnits.IgnoreQueryFilters().AsNoTracking()
            .Where(m => m.Person!.OrganisationId == wave.OrganisationId && units.Contains(m.UnitId)
                && m.Person.WorkgroupId != null && workgroups.Contains(m.Person.WorkgroupId.Value));
    }

    public static async Task<List<Membership>> ListAsync(LearningLoopDbContext db, Wave wave, CancellationToken ct = default) =>
        (await Query(db, wave).Select(m => new { m.PersonId, m.UnitId, Workgroup = m.Person!.WorkgroupId!.Value }).ToListAsync(ct))
            .Select(m => new Membership(m.PersonId, m.UnitId, m.Workgroup)).ToList();

    /// <summary>How many different people the wave surveys.</summary>
    public static Task<int> CountAsync(LearningLoopDbContext db, Wave wave, CancellationToken ct = default) =>
        Query(db, wave).Select(m => m.PersonId).Distinct().CountAsync(ct);
}
