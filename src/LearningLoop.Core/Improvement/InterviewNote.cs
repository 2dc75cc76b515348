using LearningLoop.Core.Organisations;

namespace LearningLoop.Core.Improvement;

/// <summary>Notes from a structured interview about a change, coded against the relational-intervention themes and
/// the CFIR 2.0 domains. The interviewee is named by role only: notes are research data, not personnel files.</summary>
public sealed class InterviewNote : IOrganisationOwned
{
    public int Id { get; set; }
    public int OrganisationId { get; set; }
    public int? InitiativeId { get; set; }
    public Initiative? Initiative { get; set; }
    public int? UnitId { get; set; }
    public Unit? Unit { get; set; }

    public DateOnly InterviewedOn { get; set; }

    /// <summary>The interviewee's role ("charge nurse", "case manager"), never their name.</summary>
    public required string IntervieweeRole { get; set; }
    public string Interviewer { get; set; } = "";

    /// <summary>The account that recorded the note: notes are read by administrators, improvement leads and their author.</summary>
    public string? AuthorUserId { get; set; }
    public string Summary { get; set; } = "";

    /// <summary>Short verbatim quotes that carry the codes, one per line.</summary>
    public string Quotes { get; set; } = "";

    public InterviewThemes Themes { get; set; }
    public CfirDomains Domains { get; set; }
}

/// <summary>What relational interventions are expected to change in people and teams.</summary>
[Flags]
public enum InterviewThemes
{
    None = 0,
    Engagement = 1,
    SelfEfficacy = 2,
    Motivation = 4,
    SystemsThinking = 8,
    CommunicationAndRelationships = 16,
    CoCreationWithLeaders = 32,
}

/// <summary>The five domains of the Consolidated Framework for Implementation Research, 2.0 (Damschroder et al., 2022).</summary>
[Flags]
public enum CfirDomains
{
    None = 0,
    Innovation = 1,
    OuterSetting = 2,
    InnerSetting = 4,
    Individuals = 8,
    ImplementationProcess = 16,
}
