using LearningLoop.Core.Organisations;

namespace LearningLoop.Core.Surveys;

/// <summary>That a person was e-mailed a link to a wave, and when (to the day). It holds no link, token or hash: the
/// link exists only in the e-mail, so the invitation list can never be joined to the answers.</summary>
public sealed class SurveyInvitation : IOrganisationOwned
{
    public int Id { get; set; }
    public int OrganisationId { get; set; }
    public int WaveId { get; set; }
    public int PersonId { get; set; }
    public DateOnly InvitedOn { get; set; }
    public DateOnly? RemindedOn { get; set; }
}
