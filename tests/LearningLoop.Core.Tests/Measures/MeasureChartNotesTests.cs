using LearningLoop.Analytics.Spc;
using LearningLoop.Core.Measures;

namespace LearningLoop.Core.Tests.Measures;

public sealed class MeasureChartNotesTests
{
    private static (Measure Measure, SpcChart Chart) FiveYears(params (DateOnly Date, string Text)[] notes)
    {
        var measure = new Measure { Name = "Readmissions", Chart = SpcChartType.I, Frequency = MeasureFrequency.Month };
        measure.Values.AddRange(Enumerable.Range(0, 58).Select(i => new MeasureValue { Id = i + 1, Period = new DateOnly(2021, 1, 1).AddMonths(i), Numerator = 10 + (i % 3) }));
        measure.Annotations.AddRange(notes.Select((n, i) => new MeasureAnnotation { Id = i + 1, Date = n.Date, Text = n.Text }));
        return (measure, MeasureAnalysis.Analyse(measure, measure.Values).Chart!);
    }

    [Fact]
    public void Notes_far_apart_keep_their_text_on_the_chart()
    {
        var (measure, chart) = FiveYears((new(2024, 3, 1), "Huddles begin"), (new(2024, 10, 1), "Discharge checklist"));
        var notes = MeasureChartNotes.For(measure, chart, MeasureChartSvg.FullWidth);
        Assert.Empty(notes.Key);
        Assert.Equal(["Huddles begin", "Discharge checklist"], notes.OnChart.Select(n => n.Label));
        Assert.Equal("2024-03-01", notes.OnChart[0].X);
    }

    [Fact]
    public void A_ramp_of_long_notes_is_numbered_and_listed()
    {
        var (measure, chart) = FiveYears(
            (new(2024, 3, 1), "Huddles begin"),
            (new(2024, 7, 8), "PDSA 1 · Shared discharge checklist started on admission"),
            (new(2024, 8, 5), "PDSA 2 · Shared discharge checklist started on admission"),
            (new(2024, 9, 16), "PDSA 3 · Shared discharge checklist started on admission"),
            (new(2030, 1, 1), "Beyond the data"));
        var notes = MeasureChartNotes.For(measure, chart, MeasureChartSvg.FullWidth);
        Assert.Equal(["1", "2", "3", "4"], notes.OnChart.Select(n => n.Label));
        Assert.Equal((3, "2024-08", "PDSA 2 · Shared discharge checklist started on admission"), (notes.Key[2].Number, notes.Key[2].Period, notes.Key[2].Text));
        var svg = MeasureChartSvg.Full(measure, chart, notes);
        Assert.DoesNotContain("Shared discharge checklist", svg, StringComparison.Ordinal);
        Assert.Contains("<title>2024-08: 3</title>", svg, StringComparison.Ordinal);
    }
}
