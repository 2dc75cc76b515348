using LearningLoop.Analytics.Spc;

namespace LearningLoop.Charts.Spc;

/// <summary>How to draw an SPC chart as SVG. The defaults give a full-size chart; <see cref="SmallMultiple"/> a thumbnail.</summary>
public sealed record SpcSvgOptions
{
    public int Width { get; init; } = 860;

    public int Height { get; init; } = 440;

    /// <summary>Heading drawn above the chart and used as the accessible name.</summary>
    public string? Title { get; init; }

    /// <summary>Label of the y axis (e.g. "Infections per 10,000 bed days").</summary>
    public string? YLabel { get; init; }

    /// <summary>Label of the x axis.</summary>
    public string? XLabel { get; init; }

    /// <summary>A target value drawn as a green dashed line.</summary>
    public double? Target { get; init; }

    /// <summary>Notes attached to points (by x as given), e.g. the date a change was made.</summary>
    public IReadOnlyList<SpcAnnotation> Annotations { get; init; } = [];

    /// <summary>Also draw the 2-sigma warning limits.</summary>
    public bool ShowWarningLimits { get; init; }

    /// <summary>Draw a compact chart for a grid of small multiples: no title, no axis labels, few ticks.</summary>
    public bool Compact { get; init; }

    /// <summary>A line under the title summarising the signals (full size only).</summary>
    public bool ShowSummary { get; init; } = true;

    /// <summary>Options for a small multiple of the given size.</summary>
    public static SpcSvgOptions SmallMultiple(int width = 260, int height = 120) =>
        new() { Width = width, Height = height, Compact = true, ShowSummary = false };
}

/// <summary>A note on the chart at the point whose x is <paramref name="X"/> (as given in the input).</summary>
public sealed record SpcAnnotation(string X, string Label);
