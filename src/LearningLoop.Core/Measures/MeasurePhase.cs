namespace LearningLoop.Core.Measures;

/// <summary>A change to the process from which the chart starts a new part with its own centre line and limits
/// (a phase break), e.g. "New discharge checklist".</summary>
public sealed class MeasurePhase
{
    public int Id { get; set; }
    public int MeasureId { get; set; }
    public Measure? Measure { get; set; }

    /// <summary>The first period of the new phase.</summary>
    public DateOnly StartsOn { get; set; }
    public string Label { get; set; } = "";
}
