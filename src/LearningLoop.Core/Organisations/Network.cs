namespace LearningLoop.Core.Organisations;

/// <summary>A learning community of organisations that pool data and learn from each other (e.g. ImproveCareNow).</summary>
public sealed class Network
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public List<Organisation> Organisations { get; } = [];
}
