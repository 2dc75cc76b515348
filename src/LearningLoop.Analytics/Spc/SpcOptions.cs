namespace LearningLoop.Analytics.Spc;

/// <summary>
/// What to compute, as qicharts2's arguments of the same names. Point indexes are 1-based.
/// </summary>
/// <param name="Chart">The chart type.</param>
/// <param name="Multiply">Scale for y, centre and limits (100 for percent, 10000 per 10,000 days).</param>
/// <param name="Freeze">Last point of the baseline; ignored when <paramref name="Parts"/> are given, as in qicharts2.</param>
/// <param name="Parts">Split the chart after these points; each part gets its own centre, limits and runs analysis.</param>
/// <param name="Exclude">Points drawn but left out of every calculation.</param>
public sealed record SpcOptions(
    SpcChartType Chart,
    double Multiply = 1,
    int? Freeze = null,
    IReadOnlyList<int>? Parts = null,
    IReadOnlyList<int>? Exclude = null)
{
    public IReadOnlyList<int> Parts { get; init; } = Parts ?? [];

    public IReadOnlyList<int> Exclude { get; init; } = Exclude ?? [];
}
