using LearningLoop.Analytics.Funnel;
using LearningLoop.Core.Persistence;
using LearningLoop.Core.Safety;
using Microsoft.EntityFrameworkCore;

namespace LearningLoop.Web.Features.Safety;

/// <summary>Reporting rates per 10,000 patient days compared on funnel plots (Spiegelhalter 2005, Poisson limits): the
/// organisation's units, and the organisations of its network that share their rates. Only totals cross organisations
/// (events and patient days per organisation), and only between organisations that opted in.</summary>
public sealed class SafetyBenchmark(LearningLoopDbContext db)
{
    public sealed record Comparison(FunnelPlot? Plot, string? Message);

    public async Task<Comparison> UnitsAsync(SafetyRate rate, DateOnly from, DateOnly to, CancellationToken ct = default)
    {
        var units = await db.Units.AsNoTracking().Select(u => new { u.Id, u.Name }).ToListAsync(ct);
        var events = await Counts(db.SafetyEvents.AsNoTracking(), rate, from, to).GroupBy(e => e.UnitId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var days = await db.PatientDays.AsNoTracking().Where(p => p.Date >= from && p.Date <= to).GroupBy(p => p.UnitId)
            .Select(g => new { g.Key, Days = g.Sum(p => (long)p.Days) }).ToDictionaryAsync(x => x.Key, x => x.Days, ct);
        return Build(units.Where(u => days.GetValueOrDefault(u.Id) > 0)
            .Select(u => new FunnelUnit(u.Name, events.GetValueOrDefault(u.Id), days[u.Id])).ToList());
    }

    /// <summary>The network's organisations that share their rates, when the caller's organisation shares its own.</summary>
    public async Task<Comparison> NetworkAsync(SafetyRate rate, DateOnly from, DateOnly to, CancellationToken ct = default)
    {
        var own = await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == db.Scope.OrganisationId, ct);
        if (own?.NetworkId is not { } network) return new(null, "This organisation is not part of a network.");
        if (!await SharesAsync(ct)) return new(null, "This organisation does not share its reporting rates with its network; an administrator can opt in below.");
        // Crossing organisations on purpose: only the opted-in members of the caller's own network, and only totals.
        var members = await db.Organisations.IgnoreQueryFilters().AsNoTracking().Where(o => o.NetworkId == network)
            .Join(db.SafetySettings.IgnoreQueryFilters().Where(s => s.ShareRatesWithNetwork), o => o.Id, s => s.OrganisationId, (o, s) => new { o.Id, o.Name })
            .ToListAsync(ct);
        var ids = members.Select(m => m.Id).ToList();
        var events = await Counts(db.SafetyEvents.IgnoreQueryFilters().AsNoTracking().Where(e => ids.Contains(e.OrganisationId)), rate, from, to)
            .GroupBy(e => e.OrganisationId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var days = await db.PatientDays.IgnoreQueryFilters().AsNoTracking().Where(p => ids.Contains(p.OrganisationId) && p.Date >= from && p.Date <= to)
            .GroupBy(p => p.OrganisationId).Select(g => new { g.Key, Days = g.Sum(p => (long)p.Days) }).ToDictionaryAsync(x => x.Key, x => x.Days, ct);
        return Build(members.Where(m => days.GetValueOrDefault(m.Id) > 0)
            .Select(m => new FunnelUnit(m.Name, events.GetValueOrDefault(m.Id), days[m.Id])).ToList());
    }

    /// <summary>The organisation's latest day with patient days.</summary>
    public Task<DateOnly?> LatestAsync(CancellationToken ct = default) => db.PatientDays.MaxAsync(p => (DateOnly?)p.Date, ct);

    public async Task<bool> SharesAsync(CancellationToken ct = default) =>
        await db.SafetySettings.AsNoTracking().AnyAsync(s => s.ShareRatesWithNetwork, ct);

    public async Task SetSharingAsync(bool share, CancellationToken ct = default)
    {
        var settings = await db.SafetySettings.FirstOrDefaultAsync(ct);
        if (settings is null)
        {
            settings = new SafetySettings { OrganisationId = db.Scope.OrganisationId };
            db.SafetySettings.Add(settings);
        }
        settings.ShareRatesWithNetwork = share;
        await db.SaveChangesAsync(ct);
    }

    private static IQueryable<SafetyEvent> Counts(IQueryable<SafetyEvent> events, SafetyRate rate, DateOnly from, DateOnly to)
    {
        events = events.Where(e => e.OccurredOn >= from && e.OccurredOn <= to);
        return rate switch
        {
            SafetyRate.NearMiss => events.Where(e => e.Concern == ClassOfConcern.NearMiss),
            SafetyRate.Harm => events.Where(e => e.Harm != HarmLevel.None),
            _ => events,
        };
    }

    private static Comparison Build(List<FunnelUnit> units) => units.Count == 0
        ? new(null, "No patient days are recorded for this period.")
        : new(FunnelPlot.Build(units, FunnelMeasure.Rate, multiply: SafetyRates.Per), null);
}
