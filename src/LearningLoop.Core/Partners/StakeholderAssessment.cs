using LearningLoop.Core.Improvement;

namespace LearningLoop.Core.Partners;

/// <summary>One stakeholder group's stake in an initiative, as assessed on a day (repeat assessments show the change
/// over time). Ratings are 1 (low) to 5 (high); for barriers and effort, high is unfavourable.</summary>
public sealed class StakeholderAssessment
{
    public int Id { get; set; }
    public int InitiativeId { get; set; }
    public Initiative? Initiative { get; set; }
    /// <summary>The group's name: the usual five (<see cref="StakeholderGroups.Usual"/>) or the organisation's own.</summary>
    public required string Group { get; set; }
    public DateOnly AssessedOn { get; set; }
    public int Priority { get; set; }
    public int Incentives { get; set; }
    public int Barriers { get; set; }
    public int Benefit { get; set; }
    public int Effort { get; set; }
    public string IncentivesNote { get; set; } = "";
    public string BarriersNote { get; set; } = "";
    public string BenefitNote { get; set; } = "";
}

public static class StakeholderGroups
{
    public const string FrontLine = "Front-line clinicians";
    public const string MiddleManagers = "Middle managers";
    public const string SeniorLeaders = "Senior leaders";
    public const string PatientPartners = "Patient partners";
    public const string SupportStaff = "Support staff";

    public static IReadOnlyList<string> Usual { get; } = [FrontLine, MiddleManagers, SeniorLeaders, PatientPartners, SupportStaff];
}
