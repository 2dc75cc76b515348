using LearningLoop.Core.Improvement;
using LearningLoop.Core.Organisations;
using LearningLoop.Core.Surveys;

namespace LearningLoop.Core.Partners;

/// <summary>What a partnership survey asks (decision 0021): the three engagement-evaluation questionnaires and the
/// stakeholder-alignment survey.</summary>
public enum PartnershipSurveyKind
{
    /// <summary>Partners and staff who took part, at the end and every three to six months.</summary>
    Participant,
    /// <summary>The initiative's team, on planning, the engagement itself and its impact.</summary>
    Project,
    /// <summary>Leaders, managers and the partnership programme, on the organisation's support for partnership.</summary>
    Organisation,
    /// <summary>Each stakeholder group's priority, incentives, barriers, benefit and effort: feeds the alignment map.</summary>
    Alignment,
}

/// <summary>Ties a survey wave to the initiative it evaluates (none for the organisation questionnaire) and says which
/// partnership survey it is. The wave itself, its links and its anonymity are the survey engine's.</summary>
public sealed class PartnershipSurvey : IOrganisationOwned
{
    public int Id { get; set; }
    public int OrganisationId { get; set; }
    public int WaveId { get; set; }
    public Wave? Wave { get; set; }
    public int? InitiativeId { get; set; }
    public Initiative? Initiative { get; set; }
    public PartnershipSurveyKind Kind { get; set; }
}
