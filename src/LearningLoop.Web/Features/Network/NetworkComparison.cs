using LearningLoop.Analytics.Capability;
using LearningLoop.Analytics.Funnel;
using LearningLoop.Core.Access;
using LearningLoop.Core.Capability;
using LearningLoop.Core.Networks;
using LearningLoop.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LearningLoop.Web.Features.Network;

public sealed record NetworkMember(int Id, string Name);

/// <summary>A shared measure and who shares it: members not in <see cref="SharedBy"/> are named, nothing more.</summary>
public sealed record SharedMeasureSummary(NetworkMeasure Measure, IReadOnlyList<string> SharedBy, IReadOnlyList<string> NotShared);

public sealed record NetworkOverview(int Id, string Name, IReadOnlyList<NetworkMember> Members, IReadOnlyList<SharedMeasureSummary> Measures);

/// <summary>One shared measure's funnel over a period: each sharing member's totals against the pooled value.</summary>
public sealed record NetworkFunnel(NetworkMeasure Measure, DateOnly From, DateOnly To, FunnelPlot? Plot, string? Message, IReadOnlyList<string> NotShared);

/// <summary>A member's capability profile: domain means of its latest closed assessment (null where suppressed), or only
/// its name when it does not share (<see cref="Shared"/> false) or has no closed assessment.</summary>
public sealed record MemberCapability(string Organisation, bool Shared, string? Assessment, DateOnly? Closed, IReadOnlyDictionary<string, double?> Domains);

/// <summary>The network view's reads (decision 0023). These cross organisations on purpose, and only here: every read
/// is limited to the coordinator's own network, to its current members, and to what each member shares — a measure
/// through a <see cref="MeasureShare"/> (period totals only), a capability profile through a <see cref="CapabilityShare"/>
/// (read in that member's own scope, so its own minimum cell size suppresses as it would at home).</summary>
public sealed class NetworkComparison(LearningLoopDbContext db, IServiceScopeFactory scopes, TimeProvider clock)
{
    public async Task<NetworkOverview?> OverviewAsync(int networkId, CancellationToken ct = default)
    {
        var network = await db.Networks.AsNoTracking().Where(n => n.Id == networkId).Select(n => n.Name).FirstOrDefaultAsync(ct);
        if (network is null) return null;
        var members = await MembersAsync(networkId, ct);
        var measures = await db.NetworkMeasures.AsNoTracking().Where(m => m.NetworkId == networkId).OrderBy(m => m.Name).ToListAsync(ct);
        var shares = await SharesAsync(measures.Select(m => m.Id).ToList(), members, ct);
        return new NetworkOverview(networkId, network, members, measures.Select(m =>
        {
            var by = shares.Where(s => s.NetworkMeasureId == m.Id).Select(s => s.OrganisationId).ToHashSet();
            return new SharedMeasureSummary(m, members.Where(o => by.Contains(o.Id)).Select(o => o.Name).ToList(),
                members.Where(o => !by.Contains(o.Id)).Select(o => o.Name).ToList());
        }).ToList());
    }

    /// <summary>The funnel of one of the network's measures over twelve months ending <paramref name="to"/> (default: the
    /// latest month any sharing member reported). Null when the measure is not this network's.</summary>
    public async Task<NetworkFunnel?> FunnelAsync(int networkId, int measureId, DateOnly? to = null, CancellationToken ct = default)
    {
        var measure = await db.NetworkMeasures.AsNoTracking().FirstOrDefaultAsync(m => m.Id == measureId && m.NetworkId == networkId, ct);
        if (measure is null) return null;
        var members = await MembersAsync(networkId, ct);
        var shares = await SharesAsync([measureId], members, ct);
        var notShared = members.Where(m => shares.All(s => s.OrganisationId != m.Id)).Select(m => m.Name).ToList();
        var measureIds = shares.Select(s => s.MeasureId).ToList();
        // Crossing organisations on purpose: values are reached only through the ids of measures members shared.
        var values = db.MeasureValues.IgnoreQueryFilters().AsNoTracking().Where(v => measureIds.Contains(v.MeasureId) && v.Numerator != null && v.Denominator != null);
        var end = to ?? await values.MaxAsync(v => (DateOnly?)v.Period, ct);
        var month = end ?? DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var last = new DateOnly(month.Year, month.Month, 1);
        var from = last.AddMonths(-11);
        var until = last.AddMonths(1).AddDays(-1);
        if (shares.Count == 0 || end is null)
        {
            return new NetworkFunnel(measure, from, until, null, "No member shares this measure yet.", notShared);
        }
        var totals = await values.Where(v => v.Period >= from && v.Period <= until).GroupBy(v => v.MeasureId)
            .Select(g => new { g.Key, Events = g.Sum(v => v.Numerator!.Value), Denominator = g.Sum(v => v.Denominator!.Value) })
            .ToDictionaryAsync(x => x.Key, ct);
        var units = shares.Where(s => totals.TryGetValue(s.MeasureId, out var t) && t.Denominator > 0)
            .Select(s => new FunnelUnit(members.First(m => m.Id == s.OrganisationId).Name, totals[s.MeasureId].Events, totals[s.MeasureId].Denominator))
            .OrderBy(u => u.Name, StringComparer.Ordinal).ToList();
        if (units.Count == 0) return new NetworkFunnel(measure, from, until, null, "No sharing member reported this measure in the period.", notShared);
        try
        {
            return new NetworkFunnel(measure, from, until, FunnelPlot.Build(units, measure.Kind, multiply: measure.Multiplier), null, notShared);
        }
        catch (ArgumentException e)
        {
            // A member's measure that does not fit the network's definition (e.g. more events than cases): say whose.
            return new NetworkFunnel(measure, from, until, null, e.Message, notShared);
        }
    }

    /// <summary>Every member's capability profile where it shares one; the others by name only.</summary>
    public async Task<List<MemberCapability>> CapabilityAsync(int networkId, CancellationToken ct = default)
    {
        var members = await MembersAsync(networkId, ct);
        var ids = members.Select(m => m.Id).ToList();
        var sharing = await db.CapabilityShares.IgnoreQueryFilters().AsNoTracking().Where(s => ids.Contains(s.OrganisationId))
            .Select(s => s.OrganisationId).ToListAsync(ct);
        var result = new List<MemberCapability>();
        foreach (var member in members)
        {
            if (!sharing.Contains(member.Id))
            {
                result.Add(new MemberCapability(member.Name, false, null, null, new Dictionary<string, double?>()));
                continue;
            }
            // Read as the member would read it at home: its tenancy filter, its minimum cell size.
            using var scope = scopes.CreateScope();
            scope.ServiceProvider.GetRequiredService<OrganisationScope>().SetOrganisation(member.Id);
            var latest = await scope.ServiceProvider.GetRequiredService<CapabilityAssessments>().LatestAsync(null, ct);
            result.Add(latest is null
                ? new MemberCapability(member.Name, true, null, null, new Dictionary<string, double?>())
                : new MemberCapability(member.Name, true, latest.Assessment.Name, latest.Assessment.LastDay,
                    CapabilityFramework.Domains.ToDictionary(d => d.Key, d => latest.Profile.DomainMean(d.Key))));
        }
        return result;
    }

    private Task<List<NetworkMember>> MembersAsync(int networkId, CancellationToken ct) =>
        db.Organisations.IgnoreQueryFilters().AsNoTracking().Where(o => o.NetworkId == networkId).OrderBy(o => o.Name)
            .Select(o => new NetworkMember(o.Id, o.Name)).ToListAsync(ct);

    /// <summary>Shares of these measures by current members only: an organisation that left the network shares nothing.</summary>
    private async Task<List<MeasureShare>> SharesAsync(List<int> measureIds, List<NetworkMember> members, CancellationToken ct)
    {
        var ids = members.Select(m => m.Id).ToList();
        return await db.MeasureShares.IgnoreQueryFilters().AsNoTracking()
            .Where(s => measureIds.Contains(s.NetworkMeasureId) && ids.Contains(s.OrganisationId)).ToListAsync(ct);
    }
}
