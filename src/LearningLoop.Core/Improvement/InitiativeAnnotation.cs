using LearningLoop.Core.Measures;

namespace LearningLoop.Core.Improvement;

/// <summary>Marks a measure annotation as written by an initiative's PDSA cycles, so the initiative can rewrite its
/// own annotations when cycles change without touching the ones people wrote on the chart.</summary>
public sealed class InitiativeAnnotation
{
    public int Id { get; set; }
    public int InitiativeId { get; set; }
    public Initiative? Initiative { get; set; }
    public int MeasureAnnotationId { get; set; }
    public MeasureAnnotation? MeasureAnnotation { get; set; }
}
