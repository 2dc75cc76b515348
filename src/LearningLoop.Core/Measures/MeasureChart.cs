using LearningLoop.Analytics.Spc;

namespace LearningLoop.Core.Measures;

/// <summary>A measure's data read by the SPC engine: the chart (null when there is none yet, with the reason in
/// <see cref="Problem"/>), the chart type used and why, the Making Data Count icons and each signal in plain language,
/// all by the measure's rule set. With Making Data Count, <see cref="Chart"/> is the XmR chart those rules drew and
/// <see cref="MakingDataCount"/> holds each point's special-cause and point type.</summary>
public sealed record MeasureChart(
    SpcChartType ChartType,
    ChartAdvice? Advice,
    SpcChart? Chart,
    MakingDataCountSummary? Icons,
    IReadOnlyList<SpcSignal> Signals,
    string? Problem,
    SpcRuleSet Rules = SpcRuleSet.Anhoj,
    MdcChart? MakingDataCount = null)
{
    public bool HasChart => Chart is not null;

    /// <summary>The chart's one-line summary, or the reason there is no chart.</summary>
    public string Summary => Chart is { } c ? SpcChartSummary.Describe(c) : Problem ?? "";
}
