using System.Security.Claims;
using LearningLoop.Core.Access;
using LearningLoop.Core.Organisations;
using LearningLoop.Core.Persistence;
using LearningLoop.Web.Features.Initiatives;

namespace LearningLoop.Web.Features.Organisation;

/// <summary>Who sees whom, decided per field (docs/guide/access.md has the table). Everyone in the organisation sees
/// colleagues' names, workgroups and units; e-mail addresses only administrators, improvement leads and managers, who
/// organise people. A patient partner is a member of the public: their profile is seen only by administrators,
/// improvement leads and the leads of the initiatives they belong to (and by the partner themselves).</summary>
public sealed class PeopleVisibility(LearningLoopDbContext db, InitiativeAccess access)
{
    public static bool SeesContactDetails(ClaimsPrincipal user) =>
        user.IsInRole(Roles.Administrator) || user.IsInRole(Roles.ImprovementLead) || user.IsInRole(Roles.Manager);

    public static bool SeesEveryPartner(ClaimsPrincipal user) =>
        user.IsInRole(Roles.Administrator) || user.IsInRole(Roles.ImprovementLead);

    /// <summary>The people whose profile the user may open; a filter on the tenancy-filtered people of the organisation.</summary>
    public async Task<IQueryable<Person>> VisibleAsync(ClaimsPrincipal user, CancellationToken ct = default) =>
        SeesEveryPartner(user) ? db.People : Visible(await access.PersonIdAsync(user, ct));

    /// <summary>As <see cref="VisibleAsync"/>, synchronously: for pages that must decide 404 before their first await.</summary>
    public IQueryable<Person> Visible(ClaimsPrincipal user)
    {
        if (SeesEveryPartner(user)) return db.People;
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        return Visible(db.Users.Where(u => u.Id == userId).Select(u => u.PersonId).FirstOrDefault());
    }

    private IQueryable<Person> Visible(int? personId)
    {
        var me = personId ?? -1;
        return db.People.Where(p => p.Level != ManagementLevel.PatientPartner || p.Id == me
            || db.Initiatives.Any(i => i.LeadId == me && i.Team.Any(t => t.PersonId == p.Id)));
    }

    /// <summary>Name or e-mail for those who see e-mails; name only for the others, so that a search cannot be used to
    /// test whether an address belongs to someone.</summary>
    public static IQueryable<Person> Search(IQueryable<Person> people, string? text, ClaimsPrincipal user) =>
        PeopleSearch.Apply(people, text, byEmail: SeesContactDetails(user));
}
