using BenchmarkDotNet.Attributes;
using LearningLoop.Analytics.Spc;
using LearningLoop.Core.Measures;

namespace LearningLoop.Benchmarks;

/// <summary>
/// The unit dashboard's server-side work for 40 measures of 60 monthly points: for each measure the SPC analysis
/// (chart type, baseline freeze, phases), the Making Data Count icons, the signal explanations and the small-multiple
/// SVG, exactly as <c>/units/{id}/measures</c> calls it (<see cref="MeasureDashboard.Build"/>). The database read is
/// not included (see docs/performance/measures.md for the page measured end to end).
/// Run: dotnet run -c Release --project bench/LearningLoop.Benchmarks -- --filter '*DashboardRenderBenchmarks*' --job short
/// </summary>
[MemoryDiagnoser]
public class DashboardRenderBenchmarks
{
    public const int Measures = 40;
    public const int Points = 60;

    // A unit's family of measures: rates, proportions, counts and measurements, as the demo has them.
    private static readonly (SpcChartType Chart, double Multiplier, ImprovementDirection Direction)[] Mix =
    [
        (SpcChartType.U, 1000, ImprovementDirection.Down), (SpcChartType.P, 100, ImprovementDirection.Up),
        (SpcChartType.C, 1, ImprovementDirection.Down), (SpcChartType.I, 1, ImprovementDirection.Down),
        (SpcChartType.P, 100, ImprovementDirection.Down), (SpcChartType.I, 1, ImprovementDirection.Down),
        (SpcChartType.PP, 100, ImprovementDirection.Down), (SpcChartType.Run, 1, ImprovementDirection.Neither),
    ];

    private List<Measure> _measures = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20251031);
        _measures = [];
        for (var m = 0; m < Measures; m++)
        {
            var (chart, multiplier, direction) = Mix[m % Mix.Length];
            var measure = new Measure
            {
                Id = m + 1, Name = $"Measure {m + 1}", Chart = chart, Multiplier = multiplier, Direction = direction, Target = m % 2 == 0 ? 10 : null,
                Frequency = MeasureFrequency.Month, BaselineEnd = new DateOnly(2023, 12, 1), ValueLabel = "Value",
            };
            if (m % 5 == 0)
            {
                measure.Phases.Add(new MeasurePhase { StartsOn = new DateOnly(2024, 10, 1), Label = "New process" });
            }
            measure.Annotations.Add(new MeasureAnnotation { Date = new DateOnly(2024, 3, 1), Text = "Huddles begin" });
            var shift = m % 3 == 0 ? 0.75 : 1.0; // a third of the measures shift, so signals and their sentences are made
            for (var i = 0; i < Points; i++)
            {
                var level = i >= 45 ? shift : 1.0;
                var n = Math.Round(600 + (random.NextDouble() * 300));
                double y = chart switch
                {
                    SpcChartType.P or SpcChartType.PP => Math.Round(n * 0.15 * level * (0.85 + (0.3 * random.NextDouble()))),
                    SpcChartType.U or SpcChartType.C => Math.Round(4 * level * (0.4 + (1.2 * random.NextDouble()))),
                    _ => (60 * level) + (8 * (random.NextDouble() - 0.5)),
                };
                measure.Values.Add(new MeasureValue
                {
                    Id = (m * Points) + i + 1, Period = new DateOnly(2021, 1, 1).AddMonths(i), Numerator = y,
                    Denominator = chart is SpcChartType.C or SpcChartType.I or SpcChartType.Run ? null : n,
                });
            }
            _measures.Add(measure);
        }
    }

    /// <summary>What the dashboard page computes after reading its measures: 40 analyses, icons and thumbnails.</summary>
    [Benchmark]
    public int Dashboard_40_measures_of_60_points() => MeasureDashboard.Build(_measures, new DateOnly(2026, 12, 1)).Sum(c => c.Svg?.Length ?? 0);

    /// <summary>The measure page's chart: one analysis and the full-size SVG with title, labels and annotations.</summary>
    [Benchmark]
    public int Measure_page_one_full_chart()
    {
        var measure = _measures[3];
        var reading = MeasureAnalysis.Analyse(measure, measure.Values);
        return MeasureChartSvg.Full(measure, reading.Chart!).Length + reading.Signals.Count;
    }
}
