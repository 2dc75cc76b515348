namespace LearningLoop.Core.Organisations;

/// <summary>The middle-management level: a group of units under one leadership (e.g. Medicine).</summary>
public sealed class Division : IOrganisationOwned
{
    public int Id { get; set; }
    public int OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }
    public required string Name { get; set; }
    public List<Unit> Units { get; } = [];
}
