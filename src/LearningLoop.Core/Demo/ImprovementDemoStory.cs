using LearningLoop.Core.Improvement;
using LearningLoop.Core.Measures;
using LearningLoop.Core.Organisations;
using Microsoft.EntityFrameworkCore;

namespace LearningLoop.Core.Demo;

/// <summary>The improvement part of the demo: "Safer, smoother discharges on 4 West" from March 2024, a relational
/// intervention (relational coaching, daily interdisciplinary huddles, relational mapping) with a driver diagram, PDSA
/// ramps on the huddle format and on a shared discharge checklist, a patient partner on the team from the planning
/// phase, and the huddle's spread in 2025 to 5 West, 3 East, ICU and Maternity; lessons learned and coded interviews
/// tell what travelled and why. Three smaller initiatives fill the portfolio (one in testing whose cycles have
/// stopped, so the portfolio warns). Every record is fixed data: no random draws, the same on every run.</summary>
public sealed partial class ImprovementDemoStory : IDemoStory
{
    public int Order => 40;

    public async Task TellAsync(DemoWorld world, CancellationToken ct)
    {
        var cast = await DemoCast.FindAsync(world, ct);
        var measures = await world.Db.Measures.Where(m => m.OrganisationId == world.Hospital.Id).Include(m => m.Unit).ToListAsync(ct);
        Measure? Find(string unit, string name) => measures.FirstOrDefault(m => m.Unit?.Name == unit && m.Name == name);
        var beforeNoon = measures.FirstOrDefault(m => m.Name == "Discharges before noon");

        var discharges = FourWest(world, cast, Find("4 West", "30-day readmissions"), Find("4 West", "Length of stay"), beforeNoon);
        var falls = SixNorthFalls(world, cast, Find("6 North Cardiology", "Falls per 1,000 bed days"));
        var sepsis = EmergencySepsis(world, cast);
        var hygiene = IcuHygiene(world, cast, Find("ICU", "Hand-hygiene compliance"));
        world.Db.Initiatives.AddRange(discharges, falls, sepsis, hygiene);
        await world.Db.SaveChangesAsync(ct);

        foreach (var initiative in new[] { discharges, falls })
        {
            await PdsaAnnotations.RewriteAsync(world.Db, initiative.Id, ct);
        }
        world.Db.Interventions.AddRange(Interventions(world, discharges));
        world.Db.Lessons.AddRange(Lessons(world, discharges, falls));
        world.Db.InterviewNotes.AddRange(InterviewNotes(world, discharges));
        await world.Db.SaveChangesAsync(ct);
    }

    private static Initiative New(DemoWorld world, string title, InitiativePhase phase, DateOnly started, string problem, string aim) => new()
    {
        OrganisationId = world.Hospital.Id, Title = title, Phase = phase, StartedOn = started, Problem = problem, AimStatement = aim,
        CreatedUtc = started.ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc), UpdatedUtc = started.ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc),
    };

    private static void Link(Initiative initiative, params Measure?[] measures)
    {
        foreach (var measure in measures.OfType<Measure>())
        {
            initiative.Measures.Add(new InitiativeMeasure { Initiative = initiative, MeasureId = measure.Id });
        }
    }

    private static void Member(Initiative initiative, Person? person, TeamRole role, DateOnly joined)
    {
        if (person is not null && initiative.Team.All(t => t.PersonId != person.Id))
        {
            initiative.Team.Add(new TeamMember { Initiative = initiative, PersonId = person.Id, Role = role, JoinedOn = joined });
        }
    }

    private static Driver Primary(Initiative initiative, string text)
    {
        var driver = new Driver { Initiative = initiative, Text = text, Order = initiative.Drivers.Count(d => d.Parent is null) };
        initiative.Drivers.Add(driver);
        return driver;
    }

    private static Driver Secondary(Initiative initiative, Driver primary, string text)
    {
        var driver = new Driver { Initiative = initiative, Parent = primary, Text = text, Order = primary.Children.Count };
        primary.Children.Add(driver);
        initiative.Drivers.Add(driver);
        return driver;
    }

    private static ChangeIdea Idea(Initiative initiative, Driver driver, string text)
    {
        var idea = new ChangeIdea { Initiative = initiative, Driver = driver, Text = text, Order = initiative.ChangeIdeas.Count(c => c.Driver == driver) };
        initiative.ChangeIdeas.Add(idea);
        return idea;
    }

    /// <summary>The next cycle of a change idea's ramp, planned, done, studied and acted on.</summary>
    private static PdsaCycle Cycle(Initiative initiative, ChangeIdea idea, Measure? studied, string title, string scale, DateOnly starts, DateOnly ends,
        string question, string prediction, string happened, string result, PdsaDecision decision, string next,
        string who = "The 4 West discharge team", string data = "", string observations = "")
    {
        var cycle = new PdsaCycle
        {
            Initiative = initiative, ChangeIdea = idea, Number = idea.Cycles.Count + 1, Title = title, Scale = scale, StartsOn = starts, EndsOn = ends,
            Question = question, Prediction = prediction, WhatHappened = happened, Result = result, Decision = decision, NextSteps = next,
            MeasureId = studied?.Id,
            Who = who, What = title, Where = "On the unit", DataToCollect = data, Observations = observations,
        };
        idea.Cycles.Add(cycle);
        initiative.Cycles.Add(cycle);
        return cycle;
    }

    private static DateOnly D(int year, int month, int day) => new(year, month, day);
}
