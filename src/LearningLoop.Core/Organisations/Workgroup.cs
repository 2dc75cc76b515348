namespace LearningLoop.Core.Organisations;

/// <summary>A professional group (nurses, attending physicians, pharmacists ...), configurable per organisation.
/// Relational coordination is measured between workgroups.</summary>
public sealed class Workgroup : IOrganisationOwned
{
    public int Id { get; set; }
    public int OrganisationId { get; set; }
    public required string Name { get; set; }
    /// <summary>Stable machine key (e.g. <c>case_manager</c>), used in imports and survey files.</summary>
    public required string Key { get; set; }
}
