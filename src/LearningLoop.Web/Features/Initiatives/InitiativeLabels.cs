using LearningLoop.Core.Improvement;

namespace LearningLoop.Web.Features.Initiatives;

/// <summary>How the field says the enums' names.</summary>
public static class InitiativeLabels
{
    public static string Phase(InitiativePhase phase) => phase.ToString();

    /// <summary>"4 Mar 2024": unambiguous wherever the reader is.</summary>
    public static string Date(DateOnly date) => date.ToString("d MMM yyyy", System.Globalization.CultureInfo.InvariantCulture);

    public static string Date(DateOnly? date) => date is { } d ? Date(d) : "";

    /// <summary>"4–8 Mar 2024", "4 Mar – 10 May 2024": a test's or an intervention's days.</summary>
    public static string Span(DateOnly from, DateOnly? to)
    {
        if (to is not { } end || end == from) return Date(from);
        var invariant = System.Globalization.CultureInfo.InvariantCulture;
        if (end.Year != from.Year) return $"{Date(from)} – {Date(end)}";
        return end.Month == from.Month
            ? $"{from.Day.ToString(invariant)}–{Date(end)}"
            : $"{from.ToString("d MMM", invariant)} – {Date(end)}";
    }

    public static string Number(double? value) => value is { } v ? v.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture) : "";

    public static string Role(TeamRole role) => role switch
    {
        TeamRole.FrontLineManager => "Front-line manager",
        TeamRole.MiddleManager => "Middle manager",
        TeamRole.SeniorManager => "Senior manager",
        TeamRole.PatientPartner => "Patient partner",
        _ => role.ToString(),
    };

    public static string Kind(InterventionKind kind) => kind switch
    {
        InterventionKind.RelationalMapping => "Relational mapping",
        InterventionKind.StructuralChange => "Structural change",
        _ => kind.ToString(),
    };

    public static string Decision(PdsaDecision decision) => decision.ToString();

    public static string Stage(PdsaStage stage) => stage switch
    {
        PdsaStage.Planned => "Planned",
        PdsaStage.Done => "Done, to study",
        PdsaStage.Studied => "Studied, to act on",
        _ => "Acted on",
    };

    public static string Timeline(TimelineKind kind) => kind switch
    {
        TimelineKind.PdsaCycle => "PDSA cycle",
        TimelineKind.MeasureSignal => "Measure signal",
        TimelineKind.SurveyWave => "Survey wave",
        _ => kind.ToString(),
    };

    public static string Theme(InterviewThemes theme) => theme switch
    {
        InterviewThemes.SelfEfficacy => "Self-efficacy",
        InterviewThemes.SystemsThinking => "Systems thinking",
        InterviewThemes.CommunicationAndRelationships => "Communication and relationships",
        InterviewThemes.CoCreationWithLeaders => "Co-creation with leaders",
        _ => theme.ToString(),
    };

    public static string Domain(CfirDomains domain) => domain switch
    {
        CfirDomains.Innovation => "Innovation",
        CfirDomains.OuterSetting => "Outer setting",
        CfirDomains.InnerSetting => "Inner setting",
        CfirDomains.Individuals => "Individuals",
        CfirDomains.ImplementationProcess => "Implementation process",
        _ => domain.ToString(),
    };

    public static readonly IReadOnlyList<InterviewThemes> Themes =
        [InterviewThemes.Engagement, InterviewThemes.SelfEfficacy, InterviewThemes.Motivation, InterviewThemes.SystemsThinking, InterviewThemes.CommunicationAndRelationships, InterviewThemes.CoCreationWithLeaders];

    public static readonly IReadOnlyList<CfirDomains> Domains =
        [CfirDomains.Innovation, CfirDomains.OuterSetting, CfirDomains.InnerSetting, CfirDomains.Individuals, CfirDomains.ImplementationProcess];
}
