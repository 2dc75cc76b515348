using LearningLoop.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LearningLoop.Core.Demo;

/// <summary>Seeds the demo organisation on an empty database by telling every registered <see cref="IDemoStory"/>.</summary>
public sealed class DemoSeeder(LearningLoopDbContext db, IEnumerable<IDemoStory> stories)
{
    /// <summary>The demo's "today": data runs monthly from January 2021 up to here.</summary>
    public static readonly DateOnly DemoToday = new(2025, 10, 31);

    /// <summary>Seeds when the database holds no organisation; returns the demo sign-ins, or empty when it did nothing.</summary>
    public async Task<IReadOnlyList<DemoSignIn>> SeedIfEmptyAsync(CancellationToken ct = default)
    {
        if (await db.Organisations.AnyAsync(ct) || await db.Users.AnyAsync(ct))
        {
            return [];
        }
        var world = new DemoWorld(db, DemoToday);
        foreach (var story in stories.OrderBy(s => s.Order))
        {
            await story.TellAsync(world, ct);
        }
        return world.SignIns;
    }
}
