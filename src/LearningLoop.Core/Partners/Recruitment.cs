using LearningLoop.Analytics.Partnership;
using LearningLoop.Core.Improvement;
using LearningLoop.Core.Organisations;

namespace LearningLoop.Core.Partners;

/// <summary>An initiative asking for patient partners: the experience, skills, language and time it needs.</summary>
public sealed class PartnerRequest
{
    public int Id { get; set; }
    public int InitiativeId { get; set; }
    public Initiative? Initiative { get; set; }
    public List<string> Experience { get; set; } = [];
    public List<string> Skills { get; set; } = [];
    public string? Language { get; set; }
    public Availability Availability { get; set; }
    public int Wanted { get; set; } = 1;
    public string Note { get; set; } = "";
    public DateOnly RequestedOn { get; set; }
    public List<PartnerInvitation> Invitations { get; } = [];
}

/// <summary>A partner invited in answer to a request, and how far their onboarding has come.</summary>
public sealed class PartnerInvitation
{
    public int Id { get; set; }
    public int RequestId { get; set; }
    public PartnerRequest? Request { get; set; }
    public int PersonId { get; set; }
    public Person? Person { get; set; }
    public DateOnly InvitedOn { get; set; }
    public InvitationStatus Status { get; set; } = InvitationStatus.Invited;
    public OnboardingSteps Onboarding { get; set; }
}

public enum InvitationStatus
{
    Invited,
    Accepted,
    Declined,
}

/// <summary>The onboarding checklist of a partner joining a team (after the Montreal model's integration practices).</summary>
[Flags]
public enum OnboardingSteps
{
    None = 0,
    WelcomeConversation = 1,
    AgreementSigned = 2,
    ConfidentialitySigned = 4,
    OrientationTraining = 8,
    MetTheLead = 16,
    AddedToTeam = 32,
}
