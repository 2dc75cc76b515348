namespace LearningLoop.Core.Surveys;

/// <summary>A score made of several items (their mean after reverse coding), e.g. relational coordination's
/// "communication" (the four communication items) and "relationships" (the three relationship items).</summary>
public sealed class Composite
{
    public required string Key { get; set; }
    public required string Name { get; set; }

    /// <summary>Item keys, comma-separated.</summary>
    public required string ItemKeys { get; set; }

    public IReadOnlyList<string> Keys => ItemKeys.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
