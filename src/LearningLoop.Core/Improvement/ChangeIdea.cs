namespace LearningLoop.Core.Improvement;

/// <summary>A change that might move a driver ("Daily 15-minute interdisciplinary huddle"), tested in a ramp of PDSA
/// cycles of growing scale before it is adopted, adapted or abandoned.</summary>
public sealed class ChangeIdea
{
    public int Id { get; set; }
    public int InitiativeId { get; set; }
    public Initiative? Initiative { get; set; }

    /// <summary>The driver (usually secondary) the change acts on.</summary>
    public int DriverId { get; set; }
    public Driver? Driver { get; set; }

    public required string Text { get; set; }
    public int Order { get; set; }

    public List<PdsaCycle> Cycles { get; } = [];
}
