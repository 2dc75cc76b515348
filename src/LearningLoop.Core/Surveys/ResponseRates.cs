using LearningLoop.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LearningLoop.Core.Surveys;

/// <summary>Response rates of a wave by unit and by workgroup: the two partitions of its submitted responses (by the unit
/// and workgroup the respondents reported), against the wave's population (<see cref="WavePopulation"/>). Shown while the
/// wave is open, so every count passes <see cref="Disclosure.Partitions"/>: a group below the minimum cell size is
/// "fewer than N" (null), and the total and the other groups are hidden as far as needed so that no sum or difference of
/// shown counts, in one partition or across both, gives a small group away. There is deliberately no unit-by-workgroup
/// table: with it the two partitions would meet in every cell, not only in the total. Drafts do not count.</summary>
public sealed class ResponseRates(LearningLoopDbContext db)
{
    /// <param name="Responses">Null when withheld.</param>
    /// <param name="FewerThanMinimum">Withheld because the group is below the minimum cell size ("fewer than N"); a count
    /// withheld with this false is a complement ("not shown"), hidden only so that a small one cannot be worked out.</param>
    public sealed record Rate(string Name, int Eligible, int? Responses, bool FewerThanMinimum)
    {
        public bool Suppressed => Responses is null;
        public double? Share => Responses is { } r && Eligible > 0 ? (double)r / Eligible : null;
    }

    public sealed record Report(int MinCellSize, Rate Total, IReadOnlyList<Rate> Units, IReadOnlyList<Rate> Workgroups);

    public const string UnitNotGiven = "Unit not given";
    public const string WorkgroupNotGiven = "Group not given";

    public async Task<Report?> ForWaveAsync(int waveId, CancellationToken ct = default)
    {
        var wave = await db.Waves.AsNoTracking().FirstOrDefaultAsync(w => w.Id == waveId, ct);
        if (wave is null)
        {
            return null;
        }
        var minCell = SurveyLimits.MinimumCellSize(await db.Organisations.AsNoTracking().FirstAsync(o => o.Id == wave.OrganisationId, ct));
        var unitIds = wave.Units.Select(u => u.UnitId).ToList();
        var workgroupIds = wave.WorkgroupIdsInOrder.ToList();
        var units = await db.Units.AsNoTracking().Where(u => unitIds.Contains(u.Id)).OrderBy(u => u.Name)
            .Select(u => new { u.Id, u.Name }).ToListAsync(ct);
        var workgroupNames = await db.Workgroups.AsNoTracking().Where(w => workgroupIds.Contains(w.Id)).ToDictionaryAsync(w => w.Id, w => w.Name, ct);
        var population = await WavePopulation.ListAsync(db, wave, ct);
        var responses = await db.Responses.AsNoTracking()
            .Where(r => r.WaveId == waveId && r.Status == ResponseStatus.Submitted)
            .GroupBy(r => new { r.UnitId, r.WorkgroupId })
            .Select(g => new { g.Key.UnitId, g.Key.WorkgroupId, Count = g.Count() }).ToListAsync(ct);

        // Each partition lists every response once: a response whose unit (or group) is not one of the wave's is counted
        // in a "not given" row, so that both partitions add up to the total.
        var unitRows = units.Select(u => (u.Name, Eligible: population.Where(m => m.UnitId == u.Id).Select(m => m.PersonId).Distinct().Count(),
            Count: responses.Where(r => r.UnitId == u.Id).Sum(r => r.Count))).ToList();
        AddNotGiven(unitRows, UnitNotGiven, responses.Where(r => r.UnitId is not { } u || !unitIds.Contains(u)).Sum(r => r.Count));
        var workgroupRows = workgroupIds.Select(w => (Name: workgroupNames[w], Eligible: population.Where(m => m.WorkgroupId == w).Select(m => m.PersonId).Distinct().Count(),
            Count: responses.Where(r => r.WorkgroupId == w).Sum(r => r.Count))).ToList();
        AddNotGiven(workgroupRows, WorkgroupNotGiven, responses.Where(r => r.WorkgroupId is not { } w || !workgroupIds.Contains(w)).Sum(r => r.Count));

        var total = responses.Sum(r => r.Count);
        var (totalShown, shown) = Disclosure.Partitions(total, [unitRows.Select(r => r.Count).ToList(), workgroupRows.Select(r => r.Count).ToList()], minCell);
        var eligible = population.Select(m => m.PersonId).Distinct().Count();
        return new Report(minCell, new Rate("All", eligible, totalShown ? total : null, total < minCell),
            Rates(unitRows, shown[0], minCell), Rates(workgroupRows, shown[1], minCell));
    }

    private static void AddNotGiven(List<(string Name, int Eligible, int Count)> rows, string name, int count)
    {
        if (count > 0)
        {
            rows.Add((name, 0, count));
        }
    }

    private static List<Rate> Rates(List<(string Name, int Eligible, int Count)> rows, bool[] shown, int minCell) =>
        rows.Select((r, i) => new Rate(r.Name, r.Eligible, shown[i] ? r.Count : null, r.Count < minCell)).ToList();
}
