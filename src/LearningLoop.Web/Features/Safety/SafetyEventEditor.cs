using System.Globalization;
using LearningLoop.Core.Persistence;
using LearningLoop.Core.Safety;
using LearningLoop.Web.Features.Initiatives;
using LearningLoop.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LearningLoop.Web.Features.Safety;

/// <summary>Records reports and their triage, for the pages and the API alike, so both check the same rules and name
/// the same fields.</summary>
public sealed class SafetyEventEditor(LearningLoopDbContext db, TimeProvider clock)
{
    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    /// <summary>Saves a report. <paramref name="reporterUserId"/> is kept only when the report is not anonymous; the
    /// receipt code is returned once and only its hash is stored.</summary>
    public async Task<EditOutcome<Reported>> ReportAsync(SafetyEventForm form, string? reporterUserId, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        var errors = FormChecks.Annotations(form) ?? [];
        var today = Today;
        if (form.OccurredOn is { } day && day > today)
            errors[nameof(form.OccurredOn)] = [string.Create(CultureInfo.InvariantCulture, $"{day:yyyy-MM-dd} is in the future: give the day it happened (today is {today:yyyy-MM-dd} UTC).")];
        if (form.UnitId is { } unit && !await db.Units.AnyAsync(u => u.Id == unit, ct))
            errors[nameof(form.UnitId)] = [$"There is no unit {unit} in this organisation."];
        var type = form.EventTypeId is { } typeId ? await db.SafetyEventTypes.FirstOrDefaultAsync(t => t.Id == typeId && t.Active, ct) : null;
        if (form.EventTypeId is { } missing && type is null)
            errors[nameof(form.EventTypeId)] = [$"There is no event type {missing} in this organisation."];
        var (concern, harm) = Classify(form, type, errors);
        if (errors.Count > 0) return EditOutcome<Reported>.Invalid(errors);

        var code = ReceiptCode.Create();
        var report = new SafetyEvent
        {
            OrganisationId = db.Scope.OrganisationId, UnitId = form.UnitId!.Value, EventTypeId = type!.Id, OccurredOn = form.OccurredOn!.Value,
            ReportedOn = today, Description = form.Description.Trim(), Concern = concern, Harm = harm,
            MedicationCategory = type.Medication ? form.MedicationCategory : null,
            Factors = form.Factors.Aggregate(ContributingFactors.None, (all, f) => all | f),
            ImmediateActions = FormChecks.Clean(form.ImmediateActions),
            ReporterUserId = form.Anonymous ? null : reporterUserId,
            ReceiptHash = ReceiptCode.Hash(code)!,
        };
        db.SafetyEvents.Add(report);
        await db.SaveChangesAsync(ct);
        return EditOutcome<Reported>.Saved(new Reported(report, code));
    }

    /// <summary>Class of concern and harm: from the NCC MERP category for a medication event, else as given. A report that
    /// did not reach the patient cannot have harmed them.</summary>
    private static (ClassOfConcern, HarmLevel) Classify(SafetyEventForm form, SafetyEventType? type, Dictionary<string, string[]> errors)
    {
        if (type is { Medication: true })
        {
            if (form.MedicationCategory is not { } category)
            {
                errors[nameof(form.MedicationCategory)] = ["Choose the NCC MERP category (A–I) for a medication event."];
                return default;
            }
            var (concern, harm) = (MedicationHarm.Concern(category), MedicationHarm.Harm(category));
            if ((form.Concern is { } c && c != concern) || (form.Harm is { } h && h != harm))
                errors[nameof(form.MedicationCategory)] = [$"Category {MedicationHarm.Describe(category)} means {SafetyLabels.ConcernShort(concern).ToLowerInvariant()} with {SafetyLabels.Harm(harm).ToLowerInvariant()}; leave class and harm empty or make them agree."];
            return (concern, harm);
        }
        if (form.MedicationCategory is not null && type is not null)
            errors[nameof(form.MedicationCategory)] = ["The NCC MERP category is for medication events only."];
        if (form.Concern is not { } given)
        {
            errors[nameof(form.Concern)] = ["Say whether it reached the patient (incident), did not (near miss) or could happen (unsafe condition)."];
            return default;
        }
        var level = form.Harm ?? HarmLevel.None;
        if (given != ClassOfConcern.Incident && level != HarmLevel.None)
            errors[nameof(form.Harm)] = [$"A {SafetyLabels.ConcernShort(given).ToLowerInvariant()} did not reach the patient, so it caused no harm."];
        return (given, level);
    }

    public async Task<EditOutcome<SafetyEvent>> TriageAsync(Guid id, TriageForm form, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        var report = await db.SafetyEvents.FirstOrDefaultAsync(e => e.Id == id, ct);
        if (report is null) return EditOutcome<SafetyEvent>.Missing();
        var errors = FormChecks.Annotations(form) ?? [];
        if (!Enum.IsDefined(form.Status))
            errors[nameof(form.Status)] = ["Choose New, UnderReview, ActionPlanned or Closed."];
        if (form.LessonId is { } lesson && !await db.Lessons.AnyAsync(l => l.Id == lesson, ct))
            errors[nameof(form.LessonId)] = [$"There is no lesson {lesson} in this organisation."];
        if (form.InitiativeId is { } initiative && !await db.Initiatives.AnyAsync(i => i.Id == initiative, ct))
            errors[nameof(form.InitiativeId)] = [$"There is no initiative {initiative} in this organisation."];
        if (form.Status == TriageStatus.Closed && string.IsNullOrWhiteSpace(form.Feedback))
            errors[nameof(form.Feedback)] = ["Tell the reporter what became of the report before closing it."];
        if (errors.Count > 0) return EditOutcome<SafetyEvent>.Invalid(errors);

        if (report.Status != form.Status) report.StatusChangedOn = Today;
        report.Status = form.Status;
        report.Feedback = FormChecks.Clean(form.Feedback);
        report.TriageNotes = FormChecks.Clean(form.TriageNotes);
        report.LessonId = form.LessonId;
        report.InitiativeId = form.InitiativeId;
        await db.SaveChangesAsync(ct);
        return EditOutcome<SafetyEvent>.Saved(report);
    }

    /// <summary>The organisation's event types, the defaults installed the first time they are needed.</summary>
    public async Task<List<SafetyEventType>> TypesAsync(bool activeOnly, CancellationToken ct = default)
    {
        if (!await db.SafetyEventTypes.AnyAsync(ct))
        {
            db.SafetyEventTypes.AddRange(SafetyEventType.DefaultsFor(db.Scope.OrganisationId));
            await db.SaveUnlessMadeMeanwhileAsync(ct);
        }
        return await db.SafetyEventTypes.AsNoTracking().Where(t => !activeOnly || t.Active).OrderBy(t => t.Position).ThenBy(t => t.Name).ToListAsync(ct);
    }

    /// <summary>Adds a type, or renames, retires or brings back one (by key).</summary>
    public async Task<EditOutcome<SafetyEventType>> SaveTypeAsync(string key, string name, bool medication, bool active, CancellationToken ct = default)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(key) || key.Length > 60 || !key.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
            errors["Key"] = ["Give a key of lower-case letters, digits and dashes (at most 60), e.g. 'blood-transfusion'."];
        if (string.IsNullOrWhiteSpace(name) || name.Length > 120)
            errors["Name"] = ["Give a name of at most 120 characters."];
        if (errors.Count > 0) return EditOutcome<SafetyEventType>.Invalid(errors);
        await TypesAsync(false, ct);
        var type = await db.SafetyEventTypes.FirstOrDefaultAsync(t => t.Key == key, ct);
        if (type is null)
        {
            var position = await db.SafetyEventTypes.MaxAsync(t => (int?)t.Position, ct) ?? 0;
            type = new SafetyEventType { OrganisationId = db.Scope.OrganisationId, Key = key, Name = "", Position = position + 1 };
            db.SafetyEventTypes.Add(type);
        }
        type.Name = name.Trim();
        type.Medication = medication;
        type.Active = active;
        await db.SaveChangesAsync(ct);
        return EditOutcome<SafetyEventType>.Saved(type);
    }
}
