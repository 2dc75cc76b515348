using LearningLoop.Analytics.Surveys;
using LearningLoop.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LearningLoop.Core.Surveys;

/// <summary>A composite's percent positive in one group of respondents; <see cref="Percent"/> is null when suppressed
/// or unanswered.</summary>
public sealed record CompositeScore(string Key, string Name, double? Percent, int Respondents, IReadOnlyList<ItemPercentPositive> Items);

/// <summary>A group's scores (the whole wave, a unit, a workgroup). A group of fewer respondents than the minimum cell
/// size is <see cref="Suppressed"/>: its name and nothing else is shown.</summary>
public sealed record PercentPositiveGroup(string Name, int Respondents, bool Suppressed, IReadOnlyList<CompositeScore> Composites,
    IReadOnlyList<SingleItemScore> SingleItems);

/// <summary>An item outside every composite (an overall rating, a count of reports): the share of countable answers at
/// each point of its scale, and its percent positive.</summary>
public sealed record SingleItemScore(string Key, string Text, IReadOnlyList<string> Anchors, IReadOnlyList<int> Counts, ItemPercentPositive Positive);

public sealed record PercentPositiveWave(Wave Wave, int MinCellSize, PercentPositiveGroup Overall,
    IReadOnlyList<PercentPositiveGroup> Units, IReadOnlyList<PercentPositiveGroup> Workgroups);

/// <summary>A composite in two waves and the two-proportion test between them.</summary>
public sealed record CompositeChange(string Key, string Name, CompositeScore? Before, CompositeScore? After, TwoProportionResult? Test);

/// <summary>Percent-positive scores of any wave whose instrument has composites (the safety-culture survey, an
/// imported instrument, relational coordination's communication and relationships): the whole wave, by unit and by
/// workgroup, suppressed below the organisation's minimum cell size; and the change from an earlier wave.</summary>
public sealed class PercentPositiveReport(LearningLoopDbContext db)
{
    private sealed record Row(Guid Response, int? Unit, int? Workgroup, string Item, int Value);

    public async Task<PercentPositiveWave?> WaveAsync(int waveId, CancellationToken ct = default)
    {
        var wave = await db.Waves.AsNoTracking().Include(w => w.InstrumentVersion).ThenInclude(v => v!.Instrument).FirstOrDefaultAsync(w => w.Id == waveId, ct);
        if (wave?.InstrumentVersion is not { Composites.Count: > 0 } version) return null;
        var minCell = SurveyLimits.MinimumCellSize(await db.Organisations.AsNoTracking().FirstAsync(o => o.Id == wave.OrganisationId, ct));
        var rows = await (
            from a in db.Answers
            join r in db.Responses on a.ResponseId equals r.Id
            where r.WaveId == waveId && r.Status == ResponseStatus.Submitted && a.Value != null
            select new Row(r.Id, r.UnitId, r.WorkgroupId, a.ItemKey, a.Value!.Value)).AsNoTracking().ToListAsync(ct);

        var unitIds = rows.Where(r => r.Unit is not null).Select(r => r.Unit!.Value).Distinct().ToList();
        var unitNames = await db.Units.AsNoTracking().Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        var workgroupIds = rows.Where(r => r.Workgroup is not null).Select(r => r.Workgroup!.Value).Distinct().ToList();
        var workgroupNames = await db.Workgroups.AsNoTracking().Where(w => workgroupIds.Contains(w.Id)).ToDictionaryAsync(w => w.Id, w => w.Name, ct);

        var units = Breakdown(rows, r => r.Unit, unitNames, version, minCell);
        var workgroups = Breakdown(rows, r => r.Workgroup, workgroupNames, version, minCell);
        var total = rows.Select(r => r.Response).Distinct().Count();
        // Complementary suppression (Disclosure): the whole wave is hidden when it and the groups shown would give away a
        // group too small to show.
        var hidden = !Disclosure.CanShowTotal(total, workgroups.Where(g => !g.Suppressed).Select(g => g.Respondents), minCell)
            || !Disclosure.CanShowTotal(total, units.Where(g => !g.Suppressed).Select(g => g.Respondents), minCell);
        var overall = Score("All respondents", rows, version, hidden);
        return new PercentPositiveWave(wave, minCell, overall, units, workgroups);
    }

    /// <summary>The change of every composite of the whole wave from <paramref name="before"/> to <paramref name="after"/>.
    /// The test counts respondents, not answers: a respondent's answers within a composite go together, so counting each
    /// answer would overstate the evidence. x = composite percent × respondents.</summary>
    public static IReadOnlyList<CompositeChange> Change(PercentPositiveWave before, PercentPositiveWave after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        return after.Overall.Composites.Select(a =>
        {
            var b = before.Overall.Composites.FirstOrDefault(c => c.Key == a.Key);
            var test = b?.Percent is { } pb && a.Percent is { } pa
                ? TwoProportionTest.Compare(pb / 100 * b.Respondents, b.Respondents, pa / 100 * a.Respondents, a.Respondents)
                : null;
            return new CompositeChange(a.Key, a.Name, b, a, test);
        }).ToList();
    }

    private static List<PercentPositiveGroup> Breakdown(List<Row> rows, Func<Row, int?> key, Dictionary<int, string> names, InstrumentVersion version, int minCell) =>
        rows.Where(r => key(r) is not null).GroupBy(r => key(r)!.Value)
            .Select(g =>
            {
                var n = g.Select(r => r.Response).Distinct().Count();
                return Score(names.GetValueOrDefault(g.Key, "?"), g.ToList(), version, n < minCell);
            })
            .OrderBy(g => g.Name, StringComparer.Ordinal).ToList();

    private static PercentPositiveGroup Score(string name, IReadOnlyList<Row> rows, InstrumentVersion version, bool suppressed)
    {
        var respondents = rows.Select(r => r.Response).Distinct().Count();
        var byItem = rows.ToLookup(r => r.Item);
        var composites = version.Composites.Select(c =>
        {
            var items = c.Keys.Select(version.FindItem).OfType<Item>().ToList();
            var scores = items.Select(i => PercentPositive.Item(i.Key, byItem[i.Key].Select(r => r.Value), Scale(i))).ToList();
            var answering = items.SelectMany(i => byItem[i.Key].Where(r => PercentPositive.IsPositive(r.Value, Scale(i)) is not null))
                .Select(r => r.Response).Distinct().Count();
            return suppressed
                ? new CompositeScore(c.Key, c.Name, null, 0, [])
                : new CompositeScore(c.Key, c.Name, PercentPositive.Composite(scores), answering, scores);
        }).ToList();
        var inComposites = version.Composites.SelectMany(c => c.Keys).ToHashSet(StringComparer.Ordinal);
        var singles = suppressed ? [] : version.Items
            .Where(i => i.Kind == ItemKind.Scale && !inComposites.Contains(i.Key)).OrderBy(i => i.Position)
            .Select(i =>
            {
                var values = byItem[i.Key].Select(r => r.Value).ToList();
                var counts = Enumerable.Range(i.ScaleMin, i.ScoredMax - i.ScaleMin + 1).Select(v => values.Count(x => x == v)).ToList();
                var wording = i.TextFor(SurveyLanguages.Default);
                return new SingleItemScore(i.Key, wording.Text, wording.AnchorLabels, counts, PercentPositive.Item(i.Key, values, Scale(i)));
            }).ToList();
        // A suppressed group shows its name only: not even its number of respondents.
        return new PercentPositiveGroup(name, suppressed ? 0 : respondents, suppressed, composites, singles);
    }

    /// <summary>Percent-positive reads the scored points; the N/A point (if any) is named so it is left out.</summary>
    private static AgreementScale Scale(Item item) => new(item.ScaleMin, item.ScoredMax, item.ReverseCoded, item.NotApplicable);
}
