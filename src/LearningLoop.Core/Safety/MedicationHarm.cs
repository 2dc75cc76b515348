namespace LearningLoop.Core.Safety;

/// <summary>What an NCC MERP category says in the Common Formats' terms. Source: NCC MERP Index for Categorizing
/// Medication Errors (2001): A circumstances with capacity to cause error; B error that did not reach the patient;
/// C–D reached, no harm (D: monitoring needed); E–F temporary harm; G permanent harm; H life-sustaining intervention;
/// I death.</summary>
public static class MedicationHarm
{
    public static ClassOfConcern Concern(NccMerpCategory category) => category switch
    {
        NccMerpCategory.A => ClassOfConcern.UnsafeCondition,
        NccMerpCategory.B => ClassOfConcern.NearMiss,
        _ => ClassOfConcern.Incident,
    };

    public static HarmLevel Harm(NccMerpCategory category) => category switch
    {
        NccMerpCategory.E => HarmLevel.Mild,
        NccMerpCategory.F => HarmLevel.Moderate,
        NccMerpCategory.G or NccMerpCategory.H => HarmLevel.Severe,
        NccMerpCategory.I => HarmLevel.Death,
        _ => HarmLevel.None,
    };

    public static string Describe(NccMerpCategory category) => category switch
    {
        NccMerpCategory.A => "A: circumstances that could cause an error",
        NccMerpCategory.B => "B: an error that did not reach the patient",
        NccMerpCategory.C => "C: reached the patient, no harm",
        NccMerpCategory.D => "D: reached the patient, monitoring needed to confirm no harm",
        NccMerpCategory.E => "E: temporary harm, intervention needed",
        NccMerpCategory.F => "F: temporary harm, hospital stay needed or prolonged",
        NccMerpCategory.G => "G: permanent harm",
        NccMerpCategory.H => "H: intervention needed to sustain life",
        _ => "I: contributed to or caused death",
    };
}
