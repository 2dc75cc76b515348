using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Microsoft.EntityFrameworkCore;

namespace LearningLoop.Benchmarks;

/// <summary>
/// The at-a-glance page of the demo organisation, and of its Medicine division, as the server renders it: a GET through
/// the real app (authentication, authorisation, every tile's queries and analysis, Razor rendering) on the seeded demo in
/// SQLite, in process (no network; the in-memory test server stands in for Kestrel). The target: under 300 ms.
/// Run: dotnet run -c Release --project bench/LearningLoop.Benchmarks -- --filter '*AtAGlancePageBenchmarks*'
/// </summary>
[MemoryDiagnoser]
[Config(typeof(InProcessConfig))]
public class AtAGlancePageBenchmarks
{
    private BenchDemoApp _app = null!;
    private HttpClient _client = null!;
    private string _division = "";

    /// <summary>In process: the app is started once in the benchmark's own process, as a web server would keep it.</summary>
    private sealed class InProcessConfig : BenchmarkDotNet.Configs.ManualConfig
    {
        public InProcessConfig() => AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithWarmupCount(3).WithIterationCount(15));
    }

    [GlobalSetup]
    public void Setup()
    {
        _app = new BenchDemoApp();
        _client = _app.ClientFor("lead@riverside.example");
        _division = _app.Read(db => db.Divisions.IgnoreQueryFilters().Single(d => d.Name == "Medicine" && d.Organisation!.Name == "Riverside General Hospital").Id)
            .ToString(System.Globalization.CultureInfo.InvariantCulture);
        // A page that does not render (sign-in, refusal) must fail the run, not be timed.
        if (!Organisation().GetAwaiter().GetResult().Contains("Riverside General Hospital at a glance", StringComparison.Ordinal))
            throw new InvalidOperationException("The at-a-glance page did not render for the improvement lead.");
    }

    [GlobalCleanup]
    public void Cleanup() => _app.Dispose();

    [Benchmark]
    public Task<string> Organisation() => GetAsync("/at-a-glance");

    [Benchmark]
    public Task<string> Medicine_division() => GetAsync("/at-a-glance/divisions/" + _division);

    private async Task<string> GetAsync(string path)
    {
        using var response = await _client.GetAsync(path);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync();
    }
}
