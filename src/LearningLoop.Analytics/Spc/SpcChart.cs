namespace LearningLoop.Analytics.Spc;

/// <summary>A computed chart: what the contract JSON, the explanations, the icons and the SVG renderer read.</summary>
public sealed record SpcChart(
    SpcOptions Options,
    SpcXKind XKind,
    IReadOnlyList<SpcPoint> Points,
    IReadOnlyList<SpcPart> Parts)
{
    public SpcChartType Chart => Options.Chart;

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
