using System.Security.Claims;
using LearningLoop.Core.Improvement;
using LearningLoop.Web.Infrastructure;
using LearningLoop.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LearningLoop.Web.Features.Initiatives;

/// <summary>What the timeline shows: an initiative's story, or a unit's, to this viewer (an entry links only to a page
/// the viewer may open).</summary>
public sealed record TimelineScope(int? InitiativeId, int? UnitId, ClaimsPrincipal Viewer);

public enum TimelineKind
{
    PdsaCycle,
    Intervention,
    Lesson,
    Adoption,
    MeasureSignal,
    SurveyWave,
}

/// <summary>One thing that happened, with where to read more.</summary>
public sealed record TimelineEntry(DateOnly On, DateOnly? Until, TimelineKind Kind, string Title, string? Detail, string? Href, string? Unit);

/// <summary>The timeline's extension point: a capability that has dated events for a unit or an initiative registers an
/// implementation (<c>services.AddScoped&lt;ITimelineSource, ...&gt;()</c>) and its entries appear on both timelines.
/// Survey waves are expected here (<see cref="TimelineKind.SurveyWave"/>) once the Surveys feature exposes them.</summary>
public interface ITimelineSource
{
    Task<IReadOnlyList<TimelineEntry>> EntriesAsync(TimelineScope scope, CancellationToken ct);
}

/// <summary>Merges every <see cref="ITimelineSource"/> into one list, newest first.</summary>
public sealed class InitiativeTimeline(IEnumerable<ITimelineSource> sources)
{
    public async Task<List<TimelineEntry>> EntriesAsync(TimelineScope scope, CancellationToken ct = default)
    {
        var entries = new List<TimelineEntry>();
        foreach (var source in sources)
        {
            entries.AddRange(await source.EntriesAsync(scope, ct));
        }
        return entries.OrderByDescending(e => e.On).ThenBy(e => e.Kind).ThenBy(e => e.Title, StringComparer.Ordinal).ToList();
    }
}

/// <summary>The improvement records: PDSA cycles, interventions, lessons and adoptions. For a unit: the cycles of the
/// initiatives it is in, its own interventions and lessons, and adoptions to or from it.</summary>
public sealed class ImprovementTimelineSource(LearningLoopDbContext db, PageLinks links) : ITimelineSource
{
    public async Task<IReadOnlyList<TimelineEntry>> EntriesAsync(TimelineScope scope, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var cycles = db.PdsaCycles.AsQueryable();
        var interventions = db.Interventions.AsQueryable();
        var lessons = db.Lessons.AsQueryable();
        var adoptions = db.Adoptions.AsQueryable();
        if (scope.InitiativeId is { } initiative)
        {
            cycles = cycles.Where(c => c.InitiativeId == initiative);
            interventions = interventions.Where(i => i.InitiativeId == initiative);
            lessons = lessons.Where(l => l.InitiativeId == initiative);
            adoptions = adoptions.Where(a => a.InitiativeId == initiative);
        }
        if (scope.UnitId is { } unit)
        {
            cycles = cycles.Where(c => c.Initiative!.Units.Any(u => u.UnitId == unit));
            interventions = interventions.Where(i => i.UnitId == unit);
            lessons = lessons.Where(l => l.UnitId == unit);
            adoptions = adoptions.Where(a => a.UnitId == unit || a.FromUnitId == unit || a.Initiative!.Units.Any(u => u.UnitId == unit));
        }
        var entries = new List<TimelineEntry>();
        entries.AddRange((await cycles.Select(c => new { c.Id, c.InitiativeId, c.Number, c.Title, c.StartsOn, c.EndsOn, c.Decision, Idea = c.ChangeIdea!.Text, Initiative = c.Initiative!.Title })
                .ToListAsync(ct))
            .Select(c => new TimelineEntry(c.StartsOn, c.EndsOn, TimelineKind.PdsaCycle, $"PDSA {c.Number}: {c.Title}",
                c.Decision is { } d ? $"{c.Idea} · {InitiativeLabels.Decision(d)}" : c.Idea, $"/initiatives/{c.InitiativeId}/cycles/{c.Id}", c.Initiative)));
        // An intervention has no read view of its own: the entry says all there is, and links to the form only for its editors.
        foreach (var i in await interventions.Select(i => new { i.Id, i.Title, i.Kind, i.StartsOn, i.EndsOn, i.Participants, Unit = i.Unit!.Name }).ToListAsync(ct))
        {
            entries.Add(new TimelineEntry(i.StartsOn, i.EndsOn, TimelineKind.Intervention, i.Title,
                $"{InitiativeLabels.Kind(i.Kind)}{(i.Participants.Length > 0 ? " · " + i.Participants : "")}",
                await links.HrefAsync<InterventionEdit>(scope.Viewer, $"/interventions/{i.Id}/edit", i.Id), i.Unit));
        }
        entries.AddRange((await lessons.Select(l => new { l.Id, l.Title, l.RecordedOn, l.Tags, Unit = l.Unit!.Name }).ToListAsync(ct))
            .Select(l => new TimelineEntry(l.RecordedOn, null, TimelineKind.Lesson, l.Title, l.Tags, $"/lessons/{l.Id}", l.Unit)));
        entries.AddRange((await adoptions.Select(a => new { a.InitiativeId, a.AdoptedOn, a.Adaptation, Unit = a.Unit!.Name, From = a.FromUnit!.Name, Initiative = a.Initiative!.Title }).ToListAsync(ct))
            .Select(a => new TimelineEntry(a.AdoptedOn, null, TimelineKind.Adoption, $"{a.Unit} adopts the practice{(a.From is null ? "" : " from " + a.From)}",
                a.Adaptation, $"/initiatives/{a.InitiativeId}/spread", a.Initiative)));
        return entries;
    }
}
