using LearningLoop.Core.Measures;
using LearningLoop.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LearningLoop.Core.Improvement;

/// <summary>Puts an initiative's PDSA cycles on the charts of the measures they study, as the chart's own annotations,
/// so the measure page shows them without knowing about initiatives. Cycles of one period on one measure share one
/// annotation ("PDSA 1–2 · Daily huddle"): the chart has one label per period, and a ramp often runs several cycles a
/// month. The initiative rewrites only the annotations it wrote (<see cref="InitiativeAnnotation"/>).</summary>
public static class PdsaAnnotations
{
    private const int MaxText = 200;
    private const int MaxIdeaLabel = 48;

    /// <summary>Stages the rewrite of the initiative's annotations; the caller saves.</summary>
    public static async Task RewriteAsync(LearningLoopDbContext db, int initiativeId, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var owned = await db.InitiativeAnnotations.Include(a => a.MeasureAnnotation)
            .Where(a => a.InitiativeId == initiativeId).ToListAsync(ct);
        db.MeasureAnnotations.RemoveRange(owned.Where(o => o.MeasureAnnotation is not null).Select(o => o.MeasureAnnotation!));
        db.InitiativeAnnotations.RemoveRange(owned);

        var cycles = await db.PdsaCycles.AsNoTracking().Include(c => c.ChangeIdea).Include(c => c.Measure)
            .Where(c => c.InitiativeId == initiativeId && c.MeasureId != null).ToListAsync(ct);
        foreach (var group in cycles.Where(c => c.Measure is not null)
                     .GroupBy(c => (MeasureId: c.MeasureId!.Value, Period: MeasurePeriods.Start(c.StartsOn, c.Measure!.Frequency)))
                     .OrderBy(g => g.Key.MeasureId).ThenBy(g => g.Key.Period))
        {
            var annotation = new MeasureAnnotation { MeasureId = group.Key.MeasureId, Date = group.Min(c => c.StartsOn), Text = Text(group) };
            db.MeasureAnnotations.Add(annotation);
            db.InitiativeAnnotations.Add(new InitiativeAnnotation { InitiativeId = initiativeId, MeasureAnnotation = annotation });
        }
    }

    /// <summary>"PDSA 1–2 · Daily huddle; PDSA 1 · Discharge checklist", cut to the annotation's 200 characters.</summary>
    public static string Text(IEnumerable<PdsaCycle> cycles)
    {
        ArgumentNullException.ThrowIfNull(cycles);
        var parts = cycles.GroupBy(c => c.ChangeIdeaId).Select(g =>
        {
            var numbers = g.Select(c => c.Number).Distinct().Order().ToList();
            var range = numbers.Count == 1 ? $"{numbers[0]}" : numbers[^1] - numbers[0] == numbers.Count - 1 ? $"{numbers[0]}–{numbers[^1]}" : string.Join(", ", numbers);
            return $"PDSA {range} · {Shorten(g.First().ChangeIdea?.Text ?? "", MaxIdeaLabel)}";
        });
        return Shorten(string.Join("; ", parts), MaxText);
    }

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)].TrimEnd() + "…";
}
