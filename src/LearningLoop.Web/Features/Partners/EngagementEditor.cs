using LearningLoop.Core.Improvement;
using LearningLoop.Core.Organisations;
using LearningLoop.Core.Partners;
using LearningLoop.Core.Persistence;
using LearningLoop.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LearningLoop.Web.Features.Partners;

public sealed record EngagementPartnerForm(EngagementLevel Level, InitiativePhase PhaseJoined);

public sealed record MeetingForm(DateOnly HeldOn, string? Title, string? Place = null, IReadOnlyList<int>? AttendeeIds = null);

public sealed record DecisionForm(DateOnly MadeOn, string? Text, IReadOnlyList<int>? CoMakerIds = null);

/// <summary>Keeps an initiative's engagement: each partner's level and joining phase, meetings with attendance, decisions
/// with their co-makers. Attendees and co-makers must be on the initiative (its lead, sponsor or team).</summary>
public sealed class EngagementEditor(LearningLoopDbContext db, EngagementQueries queries)
{
    public async Task<EditOutcome<PartnerEngagement>> SetPartnerAsync(int initiativeId, int personId, EngagementPartnerForm form, CancellationToken ct = default)
    {
        if (!await db.Initiatives.AnyAsync(i => i.Id == initiativeId, ct)) return EditOutcome<PartnerEngagement>.Missing();
        var person = await db.People.FirstOrDefaultAsync(p => p.Id == personId, ct);
        if (person is null) return EditOutcome<PartnerEngagement>.Missing();
        if (person.Level != ManagementLevel.PatientPartner) return EditOutcome<PartnerEngagement>.Invalid("personId", "The person is not a patient partner.");
        if (!(await queries.TeamAsync(initiativeId, ct)).Contains(personId))
            return EditOutcome<PartnerEngagement>.Invalid("personId", "Add the partner to the initiative's team first.");
        var engagement = await db.PartnerEngagements.FirstOrDefaultAsync(e => e.InitiativeId == initiativeId && e.PersonId == personId, ct)
            ?? db.PartnerEngagements.Add(new PartnerEngagement { InitiativeId = initiativeId, PersonId = personId }).Entity;
        engagement.Level = form.Level;
        engagement.PhaseJoined = form.PhaseJoined;
        await db.SaveChangesAsync(ct);
        return EditOutcome<PartnerEngagement>.Saved(engagement);
    }

    public async Task<EditOutcome<EngagementMeeting>> SaveMeetingAsync(int initiativeId, MeetingForm form, int? meetingId, CancellationToken ct = default)
    {
        var team = await queries.TeamAsync(initiativeId, ct);
        if (!await db.Initiatives.AnyAsync(i => i.Id == initiativeId, ct)) return EditOutcome<EngagementMeeting>.Missing();
        var meeting = meetingId is { } id ? await db.EngagementMeetings.FirstOrDefaultAsync(m => m.Id == id && m.InitiativeId == initiativeId, ct) : null;
        if (meetingId is not null && meeting is null) return EditOutcome<EngagementMeeting>.Missing();
        if (string.IsNullOrWhiteSpace(form.Title)) return EditOutcome<EngagementMeeting>.Invalid("title", "Name the meeting.");
        if (Outsiders(form.AttendeeIds, team) is { } outsider)
            return EditOutcome<EngagementMeeting>.Invalid("attendeeIds", $"Person #{outsider} is not on the initiative.");
        meeting ??= db.EngagementMeetings.Add(new EngagementMeeting { InitiativeId = initiativeId, Title = "" }).Entity;
        meeting.HeldOn = form.HeldOn;
        meeting.Title = form.Title.Trim();
        meeting.Place = form.Place?.Trim() ?? "";
        meeting.AttendeeIds = (form.AttendeeIds ?? []).Distinct().ToList();
        await db.SaveChangesAsync(ct);
        return EditOutcome<EngagementMeeting>.Saved(meeting);
    }

    public async Task<EditOutcome<EngagementDecision>> AddDecisionAsync(int initiativeId, DecisionForm form, CancellationToken ct = default)
    {
        if (!await db.Initiatives.AnyAsync(i => i.Id == initiativeId, ct)) return EditOutcome<EngagementDecision>.Missing();
        if (string.IsNullOrWhiteSpace(form.Text)) return EditOutcome<EngagementDecision>.Invalid("text", "Say what was decided.");
        if (Outsiders(form.CoMakerIds, await queries.TeamAsync(initiativeId, ct)) is { } outsider)
            return EditOutcome<EngagementDecision>.Invalid("coMakerIds", $"Person #{outsider} is not on the initiative.");
        var decision = db.EngagementDecisions.Add(new EngagementDecision
        {
            InitiativeId = initiativeId, MadeOn = form.MadeOn, Text = form.Text.Trim(), CoMakerIds = (form.CoMakerIds ?? []).Distinct().ToList(),
        }).Entity;
        await db.SaveChangesAsync(ct);
        return EditOutcome<EngagementDecision>.Saved(decision);
    }

    private static int? Outsiders(IReadOnlyList<int>? ids, HashSet<int> team) =>
        (ids ?? []).Where(id => !team.Contains(id)).Select(id => (int?)id).FirstOrDefault();
}
