using LearningLoop.Core.Organisations;
using LearningLoop.Core.Surveys;

namespace LearningLoop.Core.Capability;

/// <summary>One action of the capability plan: what will be done about a gap (a domain, at a level), by whom, when, and
/// which initiatives and measures carry it.</summary>
public sealed class CapabilityAction : IOrganisationOwned
{
    public int Id { get; set; }
    public int OrganisationId { get; set; }
    public required string Title { get; set; }
    public string Description { get; set; } = "";

    /// <summary>The domain of <see cref="Analytics.Capability.CapabilityFramework"/> the action addresses.</summary>
    public required string Domain { get; set; }

    /// <summary>The level, or null for the domain as a whole.</summary>
    public string? Level { get; set; }

    /// <summary>The assessment whose gap the action answers, when it came from one.</summary>
    public int? WaveId { get; set; }
    public Wave? Wave { get; set; }

    public int? OwnerId { get; set; }
    public Person? Owner { get; set; }
    public DateOnly? StartsOn { get; set; }
    public DateOnly? DueOn { get; set; }
    public CapabilityActionStatus Status { get; set; } = CapabilityActionStatus.Planned;
    public DateTime CreatedUtc { get; set; }
    public DateTime UpdatedUtc { get; set; }

    public List<CapabilityActionInitiative> Initiatives { get; } = [];
    public List<CapabilityActionMeasure> Measures { get; } = [];

    public bool OverdueOn(DateOnly today) => DueOn is { } due && due < today && Status is CapabilityActionStatus.Planned or CapabilityActionStatus.InProgress;
}

public enum CapabilityActionStatus
{
    Planned,
    InProgress,
    Done,
    Dropped,
}

/// <summary>An initiative that carries the action.</summary>
public sealed class CapabilityActionInitiative
{
    public int InitiativeId { get; set; }
}

/// <summary>A measure that shows whether the action works.</summary>
public sealed class CapabilityActionMeasure
{
    public int MeasureId { get; set; }
}
