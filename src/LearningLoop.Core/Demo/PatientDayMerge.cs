using LearningLoop.Core.Safety;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace LearningLoop.Core.Demo;

/// <summary>
/// A daily series keeps one row per unit and day. Moved by whole months, the 29th to 31st of a longer month land on the
/// last day of a shorter one; their patient days are added to that day, so every month's total (what rates divide by)
/// stays the story's.
/// </summary>
internal static class PatientDayMerge
{
    public static void Merge(ChangeTracker tracker)
    {
        var added = tracker.Entries<PatientDay>().Where(e => e.State == EntityState.Added).ToList();
        foreach (var group in added.GroupBy(e => (e.Entity.UnitId, e.Entity.Date)).Where(g => g.Count() > 1))
        {
            var kept = group.First();
            foreach (var extra in group.Skip(1))
            {
                kept.Entity.Days += extra.Entity.Days;
                extra.State = EntityState.Detached;
            }
        }
    }
}
