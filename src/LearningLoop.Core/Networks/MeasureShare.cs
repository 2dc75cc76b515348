using LearningLoop.Core.Measures;
using LearningLoop.Core.Organisations;

namespace LearningLoop.Core.Networks;

/// <summary>An organisation's opt-in to share one measure with its network: which of its own measures reports the
/// network's measure. Only the period totals (numerator and denominator) of that measure leave the organisation, and
/// only while this record exists and the organisation is a member. Deleting the measure deletes the share.</summary>
public sealed class MeasureShare : IOrganisationOwned
{
    public int Id { get; set; }
    public int OrganisationId { get; set; }
    public int NetworkMeasureId { get; set; }
    public NetworkMeasure? NetworkMeasure { get; set; }
    public int MeasureId { get; set; }
    public Measure? Measure { get; set; }
    public DateOnly SharedOn { get; set; }
}

/// <summary>An organisation's opt-in to share its capability profile (the latest closed LHS capability assessment's
/// domain means, suppressed by its own minimum cell size) with its network.</summary>
public sealed class CapabilityShare : IOrganisationOwned
{
    public int Id { get; set; }
    public int OrganisationId { get; set; }
    public DateOnly SharedOn { get; set; }
}
