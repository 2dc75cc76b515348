using LearningLoop.Core.Improvement;
using LearningLoop.Core.Organisations;

namespace LearningLoop.Core.Partners;

/// <summary>How far a partner is engaged on an initiative, after the continuum of patient engagement (Carman et al.,
/// Health Affairs 2013; the Montreal model): consulted, involved, or a partner sharing leadership.</summary>
public enum EngagementLevel
{
    Consultation,
    Involvement,
    Partnership,
}

/// <summary>A patient partner on an initiative: their level of engagement and the phase at which they joined (after
/// <see cref="InitiativePhase.Planning"/> means after the plan was set, a warning sign of tokenism).</summary>
public sealed class PartnerEngagement
{
    public int Id { get; set; }
    public int InitiativeId { get; set; }
    public Initiative? Initiative { get; set; }
    public int PersonId { get; set; }
    public Person? Person { get; set; }
    public EngagementLevel Level { get; set; } = EngagementLevel.Involvement;
    public InitiativePhase PhaseJoined { get; set; } = InitiativePhase.Planning;
}

/// <summary>A team meeting of an initiative and who attended (people's ids; empty until it is held).</summary>
public sealed class EngagementMeeting
{
    public int Id { get; set; }
    public int InitiativeId { get; set; }
    public Initiative? Initiative { get; set; }
    public DateOnly HeldOn { get; set; }
    public required string Title { get; set; }
    public string Place { get; set; } = "";
    public List<int> AttendeeIds { get; set; } = [];
}

/// <summary>A decision of an initiative and the people who made it together.</summary>
public sealed class EngagementDecision
{
    public int Id { get; set; }
    public int InitiativeId { get; set; }
    public Initiative? Initiative { get; set; }
    public DateOnly MadeOn { get; set; }
    public required string Text { get; set; }
    public List<int> CoMakerIds { get; set; } = [];
}
