using System.ComponentModel.DataAnnotations;
using System.Globalization;
using LearningLoop.Core.Imports;
using LearningLoop.Core.Measures;
using LearningLoop.Core.Persistence;
using LearningLoop.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LearningLoop.Web.Features.Measures;

/// <summary>Creates, changes and deletes measures and replaces their data. Pages and API endpoints both go through
/// here, so a rule is written once. Every lookup runs through the tenancy filter: another organisation's id is simply
/// not found.</summary>
public sealed class MeasureEditor(LearningLoopDbContext db)
{
    public async Task<EditOutcome<Measure>> SaveAsync(MeasureForm form, int? id, CancellationToken ct = default)
    {
        var errors = Annotations(form);
        var measure = id is null
            ? new Measure { OrganisationId = db.Scope.OrganisationId, Name = form.Name }
            : await db.Measures.Include(m => m.Phases).Include(m => m.Annotations).FirstOrDefaultAsync(m => m.Id == id, ct);
        if (measure is null) return EditOutcome<Measure>.Missing();

        await CheckOwnerAsync(form, errors, ct);
        DateOnly? baselineEnd = null;
        if (!string.IsNullOrWhiteSpace(form.BaselineEnd))
        {
            if (MeasurePeriods.TryParse(form.BaselineEnd, form.Frequency, out var end)) baselineEnd = end;
            else Add(errors, nameof(MeasureForm.BaselineEnd), $"'{form.BaselineEnd.Trim()}' is not a period; use {MeasurePeriods.Formats(form.Frequency)}.");
        }
        var phases = Phases(form, errors);
        var annotations = NotesOnTheChart(form, errors);
        if (errors.Count > 0) return EditOutcome<Measure>.Invalid(errors);

        measure.Name = form.Name.Trim();
        (measure.OwnerLevel, measure.UnitId, measure.DivisionId) = (form.OwnerLevel, form.UnitId, form.DivisionId);
        measure.OperationalDefinition = form.OperationalDefinition.Trim();
        measure.Kind = form.Kind;
        measure.NumeratorDefinition = form.NumeratorDefinition.Trim();
        measure.DenominatorDefinition = form.DenominatorDefinition.Trim();
        measure.ValueLabel = form.ValueLabel.Trim();
        measure.Frequency = form.Frequency;
        measure.Chart = form.Chart;
        measure.Multiplier = form.Multiplier;
        measure.Direction = form.Direction;
        measure.Target = form.Target;
        measure.RuleSet = form.RuleSet ?? await OrganisationRuleSetAsync(ct);
        measure.BaselineEnd = baselineEnd;
        measure.Phases.Clear();
        measure.Phases.AddRange(phases);
        measure.Annotations.Clear();
        measure.Annotations.AddRange(annotations);
        if (id is null) db.Measures.Add(measure);
        await db.SaveChangesAsync(ct);
        return EditOutcome<Measure>.Saved(measure);
    }

    /// <summary>The rule set a measure takes when none is chosen (<see cref="Core.Organisations.Organisation.MeasureRuleSet"/>).</summary>
    public Task<Analytics.Spc.SpcRuleSet> OrganisationRuleSetAsync(CancellationToken ct = default) =>
        db.Organisations.Where(o => o.Id == db.Scope.OrganisationId).Select(o => o.MeasureRuleSet).FirstOrDefaultAsync(ct);

    public async Task<bool> DeleteAsync(int id, CancellationToken ct = default)
    {
        var measure = await db.Measures.FirstOrDefaultAsync(m => m.Id == id, ct);
        if (measure is null) return false;
        db.Measures.Remove(measure);
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>Replaces all of a measure's data with the given rows (the grid shows them all; an API PUT sends them
    /// all). Nothing changes when a row is wrong; each error names its row (1-based) and column.</summary>
    public async Task<(bool Found, IReadOnlyList<ImportError> Errors)> ReplaceValuesAsync(int measureId, IReadOnlyList<MeasureValueInput> rows, CancellationToken ct = default)
    {
        var measure = await db.Measures.Include(m => m.Values).FirstOrDefaultAsync(m => m.Id == measureId, ct);
        if (measure is null) return (false, []);
        var (checkedRows, errors) = MeasureValueRules.Check(rows, measure.Frequency, measure.Chart);
        if (errors.Count > 0) return (true, errors);
        db.MeasureValues.RemoveRange(measure.Values);
        db.MeasureValues.AddRange(checkedRows.Select(r => new MeasureValue { MeasureId = measure.Id, Period = r.Period, Numerator = r.Numerator, Denominator = r.Denominator }));
        await db.SaveChangesAsync(ct);
        return (true, []);
    }

    private async Task CheckOwnerAsync(MeasureForm form, Dictionary<string, string[]> errors, CancellationToken ct)
    {
        switch (form.OwnerLevel)
        {
            case MeasureOwnerLevel.Unit when form.UnitId is null:
                Add(errors, nameof(MeasureForm.UnitId), "Choose the unit the measure belongs to.");
                break;
            case MeasureOwnerLevel.Unit when !await db.Units.AnyAsync(u => u.Id == form.UnitId, ct):
                Add(errors, nameof(MeasureForm.UnitId), $"There is no unit {form.UnitId} in this organisation.");
                break;
            case MeasureOwnerLevel.Division when form.DivisionId is null:
                Add(errors, nameof(MeasureForm.DivisionId), "Choose the division the measure belongs to.");
                break;
            case MeasureOwnerLevel.Division when !await db.Divisions.AnyAsync(d => d.Id == form.DivisionId, ct):
                Add(errors, nameof(MeasureForm.DivisionId), $"There is no division {form.DivisionId} in this organisation.");
                break;
        }
        // The owner is one level: an organisation measure carries no unit, a unit measure no division.
        if (form.OwnerLevel != MeasureOwnerLevel.Unit) form.UnitId = null;
        if (form.OwnerLevel != MeasureOwnerLevel.Division) form.DivisionId = null;
    }

    private static List<MeasurePhase> Phases(MeasureForm form, Dictionary<string, string[]> errors)
    {
        var phases = new List<MeasurePhase>();
        for (var i = 0; i < form.Phases.Count; i++)
        {
            var (start, label) = (form.Phases[i]?.StartsOn?.Trim() ?? "", form.Phases[i]?.Label?.Trim() ?? "");
            if (start.Length == 0 && label.Length == 0) continue;
            var key = $"Phases[{i.ToString(CultureInfo.InvariantCulture)}]";
            if (!MeasurePeriods.TryParse(start, form.Frequency, out var period))
                Add(errors, key + ".StartsOn", start.Length == 0 ? "Give the first period of the new phase." : $"'{start}' is not a period; use {MeasurePeriods.Formats(form.Frequency)}.");
            else if (phases.Any(p => p.StartsOn == period))
                Add(errors, key + ".StartsOn", $"Another phase already starts in {MeasurePeriods.Label(period, form.Frequency)}.");
            else if (label.Length > 200)
                Add(errors, key + ".Label", "Keep the label under 200 characters.");
            else
                phases.Add(new MeasurePhase { StartsOn = period, Label = label });
        }
        return phases;
    }

    private static List<MeasureAnnotation> NotesOnTheChart(MeasureForm form, Dictionary<string, string[]> errors)
    {
        var notes = new List<MeasureAnnotation>();
        for (var i = 0; i < form.Annotations.Count; i++)
        {
            var (date, text) = (form.Annotations[i]?.Date?.Trim() ?? "", form.Annotations[i]?.Text?.Trim() ?? "");
            if (date.Length == 0 && text.Length == 0) continue;
            var key = $"Annotations[{i.ToString(CultureInfo.InvariantCulture)}]";
            var parsed = DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
                || MeasurePeriods.TryParse(date, form.Frequency, out day);
            if (!parsed)
                Add(errors, key + ".Date", date.Length == 0 ? "Give the date the note belongs to." : $"'{date}' is not a date; write it like 2024-03-15.");
            else if (text.Length == 0)
                Add(errors, key + ".Text", "Write the note, e.g. \"PDSA 2: new huddle format\".");
            else if (text.Length > 200)
                Add(errors, key + ".Text", "Keep the note under 200 characters.");
            else
                notes.Add(new MeasureAnnotation { Date = day, Text = text });
        }
        return notes;
    }

    private static void Add(Dictionary<string, string[]> errors, string field, string message) =>
        errors[field] = errors.TryGetValue(field, out var existing) ? [.. existing, message] : [message];

    /// <summary>The API receives bodies without the page's validator; the same data annotations are applied here.</summary>
    private static Dictionary<string, string[]> Annotations(object form) => FormValidation.Errors(form);
}
