namespace LearningLoop.Core.Measures;

/// <summary>One measure on a dashboard: its chart reading, the thumbnail, the latest value and whether its data stopped.</summary>
public sealed record MeasureCard(Measure Measure, MeasureChart Reading, string? Svg, double? Latest, string? LatestPeriod, DataStopped? Stopped);

/// <summary>A unit's measures as small multiples, in the family-of-measures order (outcome, process, balancing),
/// so the same chart is always in the same place. This is the dashboard's whole server-side work apart from the
/// database read; the benchmark measures it.</summary>
public static class MeasureDashboard
{
    public static List<MeasureCard> Build(IEnumerable<Measure> measures, DateOnly today, int width = 300, int height = 110) =>
        measures.OrderBy(m => m.Kind).ThenBy(m => m.Name, StringComparer.OrdinalIgnoreCase).Select(m => Card(m, today, width, height)).ToList();

    public static MeasureCard Card(Measure measure, DateOnly today, int width = 300, int height = 110)
    {
        var reading = MeasureAnalysis.Analyse(measure, measure.Values);
        var svg = reading.Chart is { } chart ? MeasureChartSvg.SmallMultiple(measure, chart, width, height) : null;
        var latest = Latest(measure, reading);
        return new MeasureCard(measure, reading, svg, latest?.Value, latest is { } l ? MeasurePeriods.Label(l.Period, measure.Frequency) : null,
            MeasureFreshness.Stopped(measure, today));
    }

    /// <summary>The latest period with a value, as the chart plots it (a subgroup's mean on xbar charts).</summary>
    public static (DateOnly Period, double Value)? Latest(Measure measure, MeasureChart reading)
    {
        if (reading.Chart is { } chart)
        {
            for (var i = chart.Points.Count - 1; i >= 0; i--)
            {
                if (chart.Points[i].Y is { } y && DateOnly.TryParse(chart.Points[i].X, System.Globalization.CultureInfo.InvariantCulture, out var period))
                {
                    return (period, y);
                }
            }
            return null;
        }
        var last = measure.Values.Where(v => v.Numerator is not null).MaxBy(v => v.Period);
        return last is null ? null : (last.Period, MeasureValues.Charted(measure, last)!.Value);
    }
}
