using LearningLoop.Core.Improvement;
using LearningLoop.Core.Persistence;
using LearningLoop.Web.Features.Initiatives;
using LearningLoop.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LearningLoop.Web.Features.Learning;

/// <summary>Records lessons learned and interview notes, for pages and the API. Who may record one for an initiative is
/// the caller's question (<see cref="InitiativeAccess"/>).</summary>
public sealed class LessonEditor(LearningLoopDbContext db)
{
    public async Task<EditOutcome<Lesson>> SaveLessonAsync(LessonForm form, int? id = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        var lesson = id is null ? new Lesson { OrganisationId = db.Scope.OrganisationId, Title = "" } : await db.Lessons.FirstOrDefaultAsync(l => l.Id == id, ct);
        if (lesson is null) return EditOutcome<Lesson>.Missing();
        // Every problem at once: a long lesson should not come back three times.
        var errors = await ReferenceErrors(form.InitiativeId, form.UnitId, ct);
        foreach (var (field, messages) in FormChecks.Annotations(form) ?? []) errors[field] = messages;
        var links = (form.Links ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (links.Select((l, i) => (Line: i + 1, Ok: Uri.TryCreate(l, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)))
                .FirstOrDefault(l => !l.Ok) is { Line: > 0 } bad)
            errors[nameof(LessonForm.Links)] = [$"Line {bad.Line} is not a web address: give one http:// or https:// address per line."];
        if (errors.Count > 0) return EditOutcome<Lesson>.Invalid(errors);

        lesson.InitiativeId = form.InitiativeId;
        lesson.UnitId = form.UnitId;
        lesson.Title = form.Title.Trim();
        lesson.Body = form.Body.Trim();
        lesson.Tags = LessonTags.Normalise(form.Tags);
        lesson.Links = string.Join('\n', links);
        lesson.Author = FormChecks.Clean(form.Author);
        lesson.RecordedOn = form.RecordedOn!.Value;
        if (id is null) db.Lessons.Add(lesson);
        await db.SaveChangesAsync(ct);
        return EditOutcome<Lesson>.Saved(lesson);
    }

    /// <summary>Records or changes a note; a new note remembers its author, who (with improvement leads) may read it.</summary>
    public async Task<EditOutcome<InterviewNote>> SaveNoteAsync(InterviewNoteForm form, int? id = null, string? authorUserId = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (FormChecks.Annotations(form) is { } invalid) return EditOutcome<InterviewNote>.Invalid(invalid);
        var note = id is null ? new InterviewNote { OrganisationId = db.Scope.OrganisationId, IntervieweeRole = "", AuthorUserId = authorUserId } : await db.InterviewNotes.FirstOrDefaultAsync(n => n.Id == id, ct);
        if (note is null) return EditOutcome<InterviewNote>.Missing();
        var errors = await ReferenceErrors(form.InitiativeId, form.UnitId, ct);
        if (form.Themes.Length == 0 && form.Domains.Length == 0)
            errors[nameof(InterviewNoteForm.Themes)] = ["Code the note with at least one theme or CFIR domain."];
        if (errors.Count > 0) return EditOutcome<InterviewNote>.Invalid(errors);

        note.InitiativeId = form.InitiativeId;
        note.UnitId = form.UnitId;
        note.InterviewedOn = form.InterviewedOn!.Value;
        note.IntervieweeRole = form.IntervieweeRole.Trim();
        note.Interviewer = FormChecks.Clean(form.Interviewer);
        note.Summary = FormChecks.Clean(form.Summary);
        note.Quotes = FormChecks.Clean(form.Quotes);
        note.Themes = form.Themes.Aggregate(InterviewThemes.None, (all, t) => all | t);
        note.Domains = form.Domains.Aggregate(CfirDomains.None, (all, d) => all | d);
        if (id is null) db.InterviewNotes.Add(note);
        await db.SaveChangesAsync(ct);
        return EditOutcome<InterviewNote>.Saved(note);
    }

    public async Task<bool> DeleteLessonAsync(int id, CancellationToken ct = default)
    {
        var lesson = await db.Lessons.FirstOrDefaultAsync(l => l.Id == id, ct);
        if (lesson is null) return false;
        db.Lessons.Remove(lesson);
        await db.SaveChangesAsync(ct);
        return true;
    }

    private async Task<Dictionary<string, string[]>> ReferenceErrors(int? initiativeId, int? unitId, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (initiativeId is { } i && !await db.Initiatives.AnyAsync(x => x.Id == i, ct))
            errors[nameof(LessonForm.InitiativeId)] = [$"There is no initiative {i} in this organisation."];
        if (unitId is { } u && !await db.Units.AnyAsync(x => x.Id == u, ct))
            errors[nameof(LessonForm.UnitId)] = [$"There is no unit {u} in this organisation."];
        return errors;
    }
}
