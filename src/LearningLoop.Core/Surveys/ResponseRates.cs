using LearningLoop.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LearningLoop.Core.Surveys;

/// <summary>Response rates of a wave by unit and workgroup. The eligible population is the people of the wave's units
/// in the wave's workgroups; responses are submitted responses by the unit and workgroup the respondents reported.
/// A count below the minimum cell size is shown as "fewer than N" (null); when a group of rows adds up to a shown
/// total and only one row is hidden, the next smallest is hidden too, so the hidden one cannot be found by subtraction.</summary>
public sealed class ResponseRates(LearningLoopDbContext db)
{
    public sealed record Rate(string Name, int Eligible, int? Responses)
    {
        public double? Share => Responses is { } r && Eligible > 0 ? (double)r / Eligible : null;
    }

    public sealed record UnitRates(Rate Total, IReadOnlyList<Rate> Workgroups);

    public sealed record Report(int MinCellSize, Rate Total, IReadOnlyList<UnitRates> Units, IReadOnlyList<Rate> Workgroups);

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
        var units = await db.Units.AsNoTracking().Where(u => unitIds.Contains(u.Id)).OrderBy(u => u.Name).ToListAsync(ct);
        var workgroups = await db.Workgroups.AsNoTracking().Where(w => workgroupIds.Contains(w.Id)).ToDictionaryAsync(w => w.Id, w => w.Name, ct);
        var eligible = await db.PersonUnits.AsNoTracking()
            .Where(m => unitIds.Contains(m.UnitId) && m.Person!.WorkgroupId != null && workgroupIds.Contains(m.Person.WorkgroupId.Value))
            .GroupBy(m => new { m.UnitId, Workgroup = m.Person!.WorkgroupId!.Value })
            .Select(g => new { g.Key.UnitId, g.Key.Workgroup, Count = g.Count() }).ToListAsync(ct);
        var responses = await db.Responses.AsNoTracking()
            .Where(r => r.WaveId == waveId && r.Status == ResponseStatus.Submitted)
            .GroupBy(r => new { r.UnitId, r.WorkgroupId })
            .Select(g => new { g.Key.UnitId, g.Key.WorkgroupId, Count = g.Count() }).ToListAsync(ct);

        int Eligible(int? unit, int? workgroup) => eligible.Where(e => (unit is null || e.UnitId == unit) && (workgroup is null || e.Workgroup == workgroup)).Sum(e => e.Count);
        int Responded(int? unit, int? workgroup) => responses.Where(r => (unit is null || r.UnitId == unit) && (workgroup is null || r.WorkgroupId == workgroup)).Sum(r => r.Count);
        Rate Make(string name, int? unit, int? workgroup) => Suppress(new Rate(name, Eligible(unit, workgroup), Responded(unit, workgroup)), minCell);

        var total = Make("All", null, null);
        var perUnit = units.Select(u => new UnitRates(Make(u.Name, u.Id, null),
            Complement(workgroupIds.Select(w => Make(workgroups[w], u.Id, w)).ToList(), shownTotal: true))).ToList();
        var unitTotals = Complement(perUnit.Select(u => u.Total).ToList(), total.Responses is not null);
        perUnit = perUnit.Select((u, i) => u with { Total = unitTotals[i], Workgroups = Complement(u.Workgroups.ToList(), unitTotals[i].Responses is not null) }).ToList();
        var byWorkgroup = Complement(workgroupIds.Select(w => Make(workgroups[w], null, w)).ToList(), total.Responses is not null);
        return new Report(minCell, total, perUnit, byWorkgroup);
    }

    private static Rate Suppress(Rate rate, int minCell) => rate.Responses < minCell ? rate with { Responses = null } : rate;

    /// <summary>Complementary suppression: one hidden row under a shown total would be found by subtraction.</summary>
    private static List<Rate> Complement(List<Rate> rows, bool shownTotal)
    {
        if (!shownTotal || rows.Count(r => r.Responses is null) != 1)
        {
            return rows;
        }
        var next = rows.Where(r => r.Responses is not null).OrderBy(r => r.Responses).FirstOrDefault();
        return next is null ? rows : rows.Select(r => ReferenceEquals(r, next) ? r with { Responses = null } : r).ToList();
    }
}
