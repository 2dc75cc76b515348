using LearningLoop.Core.Organisations;

namespace LearningLoop.Core.Improvement;

/// <summary>A person on an initiative's team, in a role. Team members may edit the initiative.</summary>
public sealed class TeamMember
{
    public int Id { get; set; }
    public int InitiativeId { get; set; }
    public Initiative? Initiative { get; set; }
    public int PersonId { get; set; }
    public Person? Person { get; set; }
    public TeamRole Role { get; set; } = TeamRole.Clinician;

    /// <summary>When the person joined: a patient partner who joins after the plan was set is a warning sign of tokenism.</summary>
    public DateOnly? JoinedOn { get; set; }
}

/// <summary>The roles an improvement team needs: the clinical and managerial levels whose interests must align,
/// a patient partner, an analyst for the data and a coach for the method.</summary>
public enum TeamRole
{
    Clinician,
    FrontLineManager,
    MiddleManager,
    SeniorManager,
    PatientPartner,
    Analyst,
    Coach,
}
