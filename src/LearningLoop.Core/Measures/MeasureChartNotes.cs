using System.Globalization;
using LearningLoop.Analytics.Spc;
using LearningLoop.Charts.Spc;

namespace LearningLoop.Core.Measures;

/// <summary>One note as the page's key under the chart lists it.</summary>
public sealed record MeasureChartNote(int Number, string Period, string Text);

/// <summary>Places a measure's notes on its chart. The SVG renderer writes each note's text above its period,
/// alternating two rows; a ramp of PDSA cycles puts several long notes a month apart, whose texts would run into each
/// other. Then the chart shows numbers and the page lists the notes under it (<see cref="Key"/>).</summary>
public sealed class MeasureChartNotes
{
    /// <summary>Average advance of the renderer's 11.5 px sans-serif, with a little room.</summary>
    private const double CharWidth = 6.4;

    /// <summary>The renderer's margins at full size (left with a y label, right for the line labels).</summary>
    private const double Margins = 58 + 18 + 84;

    public IReadOnlyList<SpcAnnotation> OnChart { get; }
    public IReadOnlyList<MeasureChartNote> Key { get; }

    private MeasureChartNotes(IReadOnlyList<SpcAnnotation> onChart, IReadOnlyList<MeasureChartNote> key) => (OnChart, Key) = (onChart, key);

    public static MeasureChartNotes For(Measure measure, SpcChart chart, int width)
    {
        var position = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var p in chart.Points)
        {
            position.TryAdd(p.X, p.Index - 1);
        }
        var notes = measure.Annotations.OrderBy(a => a.Date).ThenBy(a => a.Id)
            .Select(a => (X: MeasurePeriods.X(MeasurePeriods.Start(a.Date, measure.Frequency)), a.Text))
            .Where(n => position.ContainsKey(n.X)).ToList();
        var step = Math.Max(width - Margins, 10) / Math.Max(chart.Points.Count, 1);
        var crowded = false;
        for (var k = 0; k + 2 < notes.Count && !crowded; k++)
        {
            // Notes k and k + 2 share a row; their centred texts must not meet.
            var gap = (position[notes[k + 2].X] - position[notes[k].X]) * step;
            crowded = gap < ((notes[k].Text.Length + notes[k + 2].Text.Length) * CharWidth / 2) + 8;
        }
        if (!crowded)
        {
            return new MeasureChartNotes(notes.Select(n => new SpcAnnotation(n.X, n.Text)).ToList(), []);
        }
        var numbered = notes.Select((n, i) => new SpcAnnotation(n.X, (i + 1).ToString(CultureInfo.InvariantCulture))).ToList();
        var key = notes.Select((n, i) => new MeasureChartNote(i + 1, PeriodLabels.Relabel(n.X, measure.Frequency), n.Text)).ToList();
        return new MeasureChartNotes(numbered, key);
    }
}
