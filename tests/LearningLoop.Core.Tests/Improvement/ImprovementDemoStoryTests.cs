using LearningLoop.Core.Access;
using LearningLoop.Core.Demo;
using LearningLoop.Core.Improvement;
using Microsoft.EntityFrameworkCore;

namespace LearningLoop.Core.Tests.Improvement;

/// <summary>The improvement part of the demo, told after the organisation and the measures as the seeder does.</summary>
public sealed class ImprovementDemoStoryTests : IDisposable
{
    private readonly SqliteDatabase _database = new();

    private async Task TellAsync()
    {
        await using var db = _database.Open(OrganisationScope.System);
        var world = new DemoWorld(db, DemoSeeder.DemoToday);
        foreach (IDemoStory story in new IDemoStory[] { new OrganisationDemoStory(), new MeasuresDemoStory(), new ImprovementDemoStory() })
        {
            await story.TellAsync(world, CancellationToken.None);
        }
    }

    [Fact]
    public async Task Four_west_tells_the_relational_intervention_and_its_spread_to_four_units()
    {
        var started = DateTime.UtcNow;
        await TellAsync();
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(30), "the demo must stay fast to seed");

        await using var db = _database.Open(OrganisationScope.System);
        var initiative = await db.Initiatives.Include(i => i.Team).ThenInclude(t => t.Person).Include(i => i.Cycles).ThenInclude(c => c.ChangeIdea)
            .Include(i => i.Adoptions).ThenInclude(a => a.Unit).Include(i => i.Drivers).SingleAsync(i => i.Title == "Safer, smoother discharges on 4 West");
        Assert.Equal(new DateOnly(2024, 3, 1), initiative.StartedOn);
        Assert.Equal(["5 West", "3 East", "ICU", "Maternity"], initiative.Adoptions.OrderBy(a => a.AdoptedOn).Select(a => a.Unit!.Name));
        Assert.All(initiative.Adoptions, a => Assert.Equal(2025, a.AdoptedOn.Year));

        var huddleRamp = initiative.Cycles.Where(c => c.ChangeIdea!.Text == "Daily 15-minute interdisciplinary discharge huddle").OrderBy(c => c.Number).ToList();
        Assert.Equal([1, 2, 3, 4], huddleRamp.Select(c => c.Number));
        Assert.Equal(PdsaDecision.Adopt, huddleRamp[^1].Decision);
        Assert.True(initiative.Cycles.Count(c => c.ChangeIdea!.Text.Contains("checklist", StringComparison.Ordinal)) >= 3);
        Assert.Equal(3, initiative.Drivers.Count(d => d.ParentId is null));

        // The patient partner joined while the plan was being made, before the first test.
        var partner = Assert.Single(initiative.Team, t => t.Role == TeamRole.PatientPartner);
        Assert.True(partner.JoinedOn < huddleRamp[0].StartsOn);

        // Cycles are on the studied measures' charts; the measures story's own annotations are still there.
        var beforeNoon = await db.Measures.Include(m => m.Annotations).SingleAsync(m => m.Name == "Discharges before noon");
        Assert.Contains(beforeNoon.Annotations, a => a.Text.StartsWith("PDSA 1–2", StringComparison.Ordinal));
        var readmissions = await db.Measures.Include(m => m.Annotations).SingleAsync(m => m.Name == "30-day readmissions" && m.Unit!.Name == "4 West");
        Assert.Contains(readmissions.Annotations, a => a.Text == "Huddles begin");
        Assert.Contains(readmissions.Annotations, a => a.Text.Contains("checklist", StringComparison.Ordinal));

        Assert.True(await db.Lessons.CountAsync() >= 6);
        Assert.True(await db.Interventions.CountAsync(i => i.InitiativeId == initiative.Id) >= 5);
        Assert.True(await db.InterviewNotes.CountAsync() >= 10);
        Assert.Single(await new LessonSearch(db).FindAsync("travelled"));
    }

    [Fact]
    public async Task The_demo_staff_member_is_not_on_the_four_west_team_and_the_manager_leads_it()
    {
        await TellAsync();
        await using var db = _database.Open(OrganisationScope.System);
        var fourWest = await db.Units.SingleAsync(u => u.Name == "4 West");
        var people = await db.People.Where(p => p.Units.Any(u => u.UnitId == fourWest.Id)).OrderBy(p => p.Id).Select(p => p.Id).ToListAsync();
        var initiative = await db.Initiatives.Include(i => i.Team).SingleAsync(i => i.Title == "Safer, smoother discharges on 4 West");
        Assert.Equal(people[0], initiative.LeadId);
        Assert.DoesNotContain(initiative.Team, t => t.PersonId == people[^1]);
        Assert.NotEqual(people[^1], initiative.SponsorId);
    }

    [Fact]
    public async Task Telling_it_twice_gives_the_same_records()
    {
        await TellAsync();
        List<string> Snapshot(SqliteDatabase database)
        {
            using var db = database.Open(OrganisationScope.System);
            return db.PdsaCycles.OrderBy(c => c.Id).Select(c => c.Title + c.StartsOn + c.Decision).ToList()
                .Concat(db.Adoptions.OrderBy(a => a.Id).Select(a => a.UnitId + a.Adaptation)).ToList();
        }
        var first = Snapshot(_database);
        using var other = new SqliteDatabase();
        await using (var db = other.Open(OrganisationScope.System))
        {
            var world = new DemoWorld(db, DemoSeeder.DemoToday);
            foreach (IDemoStory story in new IDemoStory[] { new OrganisationDemoStory(), new MeasuresDemoStory(), new ImprovementDemoStory() })
            {
                await story.TellAsync(world, CancellationToken.None);
            }
        }
        Assert.Equal(first, Snapshot(other));
    }

    public void Dispose() => _database.Dispose();
}
