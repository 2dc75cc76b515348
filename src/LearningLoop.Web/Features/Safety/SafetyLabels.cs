using LearningLoop.Core.Safety;

namespace LearningLoop.Web.Features.Safety;

/// <summary>How the safety pages word the domain's enums.</summary>
public static class SafetyLabels
{
    public static string Concern(ClassOfConcern c) => c switch
    {
        ClassOfConcern.Incident => "Incident: it reached the patient",
        ClassOfConcern.NearMiss => "Near miss: it did not reach the patient",
        _ => "Unsafe condition: it could lead to an event",
    };

    public static string ConcernShort(ClassOfConcern c) => c switch
    {
        ClassOfConcern.Incident => "Incident",
        ClassOfConcern.NearMiss => "Near miss",
        _ => "Unsafe condition",
    };

    public static string Harm(HarmLevel h) => h switch
    {
        HarmLevel.None => "No harm",
        HarmLevel.Mild => "Mild harm",
        HarmLevel.Moderate => "Moderate harm",
        HarmLevel.Severe => "Severe harm",
        _ => "Death",
    };

    public static string Status(TriageStatus s) => s switch
    {
        TriageStatus.New => "New",
        TriageStatus.UnderReview => "Under review",
        TriageStatus.ActionPlanned => "Action planned",
        _ => "Closed",
    };

    public static string Factor(ContributingFactors f) => f switch
    {
        ContributingFactors.Handoff => "Handoff or transfer",
        ContributingFactors.PolicyOrProcedure => "Policy or procedure",
        ContributingFactors.PatientFactors => "Patient factors",
        _ => f.ToString(),
    };

    public static readonly IReadOnlyList<ContributingFactors> Factors =
        Enum.GetValues<ContributingFactors>().Where(f => f != ContributingFactors.None).ToList();

    public static ContributingFactors[] Split(ContributingFactors all) => Factors.Where(f => all.HasFlag(f)).ToArray();
}
