using System.Security.Claims;
using LearningLoop.Core.Access;
using LearningLoop.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LearningLoop.Web.Features.Initiatives;

/// <summary>Who may change an initiative and what hangs off it. Everyone in the organisation may read it; administrators
/// and improvement leads may change any; otherwise its team (members, lead and sponsor) contributes, and only its lead and
/// sponsor govern it (<see cref="CanGovernAsync"/>). Records that belong to
/// no initiative (a unit's own intervention, a lesson or an interview note) may also be kept by managers.</summary>
public sealed class InitiativeAccess(LearningLoopDbContext db)
{
    public static bool LeadsImprovement(ClaimsPrincipal user) =>
        user.IsInRole(Roles.Administrator) || user.IsInRole(Roles.ImprovementLead);

    /// <summary>May start initiatives and keep records of no initiative.</summary>
    public static bool MayStart(ClaimsPrincipal user) => LeadsImprovement(user) || user.IsInRole(Roles.Manager);

    /// <summary>May the user change initiative <paramref name="initiativeId"/> (or, when null, a record of no initiative)?
    /// An initiative that does not exist in the organisation is not the question here: callers answer 404 for it.</summary>
    public async Task<bool> CanEditAsync(ClaimsPrincipal user, int? initiativeId, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (LeadsImprovement(user))
        {
            return true;
        }
        if (initiativeId is not { } id)
        {
            return MayStart(user);
        }
        var personId = await PersonIdAsync(user, ct);
        return personId is { } p && await db.Initiatives.AnyAsync(i => i.Id == id && (i.LeadId == p || i.SponsorId == p || i.Team.Any(t => t.PersonId == p)), ct);
    }

    /// <summary>May the user change what the initiative is (aim, phase, lead, sponsor) and who is on it? Its lead and
    /// sponsor, improvement leads and administrators: the rest of the team contributes (cycles, drivers, lessons) but
    /// cannot redefine the initiative or its membership.</summary>
    public async Task<bool> CanGovernAsync(ClaimsPrincipal user, int initiativeId, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (LeadsImprovement(user))
        {
            return true;
        }
        var personId = await PersonIdAsync(user, ct);
        return personId is { } p && await db.Initiatives.AnyAsync(i => i.Id == initiativeId && (i.LeadId == p || i.SponsorId == p), ct);
    }

    /// <summary>The person record the signed-in user is, if any (a team is made of people, not of sign-ins).</summary>
    public async Task<int?> PersonIdAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        return userId is null ? null : await db.Users.Where(u => u.Id == userId).Select(u => u.PersonId).FirstOrDefaultAsync(ct);
    }
}
