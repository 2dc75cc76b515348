using LearningLoop.Core.Improvement;
using LearningLoop.Core.Persistence;
using LearningLoop.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LearningLoop.Web.Features.Initiatives;

/// <summary>Creates and changes initiatives and their teams, for pages and the API alike. Every reference (units,
/// measures, people) is looked up through the tenancy filter, so another organisation's id is simply not found.</summary>
public sealed class InitiativeEditor(LearningLoopDbContext db, TimeProvider clock)
{
    public async Task<EditOutcome<Initiative>> SaveAsync(InitiativeForm form, int? id, int? creatorPersonId = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (FormChecks.Annotations(form) is { } invalid) return EditOutcome<Initiative>.Invalid(invalid);
        var initiative = id is null
            ? new Initiative { OrganisationId = db.Scope.OrganisationId, Title = "", CreatedUtc = Now }
            : await db.Initiatives.Include(i => i.Units).Include(i => i.Measures).FirstOrDefaultAsync(i => i.Id == id, ct);
        if (initiative is null) return EditOutcome<Initiative>.Missing();

        var errors = new Dictionary<string, string[]>();
        var unitIds = form.UnitIds.Distinct().ToList();
        var knownUnits = await db.Units.Where(u => unitIds.Contains(u.Id)).Select(u => u.Id).ToListAsync(ct);
        if (unitIds.Except(knownUnits).ToList() is { Count: > 0 } unknownUnits)
            errors[nameof(InitiativeForm.UnitIds)] = [$"No unit {string.Join(", ", unknownUnits)} in this organisation."];
        var measureIds = form.MeasureIds.Append(form.AimMeasureId ?? 0).Where(m => m > 0).Distinct().ToList();
        var knownMeasures = await db.Measures.Where(m => measureIds.Contains(m.Id)).Select(m => m.Id).ToListAsync(ct);
        if (form.AimMeasureId is { } aim && !knownMeasures.Contains(aim))
            errors[nameof(InitiativeForm.AimMeasureId)] = [$"There is no measure {aim} in this organisation."];
        if (form.MeasureIds.Except(knownMeasures).ToList() is { Count: > 0 } unknownMeasures)
            errors[nameof(InitiativeForm.MeasureIds)] = [$"No measure {string.Join(", ", unknownMeasures)} in this organisation."];
        if (form.AimDate is { } by && form.StartedOn is { } started && by <= started)
            errors[nameof(InitiativeForm.AimDate)] = ["The aim's date must come after the start: by when will the target be reached?"];
        var (leadId, leadError) = await FormChecks.PersonAsync(db, form.LeadId, form.Lead, ct);
        if (leadError is not null) errors[form.LeadId is null ? nameof(InitiativeForm.Lead) : nameof(InitiativeForm.LeadId)] = [leadError];
        var (sponsorId, sponsorError) = await FormChecks.PersonAsync(db, form.SponsorId, form.Sponsor, ct);
        if (sponsorError is not null) errors[form.SponsorId is null ? nameof(InitiativeForm.Sponsor) : nameof(InitiativeForm.SponsorId)] = [sponsorError];
        if (errors.Count > 0) return EditOutcome<Initiative>.Invalid(errors);

        initiative.Title = form.Title.Trim();
        initiative.Problem = FormChecks.Clean(form.Problem);
        initiative.AimStatement = FormChecks.Clean(form.AimStatement);
        initiative.AimMeasureId = form.AimMeasureId;
        initiative.AimBaseline = form.AimBaseline;
        initiative.AimTarget = form.AimTarget;
        initiative.AimDate = form.AimDate;
        initiative.Phase = form.Phase;
        initiative.StartedOn = form.StartedOn!.Value;
        // Whoever starts an initiative without naming a lead leads it: otherwise a manager could lock themselves out.
        initiative.LeadId = leadId ?? (id is null ? creatorPersonId : null);
        initiative.SponsorId = sponsorId;
        initiative.UpdatedUtc = Now;
        initiative.Units.RemoveAll(u => !unitIds.Contains(u.UnitId));
        foreach (var unitId in unitIds.Where(u => initiative.Units.All(x => x.UnitId != u)))
            initiative.Units.Add(new InitiativeUnit { Initiative = initiative, UnitId = unitId });
        initiative.Measures.RemoveAll(m => !measureIds.Contains(m.MeasureId));
        foreach (var measureId in measureIds.Where(m => initiative.Measures.All(x => x.MeasureId != m)))
            initiative.Measures.Add(new InitiativeMeasure { Initiative = initiative, MeasureId = measureId });
        if (id is null) db.Initiatives.Add(initiative);
        await db.SaveChangesAsync(ct);
        return EditOutcome<Initiative>.Saved(initiative);
    }

    public async Task<EditOutcome<TeamMember>> AddMemberAsync(int initiativeId, TeamMemberForm form, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (FormChecks.Annotations(form) is { } invalid) return EditOutcome<TeamMember>.Invalid(invalid);
        var initiative = await db.Initiatives.FirstOrDefaultAsync(i => i.Id == initiativeId, ct);
        if (initiative is null) return EditOutcome<TeamMember>.Missing();
        var field = form.PersonId is null ? nameof(TeamMemberForm.Person) : nameof(TeamMemberForm.PersonId);
        var (personId, error) = await FormChecks.PersonAsync(db, form.PersonId, form.Person, ct);
        if (error is not null) return EditOutcome<TeamMember>.Invalid(field, error);
        if (personId is not { } person) return EditOutcome<TeamMember>.Invalid(field, "Choose the person to add to the team.");
        if (await db.TeamMembers.AnyAsync(t => t.InitiativeId == initiativeId && t.PersonId == person, ct))
            return EditOutcome<TeamMember>.Invalid(field, "This person is already on the team.");
        var member = new TeamMember { InitiativeId = initiativeId, PersonId = person, Role = form.Role, JoinedOn = form.JoinedOn ?? Today };
        db.TeamMembers.Add(member);
        initiative.UpdatedUtc = Now;
        await db.SaveChangesAsync(ct);
        return EditOutcome<TeamMember>.Saved(member);
    }

    public async Task<bool> RemoveMemberAsync(int initiativeId, int memberId, CancellationToken ct = default)
    {
        var member = await db.TeamMembers.FirstOrDefaultAsync(t => t.Id == memberId && t.InitiativeId == initiativeId, ct);
        if (member is null) return false;
        db.TeamMembers.Remove(member);
        await db.SaveChangesAsync(ct);
        return true;
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;
    private DateOnly Today => DateOnly.FromDateTime(Now);
}
