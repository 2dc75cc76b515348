using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using LearningLoop.Analytics.Census;

namespace LearningLoop.Benchmarks;

/// <summary>
/// Census import from NDJSON against a bare System.Text.Json read of the same file (every token of every line,
/// nothing kept: the limit). 1,000,000 Encounters (~0.5 GB) written once to the temp folder; the 10 million figure
/// comes from <c>census-import</c> (docs/performance/census.md). Run:
/// <c>dotnet run -c Release --project bench/LearningLoop.Benchmarks -- --filter '*Census*'</c>
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class CensusBenchmarks
{
    private string _path = string.Empty;
    private LocationUnitMap _map = null!;
    private CensusOptions _options = null!;

    [Params(1_000_000)]
    public int Encounters { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _path = CensusImportCommand.EnsureFile(Encounters);
        _map = new LocationUnitMap(CensusSyntheticEncounters.Map());
        _options = new CensusOptions(TimeZoneInfo.FindSystemTimeZoneById("America/Toronto"), new DateOnly(2025, 12, 31));
    }

    [Benchmark]
    public CensusResult Census()
    {
        using var stream = CensusImportCommand.Open(_path);
        return MidnightCensus.Compute(stream, _map, _options);
    }

    [Benchmark(Baseline = true)]
    public long BareUtf8JsonReader()
    {
        using var stream = CensusImportCommand.Open(_path);
        return BareParse.Tokens(stream);
    }
}

/// <summary>The limit: the same line splitting, then every JSON token read and dropped.</summary>
public static class BareParse
{
    public static long Tokens(Stream stream)
    {
        long tokens = 0;
        NdjsonLines.Read(stream, (line, _) =>
        {
            var reader = new Utf8JsonReader(line, isFinalBlock: true, state: default);
            while (reader.Read())
                tokens++;
        });
        return tokens;
    }
}
