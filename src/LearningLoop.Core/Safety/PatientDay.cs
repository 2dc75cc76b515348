using LearningLoop.Core.Organisations;

namespace LearningLoop.Core.Safety;

/// <summary>A unit's patient days on one date (its midnight census): the denominator of every safety rate.</summary>
public sealed class PatientDay : IOrganisationOwned
{
    public long Id { get; set; }
    public int OrganisationId { get; set; }
    public int UnitId { get; set; }
    public Unit? Unit { get; set; }
    public DateOnly Date { get; set; }
    public int Days { get; set; }
    public PatientDaySource Source { get; set; }
}

public enum PatientDaySource
{
    Entered,
    Csv,
    Fhir,
}
