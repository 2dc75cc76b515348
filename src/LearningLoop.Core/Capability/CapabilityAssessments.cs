using LearningLoop.Analytics.Capability;
using LearningLoop.Core.Persistence;
using LearningLoop.Core.Surveys;
using Microsoft.EntityFrameworkCore;

namespace LearningLoop.Core.Capability;

/// <summary>A capability assessment is a wave of <see cref="CapabilityInstrument"/>.</summary>
public sealed record CapabilityAssessment(int Id, string Name, DateOnly Opens, DateOnly LastDay, WaveState State, int Responses);

/// <summary>A closed assessment's results, over the whole organisation or the units given.</summary>
public sealed record CapabilityResult(
    CapabilityAssessment Assessment, CapabilityProfile Profile, CapabilityGroups Groups, IReadOnlyList<CapabilityGap> Gaps,
    CapabilityAssessment? Previous, IReadOnlyList<CapabilityDifference> Change);

/// <summary>Reads capability assessments. Results exist only for closed assessments: while a wave is open its totals
/// would move under the reader and could reveal the latest respondent's answers by difference.</summary>
public sealed class CapabilityAssessments(LearningLoopDbContext db, TimeProvider clock)
{
    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    /// <summary>The organisation's copy of the instrument, made the first time it is needed.</summary>
    public async Task<Instrument> EnsureInstrumentAsync(CancellationToken ct = default)
    {
        var existing = await db.Instruments.Include(i => i.Versions).FirstOrDefaultAsync(i => i.Key == CapabilityInstrument.Key, ct);
        if (existing is not null)
        {
            return existing;
        }
        var instrument = CapabilityInstrument.Create(db.Scope.OrganisationId, clock.GetUtcNow().UtcDateTime);
        db.Instruments.Add(instrument);
        return await db.SaveUnlessMadeMeanwhileAsync(ct) ? instrument
            : await db.Instruments.Include(i => i.Versions).FirstAsync(i => i.Key == CapabilityInstrument.Key, ct);
    }

    /// <summary>Every assessment, newest first.</summary>
    public async Task<List<CapabilityAssessment>> ListAsync(CancellationToken ct = default)
    {
        var waves = await db.Waves.AsNoTracking().Where(w => w.InstrumentVersion!.Instrument!.Key == CapabilityInstrument.Key)
            .OrderByDescending(w => w.Opens).ThenByDescending(w => w.Id).ToListAsync(ct);
        var ids = waves.Select(w => w.Id).ToList();
        var counts = await db.Responses.Where(r => ids.Contains(r.WaveId) && r.Status == ResponseStatus.Submitted)
            .GroupBy(r => r.WaveId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        return waves.Select(w => new CapabilityAssessment(w.Id, w.Name, w.Opens, w.LastDay, w.StateOn(Today), counts.GetValueOrDefault(w.Id))).ToList();
    }

    /// <summary>The latest closed assessment's results (null when there is none).</summary>
    public async Task<CapabilityResult?> LatestAsync(IReadOnlyCollection<int>? units = null, CancellationToken ct = default)
    {
        var latest = (await ListAsync(ct)).FirstOrDefault(a => a.State == WaveState.Closed);
        return latest is null ? null : await ResultAsync(latest.Id, units, ct);
    }

    /// <summary>Results of a closed assessment; null when it does not exist or is not closed yet. With
    /// <paramref name="units"/>, only respondents who said they work on one of them count (suppression applies anew).</summary>
    public async Task<CapabilityResult?> ResultAsync(int waveId, IReadOnlyCollection<int>? units = null, CancellationToken ct = default)
    {
        var all = await ListAsync(ct);
        var assessment = all.FirstOrDefault(a => a.Id == waveId);
        if (assessment is null || assessment.State != WaveState.Closed)
        {
            return null;
        }
        var minimum = await MinimumCellSizeAsync(ct);
        var respondents = await RespondentsAsync(waveId, units, ct);
        var profile = CapabilityProfile.Compute(respondents, minimum);
        var previous = all.Where(a => a.State == WaveState.Closed && (a.Opens, a.Id).CompareTo((assessment.Opens, assessment.Id)) < 0).FirstOrDefault();
        IReadOnlyList<CapabilityDifference> change = [];
        if (previous is not null)
        {
            change = CapabilityDifference.Between(profile, CapabilityProfile.Compute(await RespondentsAsync(previous.Id, units, ct), minimum));
        }
        return new CapabilityResult(assessment, profile, CapabilityGroups.Compute(respondents, minimum), CapabilityGaps.Rank(profile),
            previous, change);
    }

    public async Task<int> MinimumCellSizeAsync(CancellationToken ct = default)
    {
        var organisation = await db.Organisations.AsNoTracking().FirstAsync(o => o.Id == db.Scope.OrganisationId, ct);
        return SurveyLimits.MinimumCellSize(organisation);
    }

    /// <summary>Submitted responses turned into ratings; keys the instrument does not know are ignored.</summary>
    public async Task<List<CapabilityRespondent>> RespondentsAsync(int waveId, IReadOnlyCollection<int>? units, CancellationToken ct)
    {
        var responses = db.Responses.Where(r => r.WaveId == waveId && r.Status == ResponseStatus.Submitted);
        if (units is not null)
        {
            responses = responses.Where(r => r.UnitId != null && units.Contains(r.UnitId.Value));
        }
        // A join rather than SelectMany: SQLite has no APPLY.
        var answers = await db.Answers.AsNoTracking().Where(a => a.Value != null)
            .Join(responses, a => a.ResponseId, r => r.Id, (a, r) => new { r.Id, a.ItemKey, a.Value }).ToListAsync(ct);
        return answers.GroupBy(a => a.Id).Select(r =>
        {
            var values = r.ToDictionary(a => a.ItemKey, a => a.Value!.Value, StringComparer.Ordinal);
            var group = values.TryGetValue(CapabilityInstrument.RoleKey, out var role) ? CapabilityInstrument.GroupOf(role) : "unknown";
            var ratings = CapabilityFramework.Cells.Select(c => new CapabilityRating(c.Domain.Key, c.Level.Key,
                    Value(values, CapabilityInstrument.ScoreKey(c.Domain.Key, c.Level.Key)),
                    Value(values, CapabilityInstrument.ImportanceKey(c.Domain.Key, c.Level.Key))))
                .Where(x => x.Score is not null || x.Importance is not null).ToList();
            return new CapabilityRespondent(group, ratings);
        }).ToList();
    }

    private static int? Value(Dictionary<string, int> values, string key) => values.TryGetValue(key, out var v) ? v : null;
}
