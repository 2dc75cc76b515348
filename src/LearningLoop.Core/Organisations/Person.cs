namespace LearningLoop.Core.Organisations;

/// <summary>Someone who works in, or partners with, the organisation. Not necessarily a user who signs in.</summary>
public sealed class Person : IOrganisationOwned
{
    public int Id { get; set; }
    public int OrganisationId { get; set; }
    public required string Name { get; set; }
    public required string Email { get; set; }
    public int? WorkgroupId { get; set; }
    public Workgroup? Workgroup { get; set; }
    public ManagementLevel Level { get; set; } = ManagementLevel.FrontLineStaff;
    public List<PersonUnit> Units { get; } = [];
}

/// <summary>Membership of a person in a unit (people may work on several units).</summary>
public sealed class PersonUnit
{
    public int PersonId { get; set; }
    public Person? Person { get; set; }
    public int UnitId { get; set; }
    public Unit? Unit { get; set; }
}
