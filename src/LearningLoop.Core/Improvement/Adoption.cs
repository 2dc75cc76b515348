using LearningLoop.Core.Organisations;

namespace LearningLoop.Core.Improvement;

/// <summary>A unit taking up an initiative's practice: when, from which unit it learned it, how it adapted it and
/// what came of it. Adoptions drawn as arrows between units make the spread map.</summary>
public sealed class Adoption
{
    public int Id { get; set; }
    public int InitiativeId { get; set; }
    public Initiative? Initiative { get; set; }
    public int UnitId { get; set; }
    public Unit? Unit { get; set; }

    /// <summary>Where the practice came from; null means from the initiative's own units.</summary>
    public int? FromUnitId { get; set; }
    public Unit? FromUnit { get; set; }

    public DateOnly AdoptedOn { get; set; }
    public string Adaptation { get; set; } = "";
    public string Result { get; set; } = "";
}
