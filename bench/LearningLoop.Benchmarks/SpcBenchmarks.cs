using BenchmarkDotNet.Attributes;
using LearningLoop.Analytics.Spc;

namespace LearningLoop.Benchmarks;

/// <summary>
/// 100,000 series of 60 points through the allocation-free engine, all signals computed (3-sigma and Anhøj runs).
/// Mix (by series index mod 20): run 3, i 3, p 3, u 3, c 2, pp 1, up 1, g 1, t 1, xbar 1, mr 1;
/// every 4th series has a freeze at 24, every 5th a part break at 30. See docs/performance/spc.md.
/// Run: dotnet run -c Release --project bench/LearningLoop.Benchmarks -- --filter '*SpcBenchmarks*' --job short
/// </summary>
[MemoryDiagnoser]
public class SpcBenchmarks
{
    public const int Series = 100_000;
    public const int Points = 60;

    private static readonly SpcChartType[] Mix =
    [
        SpcChartType.Run, SpcChartType.Run, SpcChartType.Run,
        SpcChartType.I, SpcChartType.I, SpcChartType.I,
        SpcChartType.P, SpcChartType.P, SpcChartType.P,
        SpcChartType.U, SpcChartType.U, SpcChartType.U,
        SpcChartType.C, SpcChartType.C,
        SpcChartType.PP, SpcChartType.UP, SpcChartType.G, SpcChartType.T, SpcChartType.Xbar, SpcChartType.MR,
    ];

    private double[] _y = [];
    private double[] _n = [];
    private double[] _sd = [];
    private int[] _size = [];
    private SpcOptions[] _options = [];
    private readonly SpcSubgroups _subgroups = new(Points);
    private readonly SpcWorkspace _workspace = new(Points);
    private List<SpcObservation>[] _friendly = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20240131);
        _y = new double[Series * Points];
        _n = new double[Series * Points];
        _sd = new double[Series * Points];
        _size = new int[Series * Points];
        _options = new SpcOptions[Series];
        for (var s = 0; s < Series; s++)
        {
            var chart = Mix[s % Mix.Length];
            var options = new SpcOptions(chart, Freeze: s % 4 == 0 ? 24 : null, Parts: s % 5 == 0 ? [30] : []);
            _options[s] = options;
            var shift = s % 3 == 0 ? 1.3 : 1.0; // a third of the series shift half-way, so runs signals fire
            for (var i = 0; i < Points; i++)
            {
                var k = (s * Points) + i;
                var level = i >= Points / 2 ? shift : 1.0;
                var n = Math.Round(200 + (random.NextDouble() * 300));
                _n[k] = n;
                _size[k] = 5;
                _sd[k] = 2 + random.NextDouble();
                _y[k] = chart switch
                {
                    SpcChartType.P or SpcChartType.PP => Math.Min(n, Math.Round(n * 0.2 * level * (0.8 + (0.4 * random.NextDouble())))),
                    SpcChartType.U or SpcChartType.UP or SpcChartType.C => Math.Round(12 * level * (0.5 + random.NextDouble())),
                    SpcChartType.G => Math.Round(-20 * level * Math.Log(1 - random.NextDouble())),
                    SpcChartType.T => 0.1 + (-5 * level * Math.Log(1 - random.NextDouble())),
                    _ => (50 * level) + (10 * (random.NextDouble() - 0.5)),
                };
            }
        }

        _friendly = new List<SpcObservation>[1000];
        for (var s = 0; s < _friendly.Length; s++)
        {
            var withN = NeedsN(_options[s].Chart);
            var rows = new List<SpcObservation>(Points);
            for (var i = 0; i < Points; i++)
            {
                var k = (s * Points) + i;
                rows.Add(new SpcObservation((i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), _y[k], withN ? _n[k] : null, i + 2));
            }

            _friendly[s] = rows;
        }
    }

    /// <summary>The whole workload: 100,000 series, one core, reusing one workspace.</summary>
    [Benchmark(OperationsPerInvoke = 1)]
    public int Engine_100k_series_of_60_points()
    {
        var signals = 0;
        for (var s = 0; s < Series; s++)
        {
            Load(s);
            SpcEngine.Compute(_subgroups, _options[s], _workspace);
            signals += _workspace.Parts[_workspace.PartCount - 1].RunsSignal ? 1 : 0;
            signals += _workspace.SigmaSignal[Points - 1] ? 1 : 0;
        }

        return signals;
    }

    /// <summary>The friendly API (validation, aggregation by x, result records) for 1,000 series.</summary>
    [Benchmark]
    public int Friendly_API_1000_series()
    {
        var points = 0;
        for (var s = 0; s < _friendly.Length; s++)
            points += SpcEngine.Analyse(_friendly[s], _options[s]).Points.Count;
        return points;
    }

    private void Load(int s)
    {
        var y = _y.AsSpan(s * Points, Points);
        var chart = _options[s].Chart;
        if (chart == SpcChartType.Xbar)
            _subgroups.SetSubgroupSummaries(y, _sd.AsSpan(s * Points, Points), _size.AsSpan(s * Points, Points));
        else
            _subgroups.SetSingleValues(y, NeedsN(chart) ? _n.AsSpan(s * Points, Points) : []);
    }

    private static bool NeedsN(SpcChartType chart) =>
        chart is SpcChartType.P or SpcChartType.PP or SpcChartType.U or SpcChartType.UP;
}
