using Microsoft.EntityFrameworkCore;

namespace LearningLoop.Core.Persistence;

/// <summary>Web nodes started together on one empty PostgreSQL database all find it empty; seeding the demo under a
/// session advisory lock makes the second node wait, then find the first one's demo and seed nothing. (Migrations need no
/// such lock: EF Core takes its own migration lock.) SQLite has one process per file and needs none.</summary>
public static class SeedingLock
{
    // Any fixed 64-bit key; other applications on the same database use other keys.
    private const long Key = 0x4C4C_5345_4544; // "LLSEED"

    public static async Task<T> HoldingAsync<T>(LearningLoopDbContext db, Func<Task<T>> seed, CancellationToken ct = default)
    {
        if (!db.Database.IsNpgsql()) return await seed();
        // The lock belongs to the session, so the connection stays open (and EF Core uses it) until it is released.
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_lock({Key})", ct);
            try
            {
                return await seed();
            }
            finally
            {
                await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_unlock({Key})", CancellationToken.None);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
