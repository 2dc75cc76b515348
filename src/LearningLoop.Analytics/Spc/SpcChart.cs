namespace LearningLoop.Analytics.Spc;

/// <summary>A computed chart: what the contract JSON, the explanations, the icons and the SVG renderer read.</summary>
public sealed record SpcChart(
    SpcOptions Options,
    SpcXKind XKind,
    IReadOnlyList<SpcPoint> Points,
    IReadOnlyList<SpcPart> Parts)
{
    public SpcChartType Chart => Options.Chart;

    /// <summary>How to draw each point (by index) when another rule set than qicharts2's judged them, e.g. Making Data
    /// Count's point types; null draws qicharts2's signals.</summary>
    public IReadOnlyList<SpcPointMark>? Marks { get; init; }

    /// <summary>The one-line summary when another rule set than qicharts2's judged the chart.</summary>
    public string? Description { get; init; }

    /// <summary>The part that holds the most recent point.</summary>
    public SpcPart LatestPart => Parts[^1];

    /// <summary>True when the denominator varies within a part, so limits are drawn as steps.</summary>
    public bool HasVaryingLimits
    {
        get
        {
            for (var i = 1; i < Points.Count; i++)
            {
                if (Points[i].Part == Points[i - 1].Part && (Points[i].Ucl != Points[i - 1].Ucl || Points[i].Lcl != Points[i - 1].Lcl))
                    return true;
            }

            return false;
        }
    }
}

/// <summary>How one point is drawn: a class naming its type (e.g. "improvement"), a fill colour and a hover note.</summary>
public sealed record SpcPointMark(string Kind, string Fill, string Note, bool Special);
