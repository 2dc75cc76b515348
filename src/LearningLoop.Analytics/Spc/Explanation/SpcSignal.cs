namespace LearningLoop.Analytics.Spc;

/// <summary>The rule that a signal broke.</summary>
public enum SpcSignalKind
{
    /// <summary>A point above the upper 3-sigma limit (Shewhart).</summary>
    AboveUpperLimit,
    /// <summary>A point below the lower 3-sigma limit (Shewhart).</summary>
    BelowLowerLimit,
    /// <summary>A run on one side of the centre line longer than chance allows (Anhøj).</summary>
    LongRun,
    /// <summary>Fewer crossings of the centre line than chance allows (Anhøj).</summary>
    FewCrossings,
    /// <summary>A Making Data Count pattern: a seven-point trend or shift, or two of three points near a limit.</summary>
    MakingDataCountPattern,
}

/// <summary>One signal in plain language, with the points it concerns (1-based, inclusive).</summary>
public sealed record SpcSignal(SpcSignalKind Kind, int Part, int FirstIndex, int LastIndex, string Text);
