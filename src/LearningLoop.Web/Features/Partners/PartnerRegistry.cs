using System.Security.Claims;
using LearningLoop.Core.Organisations;
using LearningLoop.Core.Partners;
using LearningLoop.Core.Persistence;
using LearningLoop.Web.Features.Initiatives;
using LearningLoop.Web.Features.Organisation;
using LearningLoop.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LearningLoop.Web.Features.Partners;

/// <summary>Reads and keeps partners' files. Which files a reader sees is <see cref="PeopleVisibility"/>'s rule for the
/// partner's person, applied once here for the pages and the API: a file the reader may not see is absent (404).</summary>
public sealed class PartnerRegistry(LearningLoopDbContext db, PeopleVisibility visibility, InitiativeAccess access)
{
    public IQueryable<PartnerProfile> Visible(ClaimsPrincipal user)
    {
        var people = visibility.Visible(user);
        return db.PartnerProfiles.Where(p => people.Any(x => x.Id == p.PersonId));
    }

    /// <summary>The signed-in user's person, synchronously (pages decide 404 before their first await).</summary>
    public int? PersonOf(ClaimsPrincipal user)
    {
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        return db.Users.Where(u => u.Id == userId).Select(u => u.PersonId).FirstOrDefault();
    }

    /// <summary>The signed-in user's own file id, synchronously; null when they have none.</summary>
    public int? Mine(ClaimsPrincipal user)
    {
        var me = PersonOf(user) ?? -1;
        return db.PartnerProfiles.Where(p => p.PersonId == me).Select(p => (int?)p.Id).FirstOrDefault();
    }

    /// <summary>The signed-in partner's own file id, if they have one.</summary>
    public async Task<int?> MineAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        var me = await access.PersonIdAsync(user, ct);
        return me is null ? null : await db.PartnerProfiles.Where(p => p.PersonId == me).Select(p => (int?)p.Id).FirstOrDefaultAsync(ct);
    }

    public async Task<List<PartnerSummaryDto>> ListAsync(ClaimsPrincipal user, string? q, PartnerStatus? status, CancellationToken ct = default)
    {
        var people = PeopleVisibility.Search(visibility.Visible(user), q, user);
        var query = db.PartnerProfiles.Where(p => people.Any(x => x.Id == p.PersonId));
        if (status is { } s) query = query.Where(p => p.Status == s);
        var rows = await query.OrderBy(p => p.Person!.Name).Select(p => new
        {
            p.Id, p.PersonId, p.Person!.Name, p.Status, p.LivedExperience, p.Languages,
            Initiatives = db.TeamMembers.Count(t => t.PersonId == p.PersonId),
        }).AsNoTracking().ToListAsync(ct);
        return rows.Select(r => new PartnerSummaryDto(r.Id, r.PersonId, r.Name, r.Status, r.LivedExperience, r.Languages, r.Initiatives)).ToList();
    }

    public async Task<PartnerDto?> FindAsync(ClaimsPrincipal user, int id, CancellationToken ct = default)
    {
        var p = await Visible(user).Where(x => x.Id == id).Include(x => x.Person).Include(x => x.Records).AsNoTracking().FirstOrDefaultAsync(ct);
        if (p is null) return null;
        var levels = await db.PartnerEngagements.Where(e => e.PersonId == p.PersonId).ToDictionaryAsync(e => e.InitiativeId, e => e.Level, ct);
        var initiatives = await db.TeamMembers.Where(t => t.PersonId == p.PersonId).OrderBy(t => t.Initiative!.Title)
            .Select(t => new { t.InitiativeId, t.Initiative!.Title }).ToListAsync(ct);
        return new PartnerDto(p.Id, p.PersonId, p.Person!.Name, PeopleVisibility.SeesContactDetails(user) ? p.Person.Email : null, p.Status,
            p.LivedExperience, p.Skills, p.Languages, AvailabilityWords.Of(p.Availability), p.About, p.JoinedOn,
            p.Records.OrderBy(r => r.On).ThenBy(r => r.Id).Select(PartnerRecordDto.From).ToList(),
            initiatives.Select(i => new PartnerInitiativeDto(i.InitiativeId, i.Title, levels.TryGetValue(i.InitiativeId, out var l) ? l : null)).ToList());
    }

    /// <summary>Creates (id null) or changes a file; errors by field.</summary>
    public async Task<EditOutcome<PartnerProfile>> SaveAsync(PartnerForm form, int? id, CancellationToken ct = default)
    {
        var errors = new Dictionary<string, string[]>();
        var person = await db.People.FirstOrDefaultAsync(p => p.Id == form.PersonId, ct);
        if (person is null) errors["personId"] = ["No such person in your organisation."];
        else if (person.Level != ManagementLevel.PatientPartner) errors["personId"] = ["The person is not at the patient-partner level."];
        var profile = id is { } existing ? await db.PartnerProfiles.FirstOrDefaultAsync(p => p.Id == existing, ct) : null;
        if (id is not null && profile is null) return EditOutcome<PartnerProfile>.Missing();
        if (person is not null && await db.PartnerProfiles.AnyAsync(p => p.PersonId == person.Id && p.Id != (id ?? 0), ct))
            errors["personId"] = ["This partner already has a file."];
        if (errors.Count > 0) return EditOutcome<PartnerProfile>.Invalid(errors);
        profile ??= db.PartnerProfiles.Add(new PartnerProfile { OrganisationId = person!.OrganisationId }).Entity;
        profile.PersonId = person!.Id;
        profile.Status = form.Status;
        profile.LivedExperience = Clean(form.LivedExperience);
        profile.Skills = Clean(form.Skills);
        profile.Languages = Clean(form.Languages);
        profile.Availability = AvailabilityWords.Combine(form.Availability);
        profile.About = form.About?.Trim() ?? "";
        profile.JoinedOn = form.JoinedOn;
        await db.SaveChangesAsync(ct);
        return EditOutcome<PartnerProfile>.Saved(profile);
    }

    public async Task<EditOutcome<PartnerRecord>> AddRecordAsync(int id, PartnerRecordForm form, CancellationToken ct = default)
    {
        if (!await db.PartnerProfiles.AnyAsync(p => p.Id == id, ct)) return EditOutcome<PartnerRecord>.Missing();
        if (string.IsNullOrWhiteSpace(form.Name)) return EditOutcome<PartnerRecord>.Invalid("name", "Name the training, consent, agreement or recognition.");
        if (form.Until is { } until && until < form.On) return EditOutcome<PartnerRecord>.Invalid("until", "Ends before it starts.");
        var record = db.PartnerRecords.Add(new PartnerRecord { ProfileId = id, Kind = form.Kind, Name = form.Name.Trim(), On = form.On, Until = form.Until, Amount = form.Amount }).Entity;
        await db.SaveChangesAsync(ct);
        return EditOutcome<PartnerRecord>.Saved(record);
    }

    /// <summary>Trimmed, non-empty, each once (ignoring case), in the given order.</summary>
    public static List<string> Clean(IEnumerable<string>? values) =>
        (values ?? []).Select(v => v.Trim()).Where(v => v.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
}
