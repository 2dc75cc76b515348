namespace LearningLoop.Analytics.Spc;

/// <summary>What the x column holds, which decides the order of points and whether runs analysis applies.</summary>
public enum SpcXKind
{
    /// <summary>Numbers: ordered numerically.</summary>
    Numeric,
    /// <summary>ISO dates (2024-01-31, optionally with a time): ordered chronologically.</summary>
    Date,
    /// <summary>Other text: first-appearance order, no runs analysis (qicharts2's "dots only").</summary>
    Categorical,
}
