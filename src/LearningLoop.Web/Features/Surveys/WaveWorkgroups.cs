using LearningLoop.Core.Organisations;
using LearningLoop.Core.Persistence;
using LearningLoop.Core.Surveys;
using Microsoft.EntityFrameworkCore;

namespace LearningLoop.Web.Features.Surveys;

/// <summary>A wave's workgroups, read through the tenancy filter, in the order respondents see them.</summary>
public static class WaveWorkgroups
{
    public static async Task<IReadOnlyList<Workgroup>> InOrderAsync(LearningLoopDbContext db, Wave wave, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(wave);
        var ids = wave.WorkgroupIdsInOrder.ToList();
        var found = await db.Workgroups.AsNoTracking().Where(w => ids.Contains(w.Id)).ToDictionaryAsync(w => w.Id, ct);
        return ids.Where(found.ContainsKey).Select(id => found[id]).ToList();
    }
}
