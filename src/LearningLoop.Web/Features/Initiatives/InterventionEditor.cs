using LearningLoop.Core.Improvement;
using LearningLoop.Core.Persistence;
using LearningLoop.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LearningLoop.Web.Features.Initiatives;

/// <summary>Logs interventions (coaching, huddles, relational mapping, training, other changes) for a unit, an
/// initiative or both. Who may log one for an initiative is the caller's question (<see cref="InitiativeAccess"/>).</summary>
public sealed class InterventionEditor(LearningLoopDbContext db)
{
    public async Task<EditOutcome<Intervention>> SaveAsync(InterventionForm form, int? id = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (FormChecks.Annotations(form) is { } invalid) return EditOutcome<Intervention>.Invalid(invalid);
        var intervention = id is null
            ? new Intervention { OrganisationId = db.Scope.OrganisationId, Title = "" }
            : await db.Interventions.FirstOrDefaultAsync(i => i.Id == id, ct);
        if (intervention is null) return EditOutcome<Intervention>.Missing();
        var errors = new Dictionary<string, string[]>();
        if (form.InitiativeId is { } initiative && !await db.Initiatives.AnyAsync(i => i.Id == initiative, ct))
            errors[nameof(InterventionForm.InitiativeId)] = [$"There is no initiative {initiative} in this organisation."];
        if (form.UnitId is { } unit && !await db.Units.AnyAsync(u => u.Id == unit, ct))
            errors[nameof(InterventionForm.UnitId)] = [$"There is no unit {unit} in this organisation."];
        if (form.InitiativeId is null && form.UnitId is null)
            errors[nameof(InterventionForm.UnitId)] = ["Say where it happened: choose a unit (or log it on an initiative)."];
        if (form.EndsOn is { } ends && form.StartsOn is { } starts && ends < starts)
            errors[nameof(InterventionForm.EndsOn)] = ["It cannot end before it starts."];
        if (errors.Count > 0) return EditOutcome<Intervention>.Invalid(errors);

        intervention.InitiativeId = form.InitiativeId;
        intervention.UnitId = form.UnitId;
        intervention.Kind = form.Kind;
        intervention.Title = form.Title.Trim();
        intervention.Description = FormChecks.Clean(form.Description);
        intervention.StartsOn = form.StartsOn!.Value;
        intervention.EndsOn = form.EndsOn;
        intervention.Participants = FormChecks.Clean(form.Participants);
        intervention.ParticipantCount = form.ParticipantCount;
        if (id is null) db.Interventions.Add(intervention);
        await db.SaveChangesAsync(ct);
        return EditOutcome<Intervention>.Saved(intervention);
    }

    public async Task<bool> DeleteAsync(int id, CancellationToken ct = default)
    {
        var intervention = await db.Interventions.FirstOrDefaultAsync(i => i.Id == id, ct);
        if (intervention is null) return false;
        db.Interventions.Remove(intervention);
        await db.SaveChangesAsync(ct);
        return true;
    }
}
