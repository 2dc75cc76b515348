using Microsoft.EntityFrameworkCore;

namespace LearningLoop.Core.Persistence;

public static class DatabaseMigrator
{
    /// <summary>Applies pending migrations, one process at a time (<see cref="StartupLock"/>); creates the SQLite file on
    /// first run.</summary>
    public static Task MigrateAsync(LearningLoopDbContext db, CancellationToken ct = default) =>
        StartupLock.HoldingAsync(db, async () =>
        {
            await db.Database.MigrateAsync(ct);
            return true;
        }, ct);
}
