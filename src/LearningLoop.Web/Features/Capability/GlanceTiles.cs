namespace LearningLoop.Web.Features.Capability;

/// <summary>Where an at-a-glance page stands: the organisation, a division or a unit, with the units it covers and the
/// places one level down (divisions of the organisation, units of a division; none below a unit).</summary>
public sealed record GlanceScope(GlanceLevel Level, int? Id, string Name, IReadOnlyList<int> UnitIds, IReadOnlyList<GlanceChild> Children)
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

/// <summary>A division or unit one level below a scope, with its own at-a-glance page and the units it covers.</summary>
public sealed record GlanceChild(string Name, string Href, IReadOnlyList<int> UnitIds);

public enum GlanceLevel
{
    Organisation,
    Division,
    Unit,
}

/// <summary>One tile another capability fills: a headline figure with a sentence, the page with the detail, an optional
/// monthly trend (oldest first), one row per place one level down (each linking to that place's own page) and the
/// records behind the figure (<see cref="Items"/>, e.g. flagged initiatives). <see cref="Available"/> false: there is no
/// data for it here yet, and the tile says where it will come from.</summary>
public sealed record GlanceTile(
    string Key, string Title, bool Available, string? Headline, string Summary, string Href, string LinkText,
    IReadOnlyList<double>? Trend = null, IReadOnlyList<GlanceTileRow>? Rows = null, IReadOnlyList<GlanceLink>? Items = null);

/// <summary>A place one level down and its figure on the tile ("–" when it has none or too few to show).</summary>
public sealed record GlanceTileRow(string Name, string Value, string Href);

/// <summary>A tile's data for a scope. Safety (reporting rate, safety culture), partners (engagement) and alignment
/// each have a source (<c>GlanceTileSources/</c>); the page shows whatever sources are registered, in <see cref="Order"/>.</summary>
public interface IGlanceTileSource
{
    int Order { get; }
    Task<GlanceTile> TileAsync(GlanceScope scope, CancellationToken ct);
}

