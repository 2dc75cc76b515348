using Microsoft.EntityFrameworkCore;

namespace LearningLoop.Core.Persistence;

public static class DatabaseMigrator
{
    /// <summary>Applies pending migrations; creates the SQLite file on first run.</summary>
    public static Task MigrateAsync(LearningLoopDbContext db, CancellationToken ct = default) => db.Database.MigrateAsync(ct);
}
