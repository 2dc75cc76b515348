using LearningLoop.Analytics.Partnership;
using LearningLoop.Core.Improvement;
using LearningLoop.Core.Partners;
using LearningLoop.Core.Persistence;
using LearningLoop.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LearningLoop.Web.Features.Partners;

public sealed record PartnerRequestForm(IReadOnlyList<string>? Experience, IReadOnlyList<string>? Skills, string? Language,
    IReadOnlyList<Availability>? Availability, int Wanted = 1, string? Note = null);

public sealed record InvitationForm(int PersonId);

public sealed record InvitationChangeForm(InvitationStatus Status, IReadOnlyList<OnboardingSteps>? Onboarding);

public sealed record InvitationDto(int Id, int PersonId, string Partner, DateOnly InvitedOn, InvitationStatus Status,
    IReadOnlyList<string> Done, IReadOnlyList<string> ToDo);

public sealed record PartnerRequestDto(int Id, int InitiativeId, IReadOnlyList<string> Experience, IReadOnlyList<string> Skills, string? Language,
    IReadOnlyList<string> Availability, int Wanted, string Note, DateOnly RequestedOn, IReadOnlyList<InvitationDto> Invitations)
{
    public static PartnerRequestDto From(PartnerRequest r) => new(r.Id, r.InitiativeId, r.Experience, r.Skills, r.Language,
        AvailabilityWords.Of(r.Availability), r.Wanted, r.Note, r.RequestedOn, r.Invitations.OrderBy(i => i.Id).Select(Invitation).ToList());

    public static InvitationDto Invitation(PartnerInvitation i) => new(i.Id, i.PersonId, i.Person?.Name ?? "", i.InvitedOn, i.Status,
        Steps.Where(s => i.Onboarding.HasFlag(s)).Select(s => s.ToString()).ToList(), Steps.Where(s => !i.Onboarding.HasFlag(s)).Select(s => s.ToString()).ToList());

    public static IReadOnlyList<OnboardingSteps> Steps { get; } = Enum.GetValues<OnboardingSteps>().Where(s => s != OnboardingSteps.None).ToList();
}

public sealed record SuggestionDto(int Rank, int ProfileId, int PersonId, string Name, double Score, IReadOnlyList<string> Reasons);

/// <summary>Recruitment: an initiative's request for partners, the registry's active partners ranked against it
/// (<see cref="PartnerMatching"/>), invitations, and the onboarding checklist. When an accepted partner's checklist
/// reaches "added to team", they join the team as a patient partner, at the initiative's current phase.</summary>
public sealed class Recruitment(LearningLoopDbContext db, TimeProvider clock)
{
    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public Task<List<PartnerRequest>> RequestsAsync(int initiativeId, CancellationToken ct = default) =>
        db.PartnerRequests.Where(r => r.InitiativeId == initiativeId).Include(r => r.Invitations).ThenInclude(i => i.Person)
            .OrderBy(r => r.RequestedOn).ThenBy(r => r.Id).AsNoTracking().ToListAsync(ct);

    public async Task<EditOutcome<PartnerRequest>> AskAsync(int initiativeId, PartnerRequestForm form, CancellationToken ct = default)
    {
        if (!await db.Initiatives.AnyAsync(i => i.Id == initiativeId, ct)) return EditOutcome<PartnerRequest>.Missing();
        if (form.Wanted is < 1 or > 10) return EditOutcome<PartnerRequest>.Invalid("wanted", "Ask for 1 to 10 partners.");
        var request = db.PartnerRequests.Add(new PartnerRequest
        {
            InitiativeId = initiativeId, Experience = PartnerRegistry.Clean(form.Experience), Skills = PartnerRegistry.Clean(form.Skills),
            Language = string.IsNullOrWhiteSpace(form.Language) ? null : form.Language.Trim(), Availability = AvailabilityWords.Combine(form.Availability),
            Wanted = form.Wanted, Note = form.Note?.Trim() ?? "", RequestedOn = Today,
        }).Entity;
        await db.SaveChangesAsync(ct);
        return EditOutcome<PartnerRequest>.Saved(request);
    }

    /// <summary>Active partners not yet on the initiative nor invited for it, ranked; null when the request is absent.</summary>
    public async Task<List<SuggestionDto>?> SuggestAsync(int requestId, CancellationToken ct = default)
    {
        var request = await db.PartnerRequests.Include(r => r.Invitations).AsNoTracking().FirstOrDefaultAsync(r => r.Id == requestId, ct);
        if (request is null) return null;
        var onTeam = await db.TeamMembers.Where(t => t.InitiativeId == request.InitiativeId).Select(t => t.PersonId).ToListAsync(ct);
        var invited = request.Invitations.Select(i => i.PersonId).ToList();
        var profiles = await db.PartnerProfiles.Where(p => p.Status == PartnerStatus.Active && !onTeam.Contains(p.PersonId) && !invited.Contains(p.PersonId))
            .Include(p => p.Person).Include(p => p.Records).AsNoTracking().ToListAsync(ct);
        var load = await db.TeamMembers.Where(t => t.Role == TeamRole.PatientPartner && t.Initiative!.Phase != InitiativePhase.Closed)
            .GroupBy(t => t.PersonId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var candidates = profiles.Select(p => new PartnerCandidate(p.Id, p.LivedExperience, p.Skills, p.Languages, p.Availability,
            p.Records.Any(r => r.Kind == PartnerRecordKind.Training), load.GetValueOrDefault(p.PersonId))).ToList();
        var ask = new PartnerAsk(request.Experience, request.Skills, request.Language, request.Availability);
        var byId = profiles.ToDictionary(p => p.Id);
        return PartnerMatching.Rank(ask, candidates)
            .Select(s => new SuggestionDto(s.Rank, s.PartnerId, byId[s.PartnerId].PersonId, byId[s.PartnerId].Person!.Name, s.Score, s.Reasons)).ToList();
    }

    public async Task<EditOutcome<PartnerInvitation>> InviteAsync(int requestId, InvitationForm form, CancellationToken ct = default)
    {
        var request = await db.PartnerRequests.Include(r => r.Invitations).FirstOrDefaultAsync(r => r.Id == requestId, ct);
        if (request is null) return EditOutcome<PartnerInvitation>.Missing();
        if (!await db.PartnerProfiles.AnyAsync(p => p.PersonId == form.PersonId && p.Status == PartnerStatus.Active, ct))
            return EditOutcome<PartnerInvitation>.Invalid("personId", "No active partner in the registry is this person.");
        if (request.Invitations.Any(i => i.PersonId == form.PersonId))
            return EditOutcome<PartnerInvitation>.Invalid("personId", "This partner is already invited for this request.");
        var invitation = new PartnerInvitation { PersonId = form.PersonId, InvitedOn = Today };
        request.Invitations.Add(invitation);
        await db.SaveChangesAsync(ct);
        await db.Entry(invitation).Reference(i => i.Person).LoadAsync(ct);
        return EditOutcome<PartnerInvitation>.Saved(invitation);
    }

    public async Task<EditOutcome<PartnerInvitation>> ChangeInvitationAsync(int invitationId, InvitationChangeForm form, CancellationToken ct = default)
    {
        var invitation = await db.PartnerInvitations.Include(i => i.Request).ThenInclude(r => r!.Initiative).ThenInclude(i => i!.Team)
            .Include(i => i.Person).FirstOrDefaultAsync(i => i.Id == invitationId, ct);
        if (invitation is null) return EditOutcome<PartnerInvitation>.Missing();
        var steps = (form.Onboarding ?? []).Aggregate(OnboardingSteps.None, (all, s) => all | s);
        if (steps != OnboardingSteps.None && form.Status != InvitationStatus.Accepted)
            return EditOutcome<PartnerInvitation>.Invalid("onboarding", "Onboarding starts once the partner has accepted.");
        invitation.Status = form.Status;
        invitation.Onboarding = steps;
        var initiative = invitation.Request!.Initiative!;
        if (steps.HasFlag(OnboardingSteps.AddedToTeam) && initiative.Team.All(t => t.PersonId != invitation.PersonId))
        {
            initiative.Team.Add(new TeamMember { PersonId = invitation.PersonId, Role = TeamRole.PatientPartner, JoinedOn = Today });
            if (!await db.PartnerEngagements.AnyAsync(e => e.InitiativeId == initiative.Id && e.PersonId == invitation.PersonId, ct))
            {
                db.PartnerEngagements.Add(new PartnerEngagement
                {
                    InitiativeId = initiative.Id, PersonId = invitation.PersonId, Level = EngagementLevel.Involvement, PhaseJoined = initiative.Phase,
                });
            }
        }
        await db.SaveChangesAsync(ct);
        return EditOutcome<PartnerInvitation>.Saved(invitation);
    }
}
