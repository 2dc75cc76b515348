namespace LearningLoop.Analytics.Spc;

/// <summary>The NHS "Making Data Count" assurance icons: will the process meet its target?</summary>
public enum AssuranceIcon
{
    /// <summary>No icon: no target, no control limits (run chart) or no better direction.</summary>
    None,
    /// <summary>Blue P: the limits lie on the good side of the target; the target will be met consistently.</summary>
    ConsistentlyPass,
    /// <summary>Orange F: the limits lie on the bad side of the target; the target will be missed unless the process changes.</summary>
    ConsistentlyFail,
    /// <summary>Grey ?: the target lies between the limits; it will be met some of the time, at random.</summary>
    HitAndMiss,
}
