using LearningLoop.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LearningLoop.Core.Demo;

/// <summary>Seeds the demo organisation on an empty database by telling every registered <see cref="IDemoStory"/>, in
/// the story's own calendar, saved in <paramref name="calendar"/>'s (by default, ending in the current month).</summary>
public sealed class DemoSeeder(LearningLoopDbContext db, IEnumerable<IDemoStory> stories, DemoCalendar? calendar = null, TimeProvider? clock = null)
{
    /// <summary>The story's "today" as written: data runs monthly from January 2021 up to here.</summary>
    public static DateOnly DemoToday => DemoCalendar.StoryToday;

    /// <summary>Seeds when the database holds no organisation; returns the demo sign-ins, or empty when it did nothing.</summary>
    public async Task<IReadOnlyList<DemoSignIn>> SeedIfEmptyAsync(CancellationToken ct = default)
    {
        if (await db.Organisations.AnyAsync(ct) || await db.Users.AnyAsync(ct))
        {
            return [];
        }
        var world = new DemoWorld(db, DemoToday);
        using var saves = new DemoCalendarSaves(db, calendar ?? DemoCalendar.AsWritten, (clock ?? TimeProvider.System).GetUtcNow().UtcDateTime);
        foreach (var story in stories.OrderBy(s => s.Order))
        {
            await story.TellAsync(world, ct);
        }
        return world.SignIns;
    }
}
