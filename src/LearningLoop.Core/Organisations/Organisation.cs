namespace LearningLoop.Core.Organisations;

/// <summary>A hospital or health organisation: the tenant boundary. Everything below it is scoped to it.</summary>
public sealed class Organisation
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public int? NetworkId { get; set; }
    public Network? Network { get; set; }

    /// <summary>Smallest group an aggregate may describe (never below 3); protects survey respondents.</summary>
    public int MinimumCellSize { get; set; } = 5;

    public List<Division> Divisions { get; } = [];
    public List<Workgroup> Workgroups { get; } = [];
}
