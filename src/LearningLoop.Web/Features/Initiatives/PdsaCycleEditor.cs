using LearningLoop.Core.Improvement;
using LearningLoop.Core.Measures;
using LearningLoop.Core.Persistence;
using LearningLoop.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LearningLoop.Web.Features.Initiatives;

/// <summary>Plans and writes up PDSA cycles. A cycle joins the end of its change idea's ramp; it is put on the studied
/// measure's chart as an annotation (<see cref="PdsaAnnotations"/>); adopting it may start a new phase on that chart.</summary>
public sealed class PdsaCycleEditor(LearningLoopDbContext db, TimeProvider clock)
{
    public async Task<EditOutcome<PdsaCycle>> SaveAsync(int initiativeId, PdsaCycleForm form, int? cycleId = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (FormChecks.Annotations(form) is { } invalid) return EditOutcome<PdsaCycle>.Invalid(invalid);
        var initiative = await db.Initiatives.FirstOrDefaultAsync(i => i.Id == initiativeId, ct);
        if (initiative is null) return EditOutcome<PdsaCycle>.Missing();
        var cycle = cycleId is null
            ? new PdsaCycle { InitiativeId = initiativeId, Title = "" }
            : await db.PdsaCycles.Include(c => c.MeasurePhase).FirstOrDefaultAsync(c => c.Id == cycleId && c.InitiativeId == initiativeId, ct);
        if (cycle is null) return EditOutcome<PdsaCycle>.Missing();

        var errors = new Dictionary<string, string[]>();
        var idea = await db.ChangeIdeas.FirstOrDefaultAsync(c => c.Id == form.ChangeIdeaId && c.InitiativeId == initiativeId, ct);
        if (idea is null) errors[nameof(PdsaCycleForm.ChangeIdeaId)] = [$"There is no change idea {form.ChangeIdeaId} in this initiative."];
        var measure = form.MeasureId is { } m ? await db.Measures.FirstOrDefaultAsync(x => x.Id == m, ct) : null;
        if (form.MeasureId is not null && measure is null) errors[nameof(PdsaCycleForm.MeasureId)] = [$"There is no measure {form.MeasureId} in this organisation."];
        if (form.EndsOn is { } ends && form.StartsOn is { } starts && ends < starts)
            errors[nameof(PdsaCycleForm.EndsOn)] = ["The test cannot end before it starts."];
        if (form.Decision is not null && string.IsNullOrWhiteSpace(form.Result))
            errors[nameof(PdsaCycleForm.Decision)] = ["Study before you act: write the result against the prediction first."];
        if (form.StartPhase && (form.Decision != PdsaDecision.Adopt || form.MeasureId is null))
            errors[nameof(PdsaCycleForm.StartPhase)] = ["Only an adopted change, studied on a measure, starts a new phase on its chart."];
        if (errors.Count > 0) return EditOutcome<PdsaCycle>.Invalid(errors);

        if (cycle.ChangeIdeaId != idea!.Id)
        {
            // Joins the end of the ramp of the change idea it now tests.
            cycle.Number = 1 + (await db.PdsaCycles.Where(c => c.ChangeIdeaId == idea.Id).MaxAsync(c => (int?)c.Number, ct) ?? 0);
            cycle.ChangeIdeaId = idea.Id;
        }
        cycle.Title = form.Title.Trim();
        cycle.Question = form.Question.Trim();
        cycle.Prediction = form.Prediction.Trim();
        cycle.Scale = FormChecks.Clean(form.Scale);
        cycle.Who = FormChecks.Clean(form.Who);
        cycle.What = FormChecks.Clean(form.What);
        cycle.Where = FormChecks.Clean(form.Where);
        cycle.StartsOn = form.StartsOn!.Value;
        cycle.EndsOn = form.EndsOn;
        cycle.DataToCollect = FormChecks.Clean(form.DataToCollect);
        cycle.WhatHappened = FormChecks.Clean(form.WhatHappened);
        cycle.Observations = FormChecks.Clean(form.Observations);
        cycle.Result = FormChecks.Clean(form.Result);
        cycle.MeasureId = form.MeasureId;
        cycle.Decision = form.Decision;
        cycle.NextSteps = FormChecks.Clean(form.NextSteps);
        if (cycleId is null) db.PdsaCycles.Add(cycle);
        await PlacePhaseAsync(cycle, form.StartPhase ? measure : null, idea.Text, ct);
        initiative.UpdatedUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);

        await PdsaAnnotations.RewriteAsync(db, initiativeId, ct);
        await db.SaveChangesAsync(ct);
        return EditOutcome<PdsaCycle>.Saved(cycle);
    }

    public async Task<bool> DeleteAsync(int initiativeId, int cycleId, CancellationToken ct = default)
    {
        var cycle = await db.PdsaCycles.Include(c => c.MeasurePhase).FirstOrDefaultAsync(c => c.Id == cycleId && c.InitiativeId == initiativeId, ct);
        if (cycle is null) return false;
        await PlacePhaseAsync(cycle, null, "", ct);
        db.PdsaCycles.Remove(cycle);
        await db.SaveChangesAsync(ct);
        await PdsaAnnotations.RewriteAsync(db, initiativeId, ct);
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>Keeps the cycle's phase break where it belongs: the first period after the test ended, on the studied
    /// measure; none when the change is not (or no longer) adopted with a new phase. A break someone already placed at
    /// that period is shared, not duplicated.</summary>
    private async Task PlacePhaseAsync(PdsaCycle cycle, Measure? measure, string label, CancellationToken ct)
    {
        var wanted = measure is null ? (DateOnly?)null
            : MeasurePeriods.Next(MeasurePeriods.Start(cycle.EndsOn ?? cycle.StartsOn, measure.Frequency), measure.Frequency);
        if (cycle.MeasurePhase is { } current && (measure is null || current.MeasureId != measure.Id || current.StartsOn != wanted))
        {
            db.MeasurePhases.Remove(current);
            cycle.MeasurePhase = null;
            cycle.MeasurePhaseId = null;
        }
        if (measure is null || cycle.MeasurePhase is not null)
        {
            return;
        }
        var existing = db.MeasurePhases.Local.FirstOrDefault(p => p.MeasureId == measure.Id && p.StartsOn == wanted)
            ?? await db.MeasurePhases.FirstOrDefaultAsync(p => p.MeasureId == measure.Id && p.StartsOn == wanted, ct);
        cycle.MeasurePhase = existing ?? new MeasurePhase { MeasureId = measure.Id, StartsOn = wanted!.Value, Label = label.Length <= 200 ? label : label[..200] };
    }
}
