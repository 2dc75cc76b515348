namespace LearningLoop.Core.Improvement;

/// <summary>A node of the driver diagram between the aim and the change ideas: a primary driver (what must be true
/// to reach the aim) or a secondary driver under one (where and how to act on it).</summary>
public sealed class Driver
{
    public int Id { get; set; }
    public int InitiativeId { get; set; }
    public Initiative? Initiative { get; set; }

    /// <summary>The primary driver a secondary driver belongs to; null for a primary driver.</summary>
    public int? ParentId { get; set; }
    public Driver? Parent { get; set; }
    public List<Driver> Children { get; } = [];

    public required string Text { get; set; }

    /// <summary>Position among its siblings, top to bottom.</summary>
    public int Order { get; set; }

    public bool IsPrimary => ParentId is null;
}
