using LearningLoop.Analytics.Spc;
using LearningLoop.Core.Improvement;
using LearningLoop.Core.Measures;
using LearningLoop.Core.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LearningLoop.Web.Features.Initiatives;

/// <summary>Configuration section <c>Initiatives</c>.</summary>
public sealed class InitiativeOptions
{
    public const string Section = "Initiatives";

    /// <summary>An initiative that is testing or implementing with no PDSA cycle for this many weeks is flagged: change
    /// that is not being tested has usually stalled.</summary>
    public int StaleAfterWeeks { get; set; } = 6;
}

/// <param name="InitiativeIds">Only these initiatives (a person's home needs their own, not the whole portfolio's readings).</param>
public sealed record PortfolioFilter(
    int? DivisionId = null, int? UnitId = null, InitiativePhase? Phase = null, int? StaleAfterWeeks = null,
    IReadOnlyCollection<int>? InitiativeIds = null);

public sealed record PortfolioMeasure(int Id, string Name, MeasureKind Kind, VariationIcon? Variation, string? VariationText, SpcRuleSet Rules);

public sealed record PortfolioRow(
    int Id, string Title, InitiativePhase Phase, IReadOnlyList<string> Units, string? Lead, DateOnly LastActivity,
    DateOnly? LastCycle, int Cycles, IReadOnlyList<PortfolioMeasure> Measures, bool Stale);

/// <summary>Every initiative with its phase, last activity and measures (with their Making Data Count variation),
/// filtered by division, unit and phase, and flagged when its PDSA cycles have stopped.</summary>
public sealed class InitiativePortfolio(LearningLoopDbContext db, TimeProvider clock, IOptions<InitiativeOptions> options)
{
    /// <summary>Two years: beyond it the flag means nothing, and the date arithmetic must stay in range.</summary>
    public const int MaxStaleAfterWeeks = 104;

    public int DefaultStaleAfterWeeks => Math.Max(1, options.Value.StaleAfterWeeks);

    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    /// <summary>Phases in which PDSA cycles are expected to keep coming.</summary>
    public static bool ExpectsCycles(InitiativePhase phase) => phase is InitiativePhase.Testing or InitiativePhase.Implementing;

    public async Task<List<PortfolioRow>> RowsAsync(PortfolioFilter filter, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var weeks = Math.Clamp(filter.StaleAfterWeeks ?? DefaultStaleAfterWeeks, 1, MaxStaleAfterWeeks);
        var query = db.Initiatives.AsQueryable();
        if (filter.Phase is { } phase) query = query.Where(i => i.Phase == phase);
        if (filter.InitiativeIds is { } ids) query = query.Where(i => ids.Contains(i.Id));
        if (filter.UnitId is { } unit) query = query.Where(i => i.Units.Any(u => u.UnitId == unit) || i.Adoptions.Any(a => a.UnitId == unit));
        if (filter.DivisionId is { } division) query = query.Where(i => i.Units.Any(u => u.Unit!.DivisionId == division));
        var initiatives = await query.OrderBy(i => i.Title).Select(i => new
        {
            i.Id, i.Title, i.Phase, i.UpdatedUtc,
            Units = i.Units.Select(u => u.Unit!.Name).ToList(),
            Lead = i.Lead!.Name,
            MeasureIds = i.Measures.Select(m => m.MeasureId).ToList(),
            Cycles = i.Cycles.Count,
            FirstStart = i.Cycles.Max(c => (DateOnly?)c.StartsOn),
            LastEnd = i.Cycles.Max(c => c.EndsOn),
            Intervention = db.Interventions.Where(x => x.InitiativeId == i.Id).Max(x => (DateOnly?)x.StartsOn),
            Adoption = i.Adoptions.Max(a => (DateOnly?)a.AdoptedOn),
            Lesson = db.Lessons.Where(l => l.InitiativeId == i.Id).Max(l => (DateOnly?)l.RecordedOn),
        }).AsSplitQuery().ToListAsync(ct);

        var measures = await Readings(initiatives.SelectMany(i => i.MeasureIds).Distinct().ToList(), ct);
        var since = Today.AddDays(-7 * weeks);
        return initiatives.Select(i =>
        {
            var lastCycle = Latest(i.FirstStart, i.LastEnd);
            var last = Latest(DateOnly.FromDateTime(i.UpdatedUtc), lastCycle, i.Intervention, i.Adoption, i.Lesson)!.Value;
            var linked = i.MeasureIds.Where(measures.ContainsKey).Select(id => measures[id]).OrderBy(m => m.Kind).ThenBy(m => m.Name, StringComparer.Ordinal).ToList();
            return new PortfolioRow(i.Id, i.Title, i.Phase, i.Units, i.Lead, last, lastCycle, i.Cycles, linked,
                ExpectsCycles(i.Phase) && (lastCycle is null || lastCycle < since));
        }).ToList();
    }

    private async Task<Dictionary<int, PortfolioMeasure>> Readings(List<int> ids, CancellationToken ct)
    {
        var measures = await db.Measures.Where(m => ids.Contains(m.Id)).Include(m => m.Values).Include(m => m.Phases)
            .AsSplitQuery().AsNoTracking().ToListAsync(ct);
        return measures.ToDictionary(m => m.Id, m =>
        {
            var icons = MeasureAnalysis.Analyse(m, m.Values).Icons;
            return new PortfolioMeasure(m.Id, m.Name, m.Kind, icons?.Variation, icons?.VariationText, m.RuleSet);
        });
    }

    private static DateOnly? Latest(params DateOnly?[] dates) => dates.Where(d => d is not null).Max();
}
