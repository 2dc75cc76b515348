using System.Diagnostics;
using System.Globalization;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using LearningLoop.Analytics.Census;

namespace LearningLoop.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project bench/LearningLoop.Benchmarks -- census-import [--encounters 10000000]</c>:
/// writes the synthetic file once (temp folder), then times the census, the bare System.Text.Json read of the same
/// file, and the Firely SDK's Encounter deserializer on the first 100,000 lines; prints resources a second and the
/// process's peak working set. One run, wall clock: the long figures BenchmarkDotNet would take hours for.
/// </summary>
public static class CensusImportCommand
{
    public const string Name = "census-import";

    public static int Run(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var count = args.Length >= 2 && args[0] == "--encounters" ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10_000_000;
        var path = EnsureFile(count);
        var map = new LocationUnitMap(CensusSyntheticEncounters.Map());
        var options = new CensusOptions(TimeZoneInfo.FindSystemTimeZoneById("America/Toronto"), new DateOnly(2025, 12, 31));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{count:N0} encounters, {new FileInfo(path).Length / 1e9:F2} GB: {path}"));

        var bare = Time(() => { using var s = Open(path); BareParse.Tokens(s); });
        CensusResult? result = null;
        var census = Time(() => { using var s = Open(path); result = MidnightCensus.Compute(s, map, options); });
        Report("bare Utf8JsonReader", count, bare);
        Report("census", count, census);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"census / bare time ratio: {census.TotalSeconds / bare.TotalSeconds:F2}; days {result!.Days.Count}, skipped {result.Skipped.Count}, counted {result.CountedEncounters:N0}"));

        const int FirelySample = 100_000;
        var firely = Time(() => FirelyParse(path, FirelySample));
        Report("Firely FhirJsonDeserializer (sample)", FirelySample, firely);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / 1e6:F0} MB; GC heap now {GC.GetTotalMemory(false) / 1e6:F0} MB"));
        return 0;
    }

    public static string EnsureFile(int count)
    {
        var path = Path.Combine(Path.GetTempPath(), $"learningloop-census-{count}.ndjson");
        if (!File.Exists(path))
        {
            var partial = path + ".part";
            using (var file = File.Create(partial))
                new CensusSyntheticEncounters(count).WriteNdjson(file);
            File.Move(partial, path, overwrite: true);
        }

        return path;
    }

    public static FileStream Open(string path) =>
        new(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);

    private static void FirelyParse(string path, int lines)
    {
        var deserializer = new FhirJsonDeserializer(new DeserializerSettings());
        using var reader = new StreamReader(path);
        for (var i = 0; i < lines && reader.ReadLine() is { } line; i++)
            _ = deserializer.Deserialize<Encounter>(line);
    }

    private static TimeSpan Time(Action action)
    {
        var watch = Stopwatch.StartNew();
        action();
        return watch.Elapsed;
    }

    private static void Report(string what, int count, TimeSpan elapsed) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{what,-40} {elapsed.TotalSeconds,8:F2} s  {count / elapsed.TotalSeconds,12:N0} resources/s"));
}
