using System.Security.Claims;
using LearningLoop.Analytics.Partnership;
using LearningLoop.Core.Access;
using LearningLoop.Core.Improvement;
using LearningLoop.Core.Partners;
using LearningLoop.Core.Persistence;
using LearningLoop.Web.Features.Initiatives;
using Microsoft.EntityFrameworkCore;

namespace LearningLoop.Web.Features.Partners;

public sealed record EngagedPartnerDto(int PersonId, string Name, EngagementLevel Level, InitiativePhase? PhaseJoined, DateOnly? JoinedOn,
    int MeetingsSinceJoining, int MeetingsAttended, int DecisionsSinceJoining, int DecisionsCoMade);

public sealed record MeetingDto(int Id, DateOnly HeldOn, string Title, string Place, IReadOnlyList<int> AttendeeIds, bool AttendanceRecorded);

public sealed record DecisionDto(int Id, DateOnly MadeOn, string Text, IReadOnlyList<int> CoMakerIds, IReadOnlyList<string> CoMakers);

public sealed record WarningDto(int PersonId, string Partner, TokenismSign Sign, string Reason);

/// <summary>An initiative's partnership: its level (the highest of its partners'), its partners with their attendance and
/// decisions, its meetings and decisions, and, for those who answer for it, the warning signs of tokenism
/// (<see cref="Warnings"/> is null for the others).</summary>
public sealed record EngagementDto(int InitiativeId, EngagementLevel? Level, int TeamSize, IReadOnlyList<EngagedPartnerDto> Partners,
    IReadOnlyList<MeetingDto> Meetings, IReadOnlyList<DecisionDto> Decisions, IReadOnlyList<WarningDto>? Warnings);

/// <summary>Reads an initiative's engagement and decides who may: its team, managers and improvement leads read it;
/// its lead and sponsor, managers and improvement leads also see the warning signs (issue 10). A meeting counts for
/// attendance once its attendance is recorded, so a meeting still to come or not yet written up never counts against
/// anyone.</summary>
public sealed class EngagementQueries(LearningLoopDbContext db, InitiativeAccess access)
{
    public async Task<bool> MayReadAsync(ClaimsPrincipal user, int initiativeId, CancellationToken ct = default) =>
        InitiativeAccess.LeadsImprovement(user) || user.IsInRole(Roles.Manager) || await access.CanEditAsync(user, initiativeId, ct);

    public async Task<bool> SeesWarningsAsync(ClaimsPrincipal user, int initiativeId, CancellationToken ct = default) =>
        InitiativeAccess.LeadsImprovement(user) || user.IsInRole(Roles.Manager) || await access.CanGovernAsync(user, initiativeId, ct);

    public async Task<EngagementDto?> LoadAsync(int initiativeId, bool withWarnings, CancellationToken ct = default)
    {
        var initiative = await db.Initiatives.Where(i => i.Id == initiativeId)
            .Select(i => new { i.LeadId, i.SponsorId, Team = i.Team.Select(t => new { t.PersonId, t.Role, t.JoinedOn, t.Person!.Name }).ToList() })
            .AsNoTracking().FirstOrDefaultAsync(ct);
        if (initiative is null) return null;
        var engagements = await db.PartnerEngagements.Where(e => e.InitiativeId == initiativeId).Include(e => e.Person).AsNoTracking().ToListAsync(ct);
        var meetings = await db.EngagementMeetings.Where(m => m.InitiativeId == initiativeId).OrderBy(m => m.HeldOn).ThenBy(m => m.Id).AsNoTracking().ToListAsync(ct);
        var decisions = await db.EngagementDecisions.Where(d => d.InitiativeId == initiativeId).OrderBy(d => d.MadeOn).ThenBy(d => d.Id).AsNoTracking().ToListAsync(ct);
        var teamIds = initiative.Team.Select(t => t.PersonId).Append(initiative.LeadId ?? 0).Append(initiative.SponsorId ?? 0).Where(id => id > 0).Distinct().ToList();
        var names = await db.People.Where(p => teamIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, ct);

        // Partners: those with an engagement record and any team member in the patient-partner role without one.
        var partners = engagements.Select(e => (e.PersonId, Name: e.Person!.Name, e.Level, Phase: (InitiativePhase?)e.PhaseJoined)).ToList();
        partners.AddRange(initiative.Team.Where(t => t.Role == TeamRole.PatientPartner && engagements.All(e => e.PersonId != t.PersonId))
            .Select(t => (t.PersonId, t.Name, EngagementLevel.Involvement, (InitiativePhase?)null)));
        var recorded = meetings.Where(m => m.AttendeeIds.Count > 0).ToList();
        var partnerRows = partners.Select(p =>
        {
            var joined = initiative.Team.FirstOrDefault(t => t.PersonId == p.PersonId)?.JoinedOn;
            var since = recorded.Where(m => joined is null || m.HeldOn >= joined).ToList();
            return new EngagedPartnerDto(p.PersonId, p.Name, p.Level, p.Phase, joined, since.Count, since.Count(m => m.AttendeeIds.Contains(p.PersonId)),
                decisions.Count(d => joined is null || d.MadeOn >= joined), decisions.Count(d => d.CoMakerIds.Contains(p.PersonId)));
        }).OrderBy(p => p.Name, StringComparer.Ordinal).ToList();

        IReadOnlyList<WarningDto>? warnings = null;
        if (withWarnings)
        {
            var facts = partnerRows.Select(p => new PartnerEngagementFacts(p.PersonId, p.PhaseJoined > InitiativePhase.Planning,
                p.MeetingsSinceJoining, p.MeetingsAttended, p.DecisionsSinceJoining, p.DecisionsCoMade)).ToList();
            warnings = TokenismSigns.Assess(facts, teamIds.Count)
                .Select(w => new WarningDto(w.PartnerId, partnerRows.First(p => p.PersonId == w.PartnerId).Name, w.Sign, w.Reason)).ToList();
        }
        return new EngagementDto(initiativeId, partnerRows.Count == 0 ? null : partnerRows.Max(p => p.Level), teamIds.Count, partnerRows,
            meetings.Select(m => new MeetingDto(m.Id, m.HeldOn, m.Title, m.Place, m.AttendeeIds, m.AttendeeIds.Count > 0)).ToList(),
            decisions.Select(d => new DecisionDto(d.Id, d.MadeOn, d.Text, d.CoMakerIds,
                d.CoMakerIds.Select(id => names.TryGetValue(id, out var n) ? n : "#" + id).ToList())).ToList(),
            warnings);
    }

    /// <summary>The people who may attend or co-make: the initiative's lead, sponsor and team.</summary>
    public async Task<HashSet<int>> TeamAsync(int initiativeId, CancellationToken ct = default)
    {
        var i = await db.Initiatives.Where(x => x.Id == initiativeId)
            .Select(x => new { x.LeadId, x.SponsorId, Team = x.Team.Select(t => t.PersonId).ToList() }).FirstOrDefaultAsync(ct);
        if (i is null) return [];
        var set = i.Team.ToHashSet();
        if (i.LeadId is { } l) set.Add(l);
        if (i.SponsorId is { } s) set.Add(s);
        return set;
    }

    /// <summary>The initiative's lead, sponsor and team by name, partners marked, for the forms' attendance and co-maker lists.</summary>
    public async Task<List<TeamPerson>> TeamPeopleAsync(int initiativeId, CancellationToken ct = default)
    {
        var ids = await TeamAsync(initiativeId, ct);
        return (await db.People.Where(p => ids.Contains(p.Id)).Select(p => new { p.Id, p.Name, p.Level }).ToListAsync(ct))
            .Select(p => new TeamPerson(p.Id, p.Name, p.Level == Core.Organisations.ManagementLevel.PatientPartner))
            .OrderBy(p => p.IsPartner ? 0 : 1).ThenBy(p => p.Name, StringComparer.Ordinal).ToList();
    }
}

public sealed record TeamPerson(int Id, string Name, bool IsPartner);

