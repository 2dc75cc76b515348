namespace LearningLoop.Analytics.Improvement;

/// <summary>One piece of evidence behind a progress score: what was looked for, the points it earned out of its share,
/// and why, in words a team can act on.</summary>
public sealed record ProgressReason(string Key, string Evidence, int Points, int OutOf, string Why)
{
    public bool Met => Points == OutOf;
}

/// <summary>An initiative's progress, 0..100, derived from its evidence with the reasons listed. The weights follow the
/// Model for Improvement's order (Langley et al. 2009, The Improvement Guide): knowing the aim and how it will be
/// measured comes first, then testing changes, then seeing the system improve, then spreading and capturing learning.
/// Hand-set progress scores drift from the evidence; this one cannot.</summary>
public sealed record InitiativeProgress(int Score, IReadOnlyList<ProgressReason> Reasons)
{
    public const int AimPoints = 10;
    public const int MeasuresPoints = 10;
    public const int BaselinePoints = 10;
    public const int CyclesPoints = 15;
    public const int DecisionsPoints = 15;
    public const int SignalPoints = 20;
    public const int AdoptionPoints = 10;
    public const int LessonPoints = 10;

    /// <summary>Cycles after which testing earns full marks: a ramp of three or more tests is the usual minimum.</summary>
    public const int FullRamp = 3;

    /// <summary>Units beyond the initiative's own after which spread earns full marks.</summary>
    public const int FullSpread = 2;

    public static InitiativeProgress From(InitiativeEvidence e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var reasons = new List<ProgressReason>
        {
            new("aim", "Aim stated and measurable", e.AimStated ? (e.AimMeasured ? AimPoints : AimPoints / 2) : 0, AimPoints,
                !e.AimStated ? "No aim written yet." : e.AimMeasured ? "The aim names a measure, a baseline and a target."
                : "The aim is written but names no measure, baseline and target."),
            new("measures", "Family of measures", e.Measures switch { 0 => 0, 1 => MeasuresPoints / 2, _ => MeasuresPoints }, MeasuresPoints,
                e.Measures switch { 0 => "No measure linked.", 1 => "One measure linked; add process or balancing measures.", _ => $"{e.Measures} measures linked." }),
            new("baseline", "Baseline frozen", e.BaselineFrozen ? BaselinePoints : 0, BaselinePoints,
                e.BaselineFrozen ? "A baseline is frozen, so change is judged against it." : "No baseline frozen on the aim measure."),
            new("cycles", "PDSA cycles run", Share(e.Cycles, FullRamp, CyclesPoints), CyclesPoints,
                e.Cycles == 0 ? "No PDSA cycle yet." : $"{e.Cycles} PDSA {(e.Cycles == 1 ? "cycle" : "cycles")} planned or run."),
            new("decisions", "Cycles decided", e.Cycles == 0 ? 0 : Share(e.CyclesDecided, e.Cycles, DecisionsPoints), DecisionsPoints,
                e.Cycles == 0 ? "No cycle to decide on." : $"{e.CyclesDecided} of {e.Cycles} cycles reached a decision (adopt, adapt or abandon)."),
            new("signal", "Sustained signal in the aim's direction", e.Signal == AimSignal.Improving ? SignalPoints : 0, SignalPoints,
                e.Signal switch
                {
                    AimSignal.Improving => "The aim measure shows special-cause improvement.",
                    AimSignal.Concerning => "The aim measure shows a special cause against the aim.",
                    AimSignal.None => "The aim measure shows only common-cause variation so far.",
                    _ => "No aim measure with a direction and enough data to read.",
                }),
            new("adoption", "Adopted by other units", Share(e.AdoptingUnits, FullSpread, AdoptionPoints), AdoptionPoints,
                e.AdoptingUnits == 0 ? "No other unit has taken the practice up." : $"{e.AdoptingUnits} other {(e.AdoptingUnits == 1 ? "unit has" : "units have")} adopted it."),
            new("lessons", "Lessons recorded", e.Lessons > 0 ? LessonPoints : 0, LessonPoints,
                e.Lessons == 0 ? "No lesson recorded yet." : $"{e.Lessons} {(e.Lessons == 1 ? "lesson" : "lessons")} recorded."),
        };
        return new InitiativeProgress(reasons.Sum(r => r.Points), reasons);
    }

    // Whole points, rounded down, so a part never earns full marks before it is complete.
    private static int Share(int have, int full, int points) => have <= 0 ? 0 : have >= full ? points : points * have / full;
}
