using LearningLoop.Core.Measures;
using LearningLoop.Core.Organisations;

namespace LearningLoop.Core.Improvement;

/// <summary>An improvement initiative in the Model for Improvement's sense: a problem, a SMART aim, a team, the units
/// in scope, a family of measures, a driver diagram with change ideas tested in PDSA ramps, and its spread.</summary>
public sealed class Initiative : IOrganisationOwned
{
    public int Id { get; set; }
    public int OrganisationId { get; set; }
    public required string Title { get; set; }

    /// <summary>What is wrong today, for whom, and why it matters.</summary>
    public string Problem { get; set; } = "";

    /// <summary>The aim in words ("Cut 30-day readmissions on 4 West from 14% to 10% by March 2025").</summary>
    public string AimStatement { get; set; } = "";

    // The SMART parts of the aim: how much (baseline to target, on this measure), by when.
    public int? AimMeasureId { get; set; }
    public Measure? AimMeasure { get; set; }
    public double? AimBaseline { get; set; }
    public double? AimTarget { get; set; }
    public DateOnly? AimDate { get; set; }

    public int? SponsorId { get; set; }
    public Person? Sponsor { get; set; }
    public int? LeadId { get; set; }
    public Person? Lead { get; set; }

    public InitiativePhase Phase { get; set; } = InitiativePhase.Idea;

    /// <summary>The day the initiative started (its first unit's adoption of the practice on the spread map).</summary>
    public DateOnly StartedOn { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime UpdatedUtc { get; set; }

    public List<InitiativeUnit> Units { get; } = [];
    public List<InitiativeMeasure> Measures { get; } = [];
    public List<TeamMember> Team { get; } = [];
    public List<Driver> Drivers { get; } = [];
    public List<ChangeIdea> ChangeIdeas { get; } = [];
    public List<PdsaCycle> Cycles { get; } = [];
    public List<Adoption> Adoptions { get; } = [];
}

/// <summary>Where an initiative stands, from a first idea to closure.</summary>
public enum InitiativePhase
{
    Idea,
    Planning,
    Testing,
    Implementing,
    Spreading,
    Sustaining,
    Closed,
}

/// <summary>A unit in the initiative's scope.</summary>
public sealed class InitiativeUnit
{
    public int InitiativeId { get; set; }
    public Initiative? Initiative { get; set; }
    public int UnitId { get; set; }
    public Unit? Unit { get; set; }
}

/// <summary>A measure in the initiative's family of measures; its outcome, process or balancing role is the
/// measure's own <see cref="Measure.Kind"/>.</summary>
public sealed class InitiativeMeasure
{
    public int InitiativeId { get; set; }
    public Initiative? Initiative { get; set; }
    public int MeasureId { get; set; }
    public Measure? Measure { get; set; }
}
