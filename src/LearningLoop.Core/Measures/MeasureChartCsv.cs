using System.Globalization;
using CsvHelper;
using LearningLoop.Analytics.Spc;
using LearningLoop.Core.Exports;

namespace LearningLoop.Core.Measures;

/// <summary>The chart's numbers as CSV, one row per point: what a person needs to redraw or check the chart.</summary>
public static class MeasureChartCsv
{
    public static void Write(Measure measure, SpcChart chart, TextWriter output)
    {
        using var csv = new CsvWriter(output, CultureInfo.InvariantCulture, leaveOpen: true);
        var notes = measure.Annotations.OrderBy(a => a.Date)
            .GroupBy(a => MeasurePeriods.X(MeasurePeriods.Start(a.Date, measure.Frequency)))
            .ToDictionary(g => g.Key, g => string.Join("; ", g.Select(a => a.Text)), StringComparer.Ordinal);
        foreach (var column in new[] { "period", "value", "denominator", "centre", "lower_limit", "upper_limit", "outside_limits", "in_long_run", "signal", "part", "baseline", "included", "notes" })
        {
            csv.WriteField(column);
        }
        csv.NextRecord();
        foreach (var p in chart.Points)
        {
            csv.WriteField(SpreadsheetText.Neutralise(PeriodLabels.Relabel(p.X, measure.Frequency)));
            csv.WriteField(MeasureValuesCsv.Number(p.Y));
            csv.WriteField(MeasureValuesCsv.Number(p.N));
            csv.WriteField(MeasureValuesCsv.Number(p.Cl));
            csv.WriteField(MeasureValuesCsv.Number(p.Lcl));
            csv.WriteField(MeasureValuesCsv.Number(p.Ucl));
            csv.WriteField(p.SigmaSignal ? "yes" : "no");
            csv.WriteField(InLongRun(chart, p) ? "yes" : "no");
            csv.WriteField(Signal(chart, p));
            csv.WriteField(p.Part.ToString(CultureInfo.InvariantCulture));
            csv.WriteField(p.Baseline ? "yes" : "no");
            csv.WriteField(p.Include ? "yes" : "no");
            csv.WriteField(SpreadsheetText.Neutralise(notes.GetValueOrDefault(p.X, "")));
            csv.NextRecord();
        }
    }

    /// <summary>The point's signal in words by the rule set that judged the chart, or "" for none: with Making Data Count,
    /// the point's type and the rule that fired (the chart's marks); with Anhøj, outside a limit or in a long run.</summary>
    public static string Signal(SpcChart chart, SpcPoint p)
    {
        ArgumentNullException.ThrowIfNull(chart);
        ArgumentNullException.ThrowIfNull(p);
        if (chart.Marks is { } marks)
            return marks[p.Index - 1] is { Special: true } mark ? mark.Note : "";
        if (p.SigmaSignal)
            return p.Y > p.Ucl ? "above the upper limit" : "below the lower limit";
        return InLongRun(chart, p) ? "in a long run" : "";
    }

    /// <summary>Whether the point is in a run on one side of the centre line longer than chance allows.</summary>
    public static bool InLongRun(SpcChart chart, SpcPoint p)
    {
        var part = chart.Parts[p.Part - 1];
        return part.LongRunSignal && p.Include && p.Index >= part.LongestRunStart && p.Index <= part.LongestRunEnd && p.Y != p.Cl;
    }
}
