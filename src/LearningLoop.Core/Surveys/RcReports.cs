using System.Globalization;
using LearningLoop.Analytics.RelationalCoordination;
using LearningLoop.Core.Organisations;
using LearningLoop.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LearningLoop.Core.Surveys;

/// <summary>A unit's overall relational coordination in one wave; null when suppressed (see <see cref="RcReports.UnitOverallsAsync"/>).</summary>
public sealed record RcUnitOverall(int WaveId, int UnitId, string Unit, double? Overall);

/// <summary>Runs the Analytics relational coordination engine over a wave's submitted answers (and over a series of
/// waves for change) and applies the organisation's minimum cell size to everything it returns. Reads through the
/// tenancy filter: another organisation's wave is simply not found. Only closed waves' answers are ever used
/// (<see cref="WaveResultsGate"/>): a wave's own results, a change series and the organisation's pooled figures alike.</summary>
public sealed class RcReports(LearningLoopDbContext db, SubmittedAnswers answers, WaveResultsGate gate)
{
    /// <summary>Waves opening this close to each other are "the same round" when a unit is set against its organisation.</summary>
    public const int SameRoundDays = 120;

    public async Task<RcWaveReport?> WaveAsync(int waveId, RcBands? bands = null, CancellationToken ct = default)
    {
        var wave = await LoadWaveAsync(waveId, ct);
        if (wave is null)
        {
            return null;
        }
        gate.EnsureAvailable(wave);
        var minCell = await MinCellAsync(wave, ct);
        var workgroups = await WorkgroupsAsync(wave, ct);
        var keys = workgroups.ToDictionary(w => w.Id, w => w.Key);
        var version = wave.InstrumentVersion!;
        var rows = await answers.LoadAsync([wave.Id], ct);
        var label = Label(wave);
        var waves = Analyse(SubmittedAnswers.ToEngine(rows, _ => label, keys, version.FindItem), minCell)?.Waves;
        var analysis = waves is { Count: > 0 } ? waves[0] : null;

        var (respondents, waveHidden) = Disclosure.Wave(rows, minCell);
        var byWorkgroup = workgroups.Select(w =>
        {
            var n = rows.Where(r => r.Workgroup == w.Id).Select(r => r.Response).Distinct().Count();
            return new GroupCount(w.Key, w.Name, n >= minCell ? n : null);
        }).ToList();
        var shown = byWorkgroup.Where(g => g.Count is not null).Select(g => g.Key).ToHashSet();
        var comments = await CommentsAsync(wave, workgroups.Where(w => shown.Contains(w.Key)).ToList(), ct);
        var (units, organisation) = await UnitsAgainstOrganisationAsync(wave, rows, keys, minCell, waveHidden, ct);
        return new RcWaveReport(wave, workgroups, minCell, bands ?? RcBands.Default, respondents, byWorkgroup, analysis,
            analysis is null ? [] : WeakestTies.Find(analysis, 5), comments, units, organisation, waveHidden);
    }

    public async Task<RcChangeReport?> ChangeAsync(int waveId, RcBands? bands = null, CancellationToken ct = default)
    {
        var wave = await LoadWaveAsync(waveId, ct);
        if (wave is null)
        {
            return null;
        }
        gate.EnsureAvailable(wave);
        var minCell = await MinCellAsync(wave, ct);
        var units = wave.Units.Select(u => u.UnitId).Order().ToList();
        var candidates = await db.Waves.AsNoTracking().Include(w => w.InstrumentVersion).ThenInclude(v => v!.Instrument)
            .Where(w => w.InstrumentVersion!.Instrument!.Kind == InstrumentKind.RelationalCoordination).OrderBy(w => w.Opens).ThenBy(w => w.Id).ToListAsync(ct);
        // A series is the closed waves that surveyed exactly the same units about the same work process: comparing
        // different populations or processes would mislead, and an open wave's answers are nobody's to see yet.
        var series = candidates.Where(gate.IsClosed).Where(w => w.Units.Select(u => u.UnitId).Order().SequenceEqual(units)
            && string.Equals(w.FocalWorkProcess.Trim(), wave.FocalWorkProcess.Trim(), StringComparison.OrdinalIgnoreCase)).ToList();
        var workgroupIds = series.SelectMany(w => w.WorkgroupIdsInOrder).Distinct().ToList();
        var all = await db.Workgroups.AsNoTracking().Where(w => workgroupIds.Contains(w.Id)).ToListAsync(ct);
        var workgroups = workgroupIds.Select(id => all.First(w => w.Id == id)).ToList();
        var keys = workgroups.ToDictionary(w => w.Id, w => w.Key);
        var rows = await answers.LoadAsync(series.Select(w => w.Id).ToList(), ct);
        var labels = series.ToDictionary(w => w.Id, Label);
        var versions = series.ToDictionary(w => w.Id, w => w.InstrumentVersion!);
        var engine = SubmittedAnswers.ToEngine(rows, r => labels[r.WaveId], keys, key => wave.InstrumentVersion!.FindItem(key));
        var analysis = Analyse(engine, minCell);

        var seriesWaves = series.Select(w =>
        {
            var (respondents, hidden) = Disclosure.Wave(rows.Where(r => r.WaveId == w.Id), minCell);
            return new RcSeriesWave(w, respondents, analysis?.Waves.FirstOrDefault(a => a.Wave == labels[w.Id]), hidden);
        }).ToList();
        var byLabel = seriesWaves.ToDictionary(s => labels[s.Wave.Id]);
        var changes = (analysis?.Changes ?? []).Select(c =>
        {
            var (from, to) = (byLabel[c.From], byLabel[c.To]);
            var hidden = from.Suppressed(minCell) || to.Suppressed(minCell);
            return hidden
                ? new RcWaveChange(from.Wave, to.Wave, null, null, null, null)
                : new RcWaveChange(from.Wave, to.Wave, c.Difference, c.CiLow, c.CiHigh, c.P);
        }).ToList();
        return new RcChangeReport(workgroups, minCell, bands ?? RcBands.Default, seriesWaves, changes);
    }

    /// <summary>Overall relational coordination per unit for several waves at once, as <see cref="WaveAsync"/> reports
    /// each wave's units (the same answers, the same suppression: a unit under the minimum cell size, or units that would
    /// give a small rest away by subtraction, or a hidden wave, show no score), without the rest of the report: one read of
    /// the answers and one engine run for all the waves. Waves not yet closed are left out. For pages that only need
    /// the trend (the at-a-glance tile).</summary>
    public async Task<List<RcUnitOverall>> UnitOverallsAsync(IReadOnlyCollection<int> waveIds, CancellationToken ct = default)
    {
        var waves = (await db.Waves.AsNoTracking().Include(w => w.InstrumentVersion).ThenInclude(v => v!.Instrument)
            .Where(w => waveIds.Contains(w.Id) && w.InstrumentVersion!.Instrument!.Kind == InstrumentKind.RelationalCoordination)
            .ToListAsync(ct)).Where(gate.IsClosed).ToList();
        if (waves.Count == 0)
        {
            return [];
        }
        var minCell = await MinCellAsync(waves[0], ct);
        var allKeys = await db.Workgroups.AsNoTracking().ToDictionaryAsync(w => w.Id, w => w.Key, ct);
        var unitIds = waves.SelectMany(w => w.Units.Select(u => u.UnitId)).Distinct().ToList();
        var unitNames = await db.Units.AsNoTracking().Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        var rows = (await answers.LoadAsync(waves.Select(w => w.Id).ToList(), ct)).ToLookup(r => r.WaveId);
        var engine = new List<RcAnswer>();
        foreach (var wave in waves)
        {
            // Only the wave's own workgroups count, as in the wave's report.
            var keys = wave.WorkgroupIdsInOrder.Where(allKeys.ContainsKey).ToDictionary(id => id, id => allKeys[id]);
            engine.AddRange(SubmittedAnswers.ToEngine(rows[wave.Id], r => r.Unit is { } u ? UnitLabel(wave.Id, u) : null, keys, wave.InstrumentVersion!.FindItem));
        }
        var analysis = Analyse(engine, minCell);
        var result = new List<RcUnitOverall>();
        foreach (var wave in waves)
        {
            var waveRows = rows[wave.Id].ToList();
            var waveHidden = Disclosure.Wave(waveRows, minCell).Hidden;
            var perUnit = waveRows.Where(r => r.Unit is not null).GroupBy(r => r.Unit!.Value).ToDictionary(g => g.Key, g => g.Select(r => r.Response).Distinct().Count());
            var unitsHidden = waveHidden || !Disclosure.CanShowTotal(perUnit.Values.Sum(), perUnit.Values.Where(n => n >= minCell), minCell);
            foreach (var unit in wave.Units.Select(u => u.UnitId).Where(unitNames.ContainsKey))
            {
                var score = analysis?.Waves.FirstOrDefault(w => w.Wave == UnitLabel(wave.Id, unit));
                var enough = !unitsHidden && score is not null && score.Respondents >= minCell;
                result.Add(new RcUnitOverall(wave.Id, unit, unitNames[unit], enough ? score!.Overall : null));
            }
        }
        return result;
    }

    private static string UnitLabel(int waveId, int unitId) => string.Create(CultureInfo.InvariantCulture, $"{waveId:D9}:unit:{unitId}");

    /// <summary>Sortable engine label: the engine orders waves by label, and dates sort as text.</summary>
    private static string Label(Wave w) => string.Create(CultureInfo.InvariantCulture, $"{w.Opens:yyyy-MM-dd}#{w.Id:D9}");

    private static RelationalCoordinationAnalysis? Analyse(List<RcAnswer> engine, int minCell)
    {
        if (engine.Count == 0)
        {
            return null;
        }
        var outcome = RelationalCoordinationAnalyser.Analyse(engine, new RcOptions { MinCellSize = minCell });
        // Stored answers were validated when submitted; an error here is a bug, not the respondent's doing.
        return outcome.Analysis ?? throw new InvalidOperationException("Stored answers failed RC validation: " + string.Join("; ", outcome.Errors.Take(3)));
    }

    private Task<Wave?> LoadWaveAsync(int waveId, CancellationToken ct) =>
        db.Waves.AsNoTracking().Include(w => w.InstrumentVersion).ThenInclude(v => v!.Instrument).FirstOrDefaultAsync(w => w.Id == waveId, ct);

    private async Task<int> MinCellAsync(Wave wave, CancellationToken ct) =>
        SurveyLimits.MinimumCellSize(await db.Organisations.AsNoTracking().FirstAsync(o => o.Id == wave.OrganisationId, ct));

    private async Task<List<Workgroup>> WorkgroupsAsync(Wave wave, CancellationToken ct)
    {
        var ids = wave.WorkgroupIdsInOrder.ToList();
        var found = await db.Workgroups.AsNoTracking().Where(w => ids.Contains(w.Id)).ToListAsync(ct);
        return ids.Select(id => found.First(w => w.Id == id)).ToList();
    }

    private async Task<List<GroupComments>> CommentsAsync(Wave wave, List<Workgroup> shown, CancellationToken ct)
    {
        var ids = shown.Select(w => w.Id).ToList();
        var texts = await (
            from a in db.Answers
            join r in db.Responses on a.ResponseId equals r.Id
            where r.WaveId == wave.Id && r.Status == ResponseStatus.Submitted && a.Text != null && r.WorkgroupId != null && ids.Contains(r.WorkgroupId.Value)
            select new { Workgroup = r.WorkgroupId!.Value, Text = a.Text! }).AsNoTracking().ToListAsync(ct);
        return shown.Select(w => new GroupComments(w.Name, texts.Where(t => t.Workgroup == w.Id).Select(t => t.Text).Order(StringComparer.Ordinal).ToList()))
            .Where(g => g.Texts.Count > 0).ToList();
    }

    private async Task<(List<UnitScore>, UnitScore?)> UnitsAgainstOrganisationAsync(
        Wave wave, List<SubmittedAnswers.Row> rows, Dictionary<int, string> keys, int minCell, bool waveHidden, CancellationToken ct)
    {
        var from = wave.Opens.AddDays(-SameRoundDays);
        var to = wave.Opens.AddDays(SameRoundDays);
        var round = (await db.Waves.AsNoTracking()
            .Where(w => w.Opens >= from && w.Opens <= to && w.InstrumentVersion!.Instrument!.Kind == InstrumentKind.RelationalCoordination)
            .ToListAsync(ct)).Where(gate.IsClosed).Select(w => w.Id).ToList();
        var roundRows = await answers.LoadAsync(round, ct);
        var allKeys = await db.Workgroups.AsNoTracking().ToDictionaryAsync(w => w.Id, w => w.Key, ct);
        var unitIds = wave.Units.Select(u => u.UnitId).ToList();
        var unitNames = await db.Units.AsNoTracking().Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, ct);

        const string organisationLabel = "~organisation";
        var engine = SubmittedAnswers.ToEngine(roundRows, _ => organisationLabel, allKeys, wave.InstrumentVersion!.FindItem);
        engine.AddRange(SubmittedAnswers.ToEngine(rows, r => r.Unit is { } u ? "unit:" + u.ToString(CultureInfo.InvariantCulture) : null, keys, wave.InstrumentVersion!.FindItem));
        var analysis = Analyse(engine, minCell);
        UnitScore Score(string label, string name, bool hidden)
        {
            var result = analysis?.Waves.FirstOrDefault(w => w.Wave == label);
            var enough = !hidden && result is not null && result.Respondents >= minCell;
            return new UnitScore(name, enough ? result!.Respondents : null, enough ? result!.Overall : null, enough ? result!.Dimensions : []);
        }
        // Units are parts of the wave, and the wave is a part of the organisation: hide what could be worked out by subtraction.
        var perUnit = rows.Where(r => r.Unit is not null).GroupBy(r => r.Unit!.Value).ToDictionary(g => g.Key, g => g.Select(r => r.Response).Distinct().Count());
        var unitsHidden = waveHidden || !Disclosure.CanShowTotal(perUnit.Values.Sum(), perUnit.Values.Where(n => n >= minCell), minCell);
        var units = unitNames.OrderBy(u => u.Value, StringComparer.Ordinal)
            .Select(u => Score("unit:" + u.Key.ToString(CultureInfo.InvariantCulture), u.Value, unitsHidden)).ToList();
        var roundWaves = roundRows.GroupBy(r => r.WaveId).Select(g => Disclosure.Wave(g, minCell)).ToList();
        var organisationHidden = !Disclosure.CanShowTotal(roundWaves.Sum(w => w.Respondents), roundWaves.Where(w => !w.Hidden).Select(w => w.Respondents), minCell);
        return (units, roundRows.Count == 0 ? null : Score(organisationLabel, "Organisation", organisationHidden));
    }
}
