using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace LearningLoop.Core.Persistence;

/// <summary>Web nodes started together on one PostgreSQL database (and <c>learningloop db migrate</c> run beside them)
/// take turns to migrate and to seed the demo, under one session advisory lock: the second finds the migrations applied
/// and the demo seeded, and does nothing. EF Core's own migration lock was not enough: two nodes on a new database
/// both created the same tables (42P07, decision 0019). SQLite has one process per file and needs no lock.</summary>
public static class StartupLock
{
    // Any fixed 64-bit key; other applications on the same database use other keys.
    private const long Key = 0x4C4C_5354_4152; // "LLSTAR"

    /// <summary>How long a node waits for another's migration and seeding (seeding the demo on a loaded machine has taken
    /// over a minute) before it gives up and stops.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromMinutes(10);

    public static async Task<T> HoldingAsync<T>(LearningLoopDbContext db, Func<Task<T>> work, CancellationToken ct = default)
    {
        if (!db.Database.IsNpgsql()) return await work();
        // Migrating creates a missing database, as EF Core does; the lock needs a connection to it first.
        var creator = db.GetService<IRelationalDatabaseCreator>();
        if (!await creator.ExistsAsync(ct))
        {
            try
            {
                await creator.CreateAsync(ct);
            }
            catch (Npgsql.PostgresException e) when (e.SqlState == Npgsql.PostgresErrorCodes.DuplicateDatabase)
            {
                // Another node created it a moment ago.
            }
        }
        // The lock belongs to the session, so the connection stays open (and EF Core uses it) until it is released.
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await AcquireAsync(db, ct);
            try
            {
                return await work();
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

    // Polls rather than blocking in pg_advisory_lock, which would outlast the command timeout while another node works.
    private static async Task AcquireAsync(LearningLoopDbContext db, CancellationToken ct)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!await db.Database.SqlQuery<bool>($"SELECT pg_try_advisory_lock({Key}) AS \"Value\"").SingleAsync(ct))
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Another process has been migrating or seeding the database for over {Patience.TotalMinutes} minutes.");
            }
            await Task.Delay(TimeSpan.FromMilliseconds(250), ct);
        }
    }
}
