namespace LearningLoop.Core.Measures;

/// <summary>A note on the chart at a date: a PDSA cycle, an intervention, a data problem. It explains a point
/// without changing the limits (a phase break does that).</summary>
public sealed class MeasureAnnotation
{
    public int Id { get; set; }
    public int MeasureId { get; set; }
    public Measure? Measure { get; set; }
    public DateOnly Date { get; set; }
    public required string Text { get; set; }
}
