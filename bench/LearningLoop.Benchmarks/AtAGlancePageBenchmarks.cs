extern alias web;

using System.Net.Http.Headers;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using LearningLoop.Core.Access;
using LearningLoop.Core.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LearningLoop.Benchmarks;

/// <summary>
/// The at-a-glance page of the demo organisation, and of its Medicine division, as the server renders it: a GET through
/// the real app (authentication, authorisation, every tile's queries and analysis, Razor rendering) on the seeded demo in
/// SQLite, in process (no network; the in-memory test server stands in for Kestrel). The issue's target: under 300 ms.
/// Run: dotnet run -c Release --project bench/LearningLoop.Benchmarks -- --filter '*AtAGlancePageBenchmarks*'
/// </summary>
[MemoryDiagnoser]
[Config(typeof(InProcessConfig))]
public class AtAGlancePageBenchmarks
{
    private WebApplicationFactory<web::Program> _app = null!;
    private HttpClient _client = null!;
    private DirectoryInfo _data = null!;
    private string _division = "";

    /// <summary>In process: the app is started once in the benchmark's own process, as a web server would keep it.</summary>
    private sealed class InProcessConfig : BenchmarkDotNet.Configs.ManualConfig
    {
        public InProcessConfig() => AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithWarmupCount(3).WithIterationCount(15));
    }

    [GlobalSetup]
    public void Setup()
    {
        _data = Directory.CreateTempSubdirectory("learningloop-bench-page-");
        var path = Path.Combine(_data.FullName, "bench.db");
        _app = new WebApplicationFactory<web::Program>().WithWebHostBuilder(b =>
        {
            b.UseSetting("Database:Provider", "Sqlite");
            b.UseSetting("ConnectionStrings:LearningLoop", $"Data Source={path}");
            b.UseSetting("Demo:Enabled", "true");
            b.UseSetting("Logging:LogLevel:Default", "Warning");
            b.UseEnvironment("Production");
            b.UseContentRoot(WebContentRoot());
        });
        _client = _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var scope = _app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<LearningLoopDbContext>();
        db.Scope.SetSystem();
        var lead = db.Users.Single(u => u.Email == "lead@riverside.example");
        var (record, key) = ApiKey.Issue(lead.Id, "benchmark");
        db.ApiKeys.Add(record);
        db.SaveChanges();
        _division = db.Divisions.IgnoreQueryFilters().Single(d => d.Name == "Medicine" && d.Organisation!.Name == "Riverside General Hospital").Id
            .ToString(System.Globalization.CultureInfo.InvariantCulture);
        _client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        // A page that does not render (sign-in, refusal) must fail the run, not be timed.
        if (!Organisation().GetAwaiter().GetResult().Contains("Riverside General Hospital at a glance", StringComparison.Ordinal))
            throw new InvalidOperationException("The at-a-glance page did not render for the improvement lead.");
    }

    /// <summary>src/LearningLoop.Web, found upwards from the build output (the factory's own lookup expects a test project).</summary>
    private static string WebContentRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var web = Path.Combine(dir.FullName, "src", "LearningLoop.Web");
            if (Directory.Exists(web)) return web;
        }
        throw new DirectoryNotFoundException("src/LearningLoop.Web was not found above " + AppContext.BaseDirectory);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _client.Dispose();
        _app.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _data.Delete(recursive: true);
    }

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
