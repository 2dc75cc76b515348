using LearningLoop.Analytics.Improvement;
using LearningLoop.Analytics.Spc;
using LearningLoop.Core.Measures;
using LearningLoop.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LearningLoop.Core.Improvement;

/// <summary>Gathers each initiative's evidence from its records and scores it with <see cref="InitiativeProgress"/>:
/// the portfolio, the at-a-glance page and the API all read progress from here, so it is the same everywhere.</summary>
public sealed class InitiativeProgressQuery(LearningLoopDbContext db)
{
    public async Task<Dictionary<int, InitiativeProgress>> ForAsync(IReadOnlyCollection<int> initiativeIds, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(initiativeIds);
        var ids = initiativeIds.Distinct().ToList();
        var rows = await db.Initiatives.AsNoTracking().Where(i => ids.Contains(i.Id)).Select(i => new
        {
            i.Id, i.AimStatement, i.AimMeasureId, i.AimBaseline, i.AimTarget,
            Units = i.Units.Select(u => u.UnitId).ToList(),
            MeasureIds = i.Measures.Select(m => m.MeasureId).ToList(),
            Cycles = i.Cycles.Count,
            Decided = i.Cycles.Count(c => c.Decision != null),
            Adopters = i.Adoptions.Select(a => a.UnitId).ToList(),
            Lessons = db.Lessons.Count(l => l.InitiativeId == i.Id),
        }).AsSplitQuery().ToListAsync(ct);

        var measureIds = rows.SelectMany(r => r.MeasureIds).Concat(rows.Where(r => r.AimMeasureId != null).Select(r => r.AimMeasureId!.Value))
            .Distinct().ToList();
        var baselines = await db.Measures.AsNoTracking().Where(m => measureIds.Contains(m.Id))
            .Select(m => new { m.Id, Frozen = m.BaselineEnd != null }).ToDictionaryAsync(m => m.Id, m => m.Frozen, ct);
        var aimIds = rows.Where(r => r.AimMeasureId != null).Select(r => r.AimMeasureId!.Value).Distinct().ToList();
        var aims = await db.Measures.AsNoTracking().Where(m => aimIds.Contains(m.Id)).Include(m => m.Values).Include(m => m.Phases)
            .AsSplitQuery().ToListAsync(ct);
        var variation = aims.ToDictionary(m => m.Id, m => MeasureAnalysis.Analyse(m, m.Values).Icons?.Variation);

        return rows.ToDictionary(r => r.Id, r =>
        {
            var aimMeasured = r.AimMeasureId is not null && r.AimTarget is not null && r.AimBaseline is not null;
            var frozen = (r.AimMeasureId is { } aim && baselines.GetValueOrDefault(aim)) || r.MeasureIds.Any(baselines.GetValueOrDefault);
            var signal = r.AimMeasureId is { } id ? SignalOf(variation.GetValueOrDefault(id), r.AimBaseline, r.AimTarget) : AimSignal.Unknown;
            var adopting = r.Adopters.Where(u => !r.Units.Contains(u)).Distinct().Count();
            var measures = r.MeasureIds.Union(r.AimMeasureId is { } a2 ? [a2] : []).Count();
            return InitiativeProgress.From(new InitiativeEvidence(r.AimStatement.Trim().Length > 0, aimMeasured, measures, frozen,
                r.Cycles, r.Decided, signal, adopting, r.Lessons));
        });
    }

    /// <summary>Reads the Making Data Count variation icon in the aim's direction. Where the measure names no better
    /// direction (purple icons), the aim's own baseline and target say which way is better.</summary>
    public static AimSignal SignalOf(VariationIcon? icon, double? baseline, double? target) => icon switch
    {
        null => AimSignal.Unknown,
        VariationIcon.CommonCause => AimSignal.None,
        VariationIcon.ImprovingHigh or VariationIcon.ImprovingLow => AimSignal.Improving,
        VariationIcon.ConcerningHigh or VariationIcon.ConcerningLow => AimSignal.Concerning,
        _ when baseline is { } b && target is { } t && b != t =>
            (icon == VariationIcon.NeitherLow) == (t < b) ? AimSignal.Improving : AimSignal.Concerning,
        _ => AimSignal.Unknown,
    };
}
