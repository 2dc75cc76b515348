using LearningLoop.Core.Improvement;
using LearningLoop.Core.Persistence;
using LearningLoop.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LearningLoop.Web.Features.Initiatives;

/// <summary>Records a unit's adoption of an initiative's practice: the arrows of the spread map.</summary>
public sealed class SpreadEditor(LearningLoopDbContext db)
{
    public async Task<EditOutcome<Adoption>> AddAsync(int initiativeId, AdoptionForm form, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (FormChecks.Annotations(form) is { } invalid) return EditOutcome<Adoption>.Invalid(invalid);
        var initiative = await db.Initiatives.Include(i => i.Units).FirstOrDefaultAsync(i => i.Id == initiativeId, ct);
        if (initiative is null) return EditOutcome<Adoption>.Missing();
        var errors = new Dictionary<string, string[]>();
        if (!await db.Units.AnyAsync(u => u.Id == form.UnitId, ct))
            errors[nameof(AdoptionForm.UnitId)] = [$"There is no unit {form.UnitId} in this organisation."];
        else if (initiative.Units.Any(u => u.UnitId == form.UnitId))
            errors[nameof(AdoptionForm.UnitId)] = ["This unit is where the practice started; choose a unit it spread to."];
        else if (await db.Adoptions.Where(a => a.InitiativeId == initiativeId && a.UnitId == form.UnitId).Select(a => (DateOnly?)a.AdoptedOn).FirstOrDefaultAsync(ct) is { } already)
            errors[nameof(AdoptionForm.UnitId)] = [$"This unit already adopted the practice on {already:yyyy-MM-dd}."];
        if (form.FromUnitId is { } from && (from == form.UnitId || !await db.Units.AnyAsync(u => u.Id == from, ct)))
            errors[nameof(AdoptionForm.FromUnitId)] = [from == form.UnitId ? "A unit cannot learn the practice from itself." : $"There is no unit {from} in this organisation."];
        if (form.AdoptedOn is { } on && on < initiative.StartedOn)
            errors[nameof(AdoptionForm.AdoptedOn)] = [$"The initiative started on {initiative.StartedOn:yyyy-MM-dd}; an adoption comes after it."];
        if (errors.Count > 0) return EditOutcome<Adoption>.Invalid(errors);

        var adoption = new Adoption
        {
            InitiativeId = initiativeId, UnitId = form.UnitId, FromUnitId = form.FromUnitId, AdoptedOn = form.AdoptedOn!.Value,
            Adaptation = FormChecks.Clean(form.Adaptation), Result = FormChecks.Clean(form.Result),
        };
        db.Adoptions.Add(adoption);
        await db.SaveChangesAsync(ct);
        return EditOutcome<Adoption>.Saved(adoption);
    }

    public async Task<bool> DeleteAsync(int initiativeId, int adoptionId, CancellationToken ct = default)
    {
        var adoption = await db.Adoptions.FirstOrDefaultAsync(a => a.Id == adoptionId && a.InitiativeId == initiativeId, ct);
        if (adoption is null) return false;
        db.Adoptions.Remove(adoption);
        await db.SaveChangesAsync(ct);
        return true;
    }
}
