using LearningLoop.Core.Networks;
using LearningLoop.Core.Persistence;
using LearningLoop.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LearningLoop.Web.Features.Network;

/// <summary>A network measure as one member sees it: which of its own measures reports it, if any.</summary>
public sealed record MeasureSharing(int NetworkMeasureId, string Name, string Definition, string ValueLabel, int? MeasureId, string? MeasureName);

public sealed record SharingDto(string? Network, IReadOnlyList<MeasureSharing> Measures, bool ShareCapability);

/// <summary>What the caller's organisation shares with its network (decision 0023): per network measure, the measure of
/// its own that reports it (none: not shared); and whether its capability profile is shared. Administrators decide.</summary>
public sealed class NetworkSharing(LearningLoopDbContext db, TimeProvider clock)
{
    public async Task<SharingDto> LoadAsync(CancellationToken ct = default)
    {
        var network = await NetworkAsync(ct);
        if (network is null) return new SharingDto(null, [], false);
        var measures = await db.NetworkMeasures.AsNoTracking().Where(m => m.NetworkId == network.Value.Id).OrderBy(m => m.Name).ToListAsync(ct);
        var shares = await db.MeasureShares.AsNoTracking().Select(s => new { s.NetworkMeasureId, s.MeasureId, s.Measure!.Name }).ToListAsync(ct);
        return new SharingDto(network.Value.Name, measures.Select(m =>
        {
            var share = shares.FirstOrDefault(s => s.NetworkMeasureId == m.Id);
            return new MeasureSharing(m.Id, m.Name, m.Definition, m.ValueLabel, share?.MeasureId, share?.Name);
        }).ToList(), await db.CapabilityShares.AnyAsync(ct));
    }

    /// <summary>Shares <paramref name="measureId"/> (one of the organisation's own measures, with denominators) as the
    /// network measure, or stops sharing it when null.</summary>
    public async Task<EditOutcome<SharingDto>> ShareMeasureAsync(int networkMeasureId, int? measureId, CancellationToken ct = default)
    {
        var network = await NetworkAsync(ct);
        if (network is null || !await db.NetworkMeasures.AnyAsync(m => m.Id == networkMeasureId && m.NetworkId == network.Value.Id, ct))
        {
            return EditOutcome<SharingDto>.Missing();
        }
        var existing = await db.MeasureShares.FirstOrDefaultAsync(s => s.NetworkMeasureId == networkMeasureId, ct);
        if (measureId is { } id)
        {
            // The tenancy filter makes another organisation's measure not found here.
            var measure = await db.Measures.AsNoTracking().Where(m => m.Id == id)
                .Select(m => new { m.Id, Counted = m.Values.Any(v => v.Denominator != null) }).FirstOrDefaultAsync(ct);
            if (measure is null) return EditOutcome<SharingDto>.Invalid("measureId", $"Measure {id} is not in this organisation.");
            if (!measure.Counted)
            {
                return EditOutcome<SharingDto>.Invalid("measureId", "Only a measure with denominators (a rate or a proportion) can be compared on a funnel plot.");
            }
            if (existing is null)
            {
                db.MeasureShares.Add(new MeasureShare
                {
                    OrganisationId = db.Scope.OrganisationId, NetworkMeasureId = networkMeasureId, MeasureId = id, SharedOn = Today,
                });
            }
            else if (existing.MeasureId != id)
            {
                (existing.MeasureId, existing.SharedOn) = (id, Today);
            }
        }
        else if (existing is not null)
        {
            db.MeasureShares.Remove(existing);
        }
        await db.SaveChangesAsync(ct);
        return EditOutcome<SharingDto>.Saved(await LoadAsync(ct));
    }

    public async Task<SharingDto> ShareCapabilityAsync(bool share, CancellationToken ct = default)
    {
        var existing = await db.CapabilityShares.FirstOrDefaultAsync(ct);
        if (share && existing is null) db.CapabilityShares.Add(new CapabilityShare { OrganisationId = db.Scope.OrganisationId, SharedOn = Today });
        if (!share && existing is not null) db.CapabilityShares.Remove(existing);
        await db.SaveChangesAsync(ct);
        return await LoadAsync(ct);
    }

    /// <summary>The caller's organisation's own measures that could report a network measure (those with denominators).</summary>
    public Task<List<(int Id, string Name)>> CandidatesAsync(CancellationToken ct = default) =>
        db.Measures.AsNoTracking().Where(m => m.Values.Any(v => v.Denominator != null)).OrderBy(m => m.Name)
            .Select(m => new ValueTuple<int, string>(m.Id, m.Unit != null ? m.Name + " (" + m.Unit.Name + ")" : m.Name)).ToListAsync(ct);

    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    private async Task<(int Id, string Name)?> NetworkAsync(CancellationToken ct)
    {
        var network = await db.Organisations.AsNoTracking().Where(o => o.Id == db.Scope.OrganisationId && o.Network != null)
            .Select(o => new { o.Network!.Id, o.Network.Name }).FirstOrDefaultAsync(ct);
        return network is null ? null : (network.Id, network.Name);
    }
}
