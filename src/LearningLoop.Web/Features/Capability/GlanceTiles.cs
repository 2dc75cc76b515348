namespace LearningLoop.Web.Features.Capability;

/// <summary>Where an at-a-glance page stands: the organisation, a division or a unit, with the units it covers.</summary>
public sealed record GlanceScope(GlanceLevel Level, int? Id, string Name, IReadOnlyList<int> UnitIds)
{
    /// <summary>Null for the organisation: every unit, and respondents who named no unit too.</summary>
    public IReadOnlyCollection<int>? UnitFilter => Level == GlanceLevel.Organisation ? null : UnitIds;

    public string Href => Level switch
    {
        GlanceLevel.Division => $"/at-a-glance/divisions/{Id}",
        GlanceLevel.Unit => $"/at-a-glance/units/{Id}",
        _ => "/at-a-glance",
    };
}

public enum GlanceLevel
{
    Organisation,
    Division,
    Unit,
}

/// <summary>One tile another capability fills: a headline figure with a sentence, and the page it links down to.
/// <see cref="Available"/> false: the capability has not landed yet, and the tile says where its data will come from.</summary>
public sealed record GlanceTile(string Key, string Title, bool Available, string? Headline, string Summary, string Href, string LinkText);

/// <summary>A tile's data for a scope. Safety (reporting rate, safety culture), partners (engagement) and alignment
/// each register their own source in place of the placeholders below when they land; the page shows whatever
/// sources are registered, in <see cref="Order"/>.</summary>
public interface IGlanceTileSource
{
    int Order { get; }
    Task<GlanceTile> TileAsync(GlanceScope scope, CancellationToken ct);
}

/// <summary>Placeholder until safety-event reporting lands: event and near-miss reporting per 10,000 patient days.</summary>
public sealed class ReportingRateTileSource : IGlanceTileSource
{
    public int Order => 10;

    public Task<GlanceTile> TileAsync(GlanceScope scope, CancellationToken ct) => Task.FromResult(new GlanceTile(
        "reporting-rate", "Reporting-rate trend", false, null,
        "Safety events and near misses reported per 10,000 patient days, on a u-chart, will show here once safety reporting is in use.",
        "/measures", "Measures"));
}

/// <summary>Placeholder until the safety-culture survey lands: composites as percent positive.</summary>
public sealed class SafetyCultureTileSource : IGlanceTileSource
{
    public int Order => 20;

    public Task<GlanceTile> TileAsync(GlanceScope scope, CancellationToken ct) => Task.FromResult(new GlanceTile(
        "safety-culture", "Safety culture", false, null,
        "Percent positive on the safety-culture composites (e.g. communication about error) will show here after the first culture survey closes.",
        "/surveys", "Surveys"));
}

/// <summary>Placeholder until patient partnership lands: engagement levels and tokenism warnings per initiative.</summary>
public sealed class PartnerEngagementTileSource : IGlanceTileSource
{
    public int Order => 30;

    public Task<GlanceTile> TileAsync(GlanceScope scope, CancellationToken ct) => Task.FromResult(new GlanceTile(
        "partner-engagement", "Partner engagement", false, null,
        "How patient partners take part in initiatives (consultation, involvement, partnership) and warnings of tokenism will show here.",
        "/initiatives", "Initiatives"));
}

/// <summary>Placeholder until alignment surveys land: initiatives where staff groups' priorities diverge.</summary>
public sealed class AlignmentTileSource : IGlanceTileSource
{
    public int Order => 40;

    public Task<GlanceTile> TileAsync(GlanceScope scope, CancellationToken ct) => Task.FromResult(new GlanceTile(
        "alignment", "Alignment flags", false, null,
        "Initiatives where front-line clinicians, middle managers and senior leaders rate the priority differently will be flagged here.",
        "/initiatives", "Initiatives"));
}
