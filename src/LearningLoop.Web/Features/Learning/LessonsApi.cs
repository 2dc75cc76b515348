using System.Security.Claims;
using LearningLoop.Core.Improvement;
using LearningLoop.Core.Persistence;
using LearningLoop.Web.Features.Initiatives;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace LearningLoop.Web.Features.Learning;

/// <summary><c>/api/v1/lessons</c> (the knowledge base, with full-text search) and <c>/api/v1/interview-notes</c>.</summary>
public static class LessonsApi
{
    public sealed record LessonDto(
        int Id, string Title, string Body, string Html, IReadOnlyList<string> Tags, IReadOnlyList<string> Links, string Author, DateOnly RecordedOn,
        int? InitiativeId, int? UnitId, double? Rank)
    {
        public static LessonDto From(Lesson l, double? rank = null) => new(l.Id, l.Title, l.Body, LessonMarkdown.ToHtml(l.Body), LessonTags.Parse(l.Tags),
            l.Links.Split('\n', StringSplitOptions.RemoveEmptyEntries), l.Author, l.RecordedOn, l.InitiativeId, l.UnitId, rank);
    }

    public sealed record InterviewNoteDto(
        int Id, DateOnly InterviewedOn, string IntervieweeRole, string Interviewer, string Summary, string Quotes,
        IReadOnlyList<InterviewThemes> Themes, IReadOnlyList<CfirDomains> Domains, int? InitiativeId, int? UnitId)
    {
        public static InterviewNoteDto From(InterviewNote n)
        {
            var form = InterviewNoteForm.From(n);
            return new(n.Id, n.InterviewedOn, n.IntervieweeRole, n.Interviewer, n.Summary, n.Quotes, form.Themes, form.Domains, n.InitiativeId, n.UnitId);
        }
    }

    public static RouteGroupBuilder MapLessonsApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var lessons = api.MapGroup("/lessons").WithTags("Lessons");
        lessons.MapGet("", async (string? q, string? tag, int? initiativeId, int? unitId, LessonSearch search, LearningLoopDbContext db, CancellationToken ct) =>
        {
            if (!string.IsNullOrWhiteSpace(q))
            {
                var hits = await search.SearchAsync(q, LessonMatch.All, 50, ct);
                var found = await Filter(db.Lessons.AsNoTracking(), tag, initiativeId, unitId).Where(l => hits.Select(h => h.Id).Contains(l.Id)).ToDictionaryAsync(l => l.Id, ct);
                return TypedResults.Ok(hits.Where(h => found.ContainsKey(h.Id)).Select(h => LessonDto.From(found[h.Id], h.Rank)).ToList());
            }
            var all = await Filter(db.Lessons.AsNoTracking(), tag, initiativeId, unitId).OrderByDescending(l => l.RecordedOn).ThenByDescending(l => l.Id).ToListAsync(ct);
            return TypedResults.Ok(all.Select(l => LessonDto.From(l)).ToList());
        }).WithSummary("Lessons learned, newest first; with q, full-text search (every word, prefixes match) ranked by relevance");
        lessons.MapGet("/similar", async (string text, LessonSearch search, CancellationToken ct) =>
            TypedResults.Ok((await search.FindAsync(text, LessonMatch.Any, 5, ct)).Select(l => LessonDto.From(l)).ToList()))
            .WithSummary("Up to five lessons similar to a text (any of its words), e.g. a new initiative's title and problem");
        lessons.MapGet("/{id:int}", async Task<Results<Ok<LessonDto>, NotFound>> (int id, LearningLoopDbContext db, CancellationToken ct) =>
            await db.Lessons.AsNoTracking().FirstOrDefaultAsync(l => l.Id == id, ct) is { } lesson ? TypedResults.Ok(LessonDto.From(lesson)) : TypedResults.NotFound())
            .WithSummary("One lesson, with its Markdown rendered to safe HTML");
        lessons.MapPost("", async Task<Results<Created<LessonDto>, Ok<LessonDto>, ValidationProblem, NotFound, ForbidHttpResult>> (
            LessonForm form, ClaimsPrincipal user, InitiativeAccess access, LessonEditor editor, CancellationToken ct) =>
        {
            return await ApiOutcome.SavedIfAllowedAsync(await access.CanEditAsync(user, form.InitiativeId, ct), () => editor.SaveLessonAsync(form, null, ct), true, l => Task.FromResult(LessonDto.From(l)), l => $"/api/v1/lessons/{l.Id}");
        }).WithSummary("Record a lesson: for an initiative (its team), or on its own (managers, improvement leads, administrators)");
        lessons.MapPut("/{id:int}", async Task<Results<Created<LessonDto>, Ok<LessonDto>, ValidationProblem, NotFound, ForbidHttpResult>> (
            int id, LessonForm form, ClaimsPrincipal user, InitiativeAccess access, LessonEditor editor, CancellationToken ct) =>
        {
            return await ApiOutcome.SavedIfAllowedAsync(await access.CanEditAsync(user, form.InitiativeId, ct), () => editor.SaveLessonAsync(form, id, ct), false, l => Task.FromResult(LessonDto.From(l)), _ => "");
        }).RequireAuthorization(InitiativePolicies.EditLesson).WithSummary("Change a lesson");
        lessons.MapDelete("/{id:int}", async Task<Results<NoContent, NotFound>> (int id, LessonEditor editor, CancellationToken ct) =>
            await editor.DeleteLessonAsync(id, ct) ? TypedResults.NoContent() : TypedResults.NotFound())
            .RequireAuthorization(InitiativePolicies.EditLesson).WithSummary("Delete a lesson");

        var notes = api.MapGroup("/interview-notes").WithTags("Interview notes").RequireAuthorization(Infrastructure.Policies.Colleague);
        notes.MapGet("", async (int? initiativeId, int? unitId, InterviewThemes? theme, ClaimsPrincipal user, LearningLoopDbContext db, CancellationToken ct) =>
        {
            var query = InterviewNoteAccess.Readable(db.InterviewNotes.AsNoTracking(), user);
            if (initiativeId is { } i) query = query.Where(n => n.InitiativeId == i);
            if (unitId is { } u) query = query.Where(n => n.UnitId == u);
            var list = await query.OrderBy(n => n.InterviewedOn).ThenBy(n => n.Id).ToListAsync(ct);
            return TypedResults.Ok(list.Where(n => theme is not { } t || n.Themes.HasFlag(t)).Select(InterviewNoteDto.From).ToList());
        }).WithSummary("Interview notes you may read (all for administrators and improvement leads, your own otherwise), oldest first");
        notes.MapGet("/themes", async (int? initiativeId, ClaimsPrincipal user, LearningLoopDbContext db, CancellationToken ct) =>
        {
            var list = await InterviewNoteAccess.Readable(db.InterviewNotes.AsNoTracking(), user).Where(n => initiativeId == null || n.InitiativeId == initiativeId).ToListAsync(ct);
            var counts = ThemeCounts.Of(list);
            return TypedResults.Ok(new { counts.Quarters, counts.Notes, Themes = counts.Themes.ToDictionary(t => t.Key.ToString(), t => t.Value), Domains = counts.Domains.ToDictionary(d => d.Key.ToString(), d => d.Value) });
        }).WithSummary("How many notes were coded with each theme and domain, by quarter");
        notes.MapPost("", async Task<Results<Created<InterviewNoteDto>, Ok<InterviewNoteDto>, ValidationProblem, NotFound, ForbidHttpResult>> (
            InterviewNoteForm form, ClaimsPrincipal user, InitiativeAccess access, LessonEditor editor, CancellationToken ct) =>
        {
            return await ApiOutcome.SavedIfAllowedAsync(await access.CanEditAsync(user, form.InitiativeId, ct), () => editor.SaveNoteAsync(form, null, user.FindFirstValue(ClaimTypes.NameIdentifier), ct), true, n => Task.FromResult(InterviewNoteDto.From(n)), n => $"/api/v1/interview-notes/{n.Id}");
        }).WithSummary("Record a coded interview note");
        notes.MapPut("/{id:int}", async Task<Results<Created<InterviewNoteDto>, Ok<InterviewNoteDto>, ValidationProblem, NotFound, ForbidHttpResult>> (
            int id, InterviewNoteForm form, ClaimsPrincipal user, InitiativeAccess access, LessonEditor editor, LearningLoopDbContext db, CancellationToken ct) =>
        {
            if (!await InterviewNoteAccess.Readable(db.InterviewNotes, user).AnyAsync(n => n.Id == id, ct)) return TypedResults.NotFound();
            return await ApiOutcome.SavedIfAllowedAsync(await access.CanEditAsync(user, form.InitiativeId, ct), () => editor.SaveNoteAsync(form, id, null, ct), false, n => Task.FromResult(InterviewNoteDto.From(n)), _ => "");
        }).RequireAuthorization(InitiativePolicies.EditInterviewNote).WithSummary("Change an interview note");
        return api;
    }

    private static IQueryable<Lesson> Filter(IQueryable<Lesson> lessons, string? tag, int? initiativeId, int? unitId)
    {
        if (initiativeId is { } i) lessons = lessons.Where(l => l.InitiativeId == i);
        if (unitId is { } u) lessons = lessons.Where(l => l.UnitId == u);
        if (LessonTags.Parse(tag) is [var t, ..])
        {
            // Tags are stored as "a, b, c": a tag matches whole, never as part of another tag.
            var wrapped = ", " + t + ",";
            lessons = lessons.Where(l => (", " + l.Tags + ",").Contains(wrapped));
        }
        return lessons;
    }
}
