using LearningLoop.Core.Organisations;

namespace LearningLoop.Core.Improvement;

/// <summary>A logged change to how people work together: relational coaching, a daily huddle, a relational-mapping
/// session, training, or another organisational change. Logged with its date, unit and who took part, so it can be
/// read beside the measures and survey waves that may have moved after it.</summary>
public sealed class Intervention : IOrganisationOwned
{
    public int Id { get; set; }
    public int OrganisationId { get; set; }

    /// <summary>The initiative it serves, if any: interventions may also stand on their own.</summary>
    public int? InitiativeId { get; set; }
    public Initiative? Initiative { get; set; }
    public int? UnitId { get; set; }
    public Unit? Unit { get; set; }

    public InterventionKind Kind { get; set; } = InterventionKind.Coaching;
    public required string Title { get; set; }
    public string Description { get; set; } = "";
    public DateOnly StartsOn { get; set; }
    public DateOnly? EndsOn { get; set; }

    /// <summary>Who took part, by group ("unit leaders, two case managers, the attending on service").</summary>
    public string Participants { get; set; } = "";
    public int? ParticipantCount { get; set; }
}

public enum InterventionKind
{
    /// <summary>Relational coaching of leaders or teams.</summary>
    Coaching,
    /// <summary>Structured (e.g. daily interdisciplinary) huddles.</summary>
    Huddle,
    /// <summary>Mapping who depends on whom in a work process, and how well they coordinate.</summary>
    RelationalMapping,
    Training,
    /// <summary>A new role, meeting, protocol or tool: another organisational change.</summary>
    StructuralChange,
    Other,
}
