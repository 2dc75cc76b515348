namespace LearningLoop.Analytics.Spc;

/// <summary>Which way is better for the measure (NHS "Making Data Count").</summary>
public enum ImprovementDirection
{
    /// <summary>Higher is better (e.g. patients seen within 4 hours).</summary>
    Up,
    /// <summary>Lower is better (e.g. infections per 10,000 bed days).</summary>
    Down,
    /// <summary>Neither direction is better (e.g. activity volumes).</summary>
    Neither,
}
