using System.ComponentModel.DataAnnotations;
using LearningLoop.Analytics.Capability;
using LearningLoop.Core.Capability;
using LearningLoop.Core.Persistence;
using LearningLoop.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LearningLoop.Web.Features.Capability;

/// <summary>Saves plan actions for the page and the API alike: every reference (assessment, owner, initiatives,
/// measures) must be the organisation's own, and the domain and level must be the framework's.</summary>
public sealed class CapabilityPlanEditor(LearningLoopDbContext db, TimeProvider clock)
{
    public IQueryable<CapabilityAction> Actions => db.CapabilityActions.Include(a => a.Owner).Include(a => a.Wave);

    public async Task<EditOutcome<CapabilityAction>> SaveAsync(ActionForm form, int? id, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        CapabilityAction? action = null;
        if (id is { } existing && (action = await db.CapabilityActions.FirstOrDefaultAsync(a => a.Id == existing, ct)) is null)
        {
            return EditOutcome<CapabilityAction>.Missing();
        }
        var errors = await CheckAsync(form, ct);
        if (errors.Count > 0) return EditOutcome<CapabilityAction>.Invalid(errors);

        var now = clock.GetUtcNow().UtcDateTime;
        if (action is null)
        {
            action = new CapabilityAction { OrganisationId = db.Scope.OrganisationId, Title = "", Domain = "", CreatedUtc = now };
            db.CapabilityActions.Add(action);
        }
        action.Title = form.Title.Trim();
        action.Description = form.Description.Trim();
        action.Domain = form.Domain;
        action.Level = string.IsNullOrEmpty(form.Level) ? null : form.Level;
        action.WaveId = form.WaveId;
        action.OwnerId = form.OwnerId;
        action.StartsOn = form.StartsOn;
        action.DueOn = form.DueOn;
        action.Status = form.Status;
        action.UpdatedUtc = now;
        action.Initiatives.Clear();
        action.Initiatives.AddRange(form.InitiativeIds.Distinct().Select(i => new CapabilityActionInitiative { InitiativeId = i }));
        action.Measures.Clear();
        action.Measures.AddRange(form.MeasureIds.Distinct().Select(m => new CapabilityActionMeasure { MeasureId = m }));
        await db.SaveChangesAsync(ct);
        return EditOutcome<CapabilityAction>.Saved(action);
    }

    private async Task<Dictionary<string, string[]>> CheckAsync(ActionForm form, CancellationToken ct)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(form, new ValidationContext(form), results, validateAllProperties: true);
        var errors = results.GroupBy(r => r.MemberNames.FirstOrDefault() ?? "")
            .ToDictionary(g => g.Key, g => g.Select(r => r.ErrorMessage ?? "").ToArray());
        var domain = CapabilityFramework.Domain(form.Domain);
        if (domain is null && !string.IsNullOrEmpty(form.Domain)) errors.TryAdd(nameof(ActionForm.Domain), ["There is no such domain."]);
        if (!string.IsNullOrEmpty(form.Level) && (domain is null || !domain.Levels.Contains(form.Level)))
            errors.TryAdd(nameof(ActionForm.Level), ["This domain is not rated at that level."]);
        if (!Enum.IsDefined(form.Status)) errors.TryAdd(nameof(ActionForm.Status), ["Choose planned, in progress, done or dropped."]);
        if (form.StartsOn is { } s && form.DueOn is { } d && d < s) errors.TryAdd(nameof(ActionForm.DueOn), ["The action must be due on or after it starts."]);
        if (form.WaveId is { } w && !await db.Waves.AnyAsync(x => x.Id == w, ct)) errors.TryAdd(nameof(ActionForm.WaveId), ["There is no such assessment."]);
        if (form.OwnerId is { } o && !await db.People.AnyAsync(p => p.Id == o, ct)) errors.TryAdd(nameof(ActionForm.OwnerId), ["There is no such person."]);
        var initiatives = form.InitiativeIds.Distinct().ToList();
        if (await db.Initiatives.CountAsync(i => initiatives.Contains(i.Id), ct) != initiatives.Count)
            errors.TryAdd(nameof(ActionForm.InitiativeIds), ["One of the initiatives is not in this organisation."]);
        var measures = form.MeasureIds.Distinct().ToList();
        if (await db.Measures.CountAsync(m => measures.Contains(m.Id), ct) != measures.Count)
            errors.TryAdd(nameof(ActionForm.MeasureIds), ["One of the measures is not in this organisation."]);
        return errors;
    }
}
