using LearningLoop.Analytics.Partnership;
using LearningLoop.Analytics.Surveys;
using LearningLoop.Core.Persistence;
using LearningLoop.Core.Surveys;
using Microsoft.EntityFrameworkCore;

namespace LearningLoop.Core.Partners;

/// <summary>A partnership survey's wave as lists show it. Response counts are left to the survey pages, which suppress them.</summary>
public sealed record PartnershipWave(int WaveId, string Name, PartnershipSurveyKind Kind, int? InitiativeId, DateOnly Opens, DateOnly LastDay,
    WaveState State);

/// <summary>A composite's percent positive in a group of respondents (null when suppressed or unanswered).</summary>
public sealed record EvaluationScore(string Key, string Name, double? Percent);

/// <summary>A group's scores; a suppressed group shows its name only.</summary>
public sealed record EvaluationGroup(string Name, int Respondents, bool Suppressed, IReadOnlyList<EvaluationScore> Composites);

/// <summary>One questionnaire's results pooled over the closed waves named in <see cref="Waves"/>: everyone, and (for the
/// participant questionnaire) partners and staff apart.</summary>
public sealed record EvaluationResult(PartnershipSurveyKind Kind, IReadOnlyList<PartnershipWave> Waves, int MinCellSize, EvaluationGroup Overall,
    IReadOnlyList<EvaluationGroup> Roles);

/// <summary>One closed alignment survey of an initiative: the groups with enough respondents, their means, and the
/// groups left out because too few of them answered.</summary>
public sealed record AlignmentSurveyRound(int WaveId, DateOnly On, IReadOnlyList<(GroupRatings Ratings, int Respondents)> Groups,
    IReadOnlyList<string> TooFewToShow);

/// <summary>Reads the partnership surveys (decision 0021): which waves evaluate which initiative, the engagement
/// evaluation's percent positive pooled over closed waves, and each closed alignment survey's group means for the map.
/// Only closed waves count, as everywhere (<see cref="WaveResultsGate"/>); every group under the organisation's minimum
/// cell size is suppressed, and the total is hidden when it would give a suppressed group away by subtraction.</summary>
public sealed class PartnershipSurveys(LearningLoopDbContext db, TimeProvider clock)
{
    private sealed record Row(Guid Response, int WaveId, string Item, int Value);

    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    /// <summary>The organisation's copy of a partnership instrument, made the first time it is needed.</summary>
    public async Task<Instrument> EnsureInstrumentAsync(PartnershipSurveyKind kind, CancellationToken ct = default)
    {
        var key = KeyOf(kind);
        var existing = await db.Instruments.Include(i => i.Versions).FirstOrDefaultAsync(i => i.Key == key, ct);
        if (existing is not null) return existing;
        var now = clock.GetUtcNow().UtcDateTime;
        var instrument = kind == PartnershipSurveyKind.Alignment
            ? AlignmentSurveyInstrument.Create(db.Scope.OrganisationId, now)
            : EngagementEvaluationInstruments.For(kind).Create(db.Scope.OrganisationId, now);
        db.Instruments.Add(instrument);
        await db.SaveChangesAsync(ct);
        return instrument;
    }

    public static string KeyOf(PartnershipSurveyKind kind) =>
        kind == PartnershipSurveyKind.Alignment ? AlignmentSurveyInstrument.Key : EngagementEvaluationInstruments.For(kind).Key;

    /// <summary>Partnership waves, newest first: of one initiative, of the organisation questionnaire (initiative 0), or all.</summary>
    public async Task<List<PartnershipWave>> ListAsync(int? initiativeId = null, PartnershipSurveyKind? kind = null, CancellationToken ct = default)
    {
        var query = db.PartnershipSurveys.AsNoTracking();
        if (initiativeId is 0) query = query.Where(s => s.InitiativeId == null);
        else if (initiativeId is { } id) query = query.Where(s => s.InitiativeId == id);
        if (kind is { } k) query = query.Where(s => s.Kind == k);
        var rows = await query.Select(s => new { s.Kind, s.InitiativeId, s.Wave }).ToListAsync(ct);
        return rows.Select(r => new PartnershipWave(r.Wave!.Id, r.Wave.Name, r.Kind, r.InitiativeId, r.Wave.Opens, r.Wave.LastDay, r.Wave.StateOn(Today)))
            .OrderByDescending(w => w.Opens).ThenByDescending(w => w.WaveId).ToList();
    }

    /// <summary>A questionnaire's results over its closed waves: of the initiatives given (all when null); for the
    /// organisation questionnaire, the organisation's own waves.</summary>
    public async Task<EvaluationResult> EvaluationAsync(PartnershipSurveyKind kind, IReadOnlyCollection<int>? initiativeIds = null,
        CancellationToken ct = default)
    {
        var plan = EngagementEvaluationInstruments.For(kind);
        var waves = (await ListAsync(null, kind, ct))
            .Where(w => w.State == WaveState.Closed && (initiativeIds is null || w.InitiativeId is { } i && initiativeIds.Contains(i))).ToList();
        var minCell = await MinimumCellSizeAsync(ct);
        var rows = await RowsAsync(waves.Select(w => w.WaveId).ToList(), ct);
        var byResponse = rows.GroupBy(r => r.Response).ToList();
        var roleOf = byResponse.ToDictionary(g => g.Key, g => plan.Role is { } role ? g.FirstOrDefault(r => r.Item == role.Key)?.Value : null);
        var total = byResponse.Count;
        if (plan.Role is null)
        {
            return new EvaluationResult(kind, waves, minCell, Score(plan, "All respondents", rows, total, total < minCell), []);
        }
        // Partners and staff are two parts of one total: the survey engine's complementary suppression decides which
        // counts may be shown together (Disclosure.Partitions; empty groups take no part).
        var members = EngagementEvaluationInstruments.ParticipantRoles.Select((_, i) => rows.Where(r => roleOf[r.Response] == i + 1).ToList()).ToList();
        var counts = members.Select(m => m.Select(r => r.Response).Distinct().Count()).ToList();
        var present = counts.Select((n, i) => (n, i)).Where(x => x.n > 0).ToList();
        var unknown = total - counts.Sum(); // answers without a role (the item is required, so none unless imported)
        var (totalShown, parts) = Disclosure.Partitions(total, [[.. present.Select(x => x.n), .. unknown > 0 ? [unknown] : Array.Empty<int>()]], minCell);
        var roles = EngagementEvaluationInstruments.ParticipantGroups.Select((name, i) =>
        {
            var at = present.FindIndex(x => x.i == i);
            return Score(plan, name, members[i], counts[i], at < 0 || !parts[0][at]);
        }).ToList();
        var hidden = !totalShown || total < minCell;
        return new EvaluationResult(kind, waves, minCell, Score(plan, "All respondents", rows, total, hidden), roles);
    }

    /// <summary>Every closed alignment survey of the initiatives given (all when null), oldest first per initiative.</summary>
    public async Task<Dictionary<int, List<AlignmentSurveyRound>>> AlignmentRoundsAsync(IReadOnlyCollection<int>? initiativeIds = null,
        CancellationToken ct = default)
    {
        var waves = (await ListAsync(null, PartnershipSurveyKind.Alignment, ct))
            .Where(w => w.State == WaveState.Closed && w.InitiativeId is { } i && (initiativeIds is null || initiativeIds.Contains(i))).ToList();
        if (waves.Count == 0) return [];
        var minCell = await MinimumCellSizeAsync(ct);
        var rows = await RowsAsync(waves.Select(w => w.WaveId).ToList(), ct);
        var byWave = rows.ToLookup(r => r.WaveId);
        return waves.GroupBy(w => w.InitiativeId!.Value).ToDictionary(g => g.Key, g => g.OrderBy(w => w.LastDay).ThenBy(w => w.WaveId)
            .Select(w => Round(w, byWave[w.WaveId].ToList(), minCell)).ToList());
    }

    private static AlignmentSurveyRound Round(PartnershipWave wave, List<Row> rows, int minCell)
    {
        var responses = rows.GroupBy(r => r.Response).Select(g => g.ToDictionary(r => r.Item, r => r.Value, StringComparer.Ordinal)).ToList();
        var shown = new List<(GroupRatings, int)>();
        var tooFew = new List<string>();
        foreach (var (group, index) in AlignmentSurveyInstrument.Groups.Select((g, i) => (g, i + 1)))
        {
            var members = responses.Where(r => r.TryGetValue(AlignmentSurveyInstrument.GroupKey, out var v) && v == index).ToList();
            if (members.Count == 0) continue;
            if (members.Count < minCell)
            {
                tooFew.Add(group);
                continue;
            }
            double Mean(string key) => members.Where(m => m.ContainsKey(key)).Select(m => (double)m[key]).DefaultIfEmpty(3).Average();
            var d = AlignmentSurveyInstrument.Dimensions;
            shown.Add((new GroupRatings(group, Mean(d[0].Key), Mean(d[1].Key), Mean(d[2].Key), Mean(d[3].Key), Mean(d[4].Key)), members.Count));
        }
        return new AlignmentSurveyRound(wave.WaveId, wave.LastDay, shown, tooFew);
    }

    private static EvaluationGroup Score(QuestionnairePlan plan, string name, IReadOnlyList<Row> rows, int respondents, bool suppressed)
    {
        var byItem = rows.ToLookup(r => r.Item);
        var composites = plan.Composites.Select(c => new EvaluationScore(c.Key, c.Name, suppressed ? null : PercentPositive.Composite(
            c.Items.Select(i => PercentPositive.Item(i.Item, byItem[i.Item].Select(r => r.Value), new AgreementScale(1, 5, i.Reverse, 6)))))).ToList();
        // A suppressed group shows its name only, not even how many answered.
        return new EvaluationGroup(name, suppressed ? 0 : respondents, suppressed, composites);
    }

    private async Task<List<Row>> RowsAsync(List<int> waveIds, CancellationToken ct) =>
        waveIds.Count == 0 ? [] : await (
            from a in db.Answers
            join r in db.Responses on a.ResponseId equals r.Id
            where waveIds.Contains(r.WaveId) && r.Status == ResponseStatus.Submitted && a.Value != null
            select new Row(r.Id, r.WaveId, a.ItemKey, a.Value!.Value)).AsNoTracking().ToListAsync(ct);

    private async Task<int> MinimumCellSizeAsync(CancellationToken ct) =>
        SurveyLimits.MinimumCellSize(await db.Organisations.AsNoTracking().FirstAsync(o => o.Id == db.Scope.OrganisationId, ct));
}
