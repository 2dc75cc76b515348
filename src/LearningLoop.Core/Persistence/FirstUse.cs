using Microsoft.EntityFrameworkCore;

namespace LearningLoop.Core.Persistence;

/// <summary>Records an organisation gets the first time it needs them (built-in instruments, default event types) can be
/// made by two colleagues' requests at once; the second insert then breaks a unique index. The loser forgets its copy and
/// reads the winner's, instead of answering 500 (found by the authorisation matrix, issue 13 item 7).</summary>
public static class FirstUse
{
    /// <summary>Saves the added records; false when another request saved the same ones first (the caller reads again).</summary>
    public static async Task<bool> SaveUnlessMadeMeanwhileAsync(this LearningLoopDbContext db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            foreach (var entry in db.ChangeTracker.Entries().Where(e => e.State == EntityState.Added).ToList()) entry.State = EntityState.Detached;
            return false;
        }
    }
}
