using LearningLoop.Analytics.Spc;
using LearningLoop.Charts.Spc;

namespace LearningLoop.Core.Measures;

/// <summary>A measure's chart drawn by the SPC renderer, with the measure's title, value label, target and
/// annotations, and the periods written as people read them.</summary>
public static class MeasureChartSvg
{
    public const int FullWidth = 880;

    /// <summary>The full-size chart; notes too close for their texts are numbered (see <see cref="MeasureChartNotes"/>).</summary>
    public static string Full(Measure measure, SpcChart chart, int width = FullWidth, int height = 440) =>
        Full(measure, chart, MeasureChartNotes.For(measure, chart, width), width, height);

    /// <summary>The full-size chart with the notes the page lists under it.</summary>
    public static string Full(Measure measure, SpcChart chart, MeasureChartNotes notes, int width = FullWidth, int height = 440) =>
        PeriodLabels.Relabel(SpcChartSvg.Render(chart, new SpcSvgOptions
        {
            Width = width,
            Height = height,
            Title = measure.Name,
            YLabel = measure.ValueLabel.Length > 0 ? measure.ValueLabel : null,
            Target = measure.Target,
            Annotations = notes.OnChart,
        }), measure.Frequency);

    /// <summary>A thumbnail for the dashboard: no axes or title; the target line stays, as the dashboard compares with it.</summary>
    public static string SmallMultiple(Measure measure, SpcChart chart, int width = 300, int height = 110) =>
        PeriodLabels.Relabel(SpcChartSvg.Render(chart, SpcSvgOptions.SmallMultiple(width, height) with { Title = measure.Name, Target = measure.Target }), measure.Frequency);
}
