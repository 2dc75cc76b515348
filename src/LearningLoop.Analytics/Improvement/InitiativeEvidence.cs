namespace LearningLoop.Analytics.Improvement;

/// <summary>What an initiative's records show, counted from the records themselves (never typed in).</summary>
/// <param name="AimStated">The aim is written down.</param>
/// <param name="AimMeasured">The aim names a measure, a baseline and a target (the "how much").</param>
/// <param name="Measures">Measures in the initiative's family.</param>
/// <param name="BaselineFrozen">The aim measure (or another of the family) has a frozen baseline.</param>
/// <param name="Cycles">PDSA cycles planned.</param>
/// <param name="CyclesDecided">Cycles that reached Act with a decision (adopt, adapt, abandon).</param>
/// <param name="Signal">What the aim measure's chart says now.</param>
/// <param name="AdoptingUnits">Units beyond the initiative's own that took the practice up.</param>
/// <param name="Lessons">Lessons recorded from the initiative.</param>
public sealed record InitiativeEvidence(
    bool AimStated, bool AimMeasured, int Measures, bool BaselineFrozen, int Cycles, int CyclesDecided,
    AimSignal Signal, int AdoptingUnits, int Lessons);

/// <summary>The aim measure's current special-cause signal, read in the aim's direction.</summary>
public enum AimSignal
{
    /// <summary>No aim measure, no direction, or too little data.</summary>
    Unknown,
    /// <summary>Common-cause variation: nothing has shifted yet.</summary>
    None,
    /// <summary>A sustained special cause (shift, trend or point beyond a limit) in the aim's direction.</summary>
    Improving,
    /// <summary>A special cause against the aim.</summary>
    Concerning,
}
