namespace LearningLoop.Core.Organisations;

/// <summary>The team level: a ward, clinic or department where care is given and improvement happens.</summary>
public sealed class Unit : IOrganisationOwned
{
    public int Id { get; set; }
    public int OrganisationId { get; set; }
    public int DivisionId { get; set; }
    public Division? Division { get; set; }
    public required string Name { get; set; }
    public UnitKind Kind { get; set; } = UnitKind.Ward;
    /// <summary>Staffed beds, where the unit has beds; the basis of patient-day rates.</summary>
    public int? Beds { get; set; }
    public List<PersonUnit> Members { get; } = [];
}

public enum UnitKind
{
    Ward,
    Clinic,
    Department,
    CriticalCare,
    Emergency,
}
