using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using LearningLoop.Analytics.RelationalCoordination;

namespace LearningLoop.Benchmarks;

/// <summary>
/// Relational coordination analysis, in memory: 100,000 respondents (two waves of 50,000) x 12 workgroups x 7 items,
/// 8.4 million answers. Target: under one second. Run:
/// <c>dotnet run -c Release --project bench/LearningLoop.Benchmarks -- --filter '*RcInMemory*'</c>
/// </summary>
[MemoryDiagnoser]
public class RcInMemoryBenchmarks
{
    private RcAnswer[] _answers = [];
    private RcAnswer[] _shuffled = [];

    [GlobalSetup]
    public void Setup()
    {
        var survey = new RcSyntheticSurvey(50_000, 12, ["2025-03", "2025-09"]);
        _answers = survey.ToArray();
        _shuffled = (survey with { Shuffled = true }).ToArray();
    }

    [Benchmark(Baseline = true)]
    public RcAnalysisOutcome Analyse() => RelationalCoordinationAnalyser.Analyse(_answers);

    /// <summary>Rows in random order: the respondents are regrouped first (the slow path).</summary>
    [Benchmark]
    public RcAnalysisOutcome AnalyseShuffled() => RelationalCoordinationAnalyser.Analyse(_shuffled);
}

/// <summary>
/// Streaming from CSV: 1,000,000 respondents (two waves of 500,000) x 12 workgroups x 7 items, 84 million rows, about
/// 4 GB, written once to the temp folder. Target: under 60 s on two cores. Few iterations, it is a long run:
/// <c>dotnet run -c Release --project bench/LearningLoop.Benchmarks -- --filter '*RcStreaming*'</c>
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 0, iterationCount: 3)]
public class RcStreamingBenchmarks
{
    private string _path = string.Empty;

    [Params(500_000)]
    public int RespondentsPerWave { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _path = Path.Combine(Path.GetTempPath(), $"learningloop-rc-{RespondentsPerWave}x2x12.csv");
        if (!File.Exists(_path))
        {
            using var file = File.Create(_path);
            new RcSyntheticSurvey(RespondentsPerWave, 12, ["2025-03", "2025-09"]).WriteCsv(file);
        }
    }

    [Benchmark]
    public RcAnalysisOutcome AnalyseCsv()
    {
        using var stream = new FileStream(_path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        return RelationalCoordinationAnalyser.AnalyseCsv(stream);
    }
}
