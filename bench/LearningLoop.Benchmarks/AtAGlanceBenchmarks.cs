using BenchmarkDotNet.Attributes;
using LearningLoop.Core.Access;
using LearningLoop.Core.Capability;
using LearningLoop.Core.Demo;
using LearningLoop.Core.Improvement;
using LearningLoop.Core.Persistence;
using LearningLoop.Core.Surveys;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace LearningLoop.Benchmarks;

/// <summary>
/// The at-a-glance page's database and analysis work for the demo organisation, on the seeded demo in SQLite: the latest
/// closed capability assessment (every response read and profiled, groups, gaps, change against the previous one),
/// every initiative's progress from evidence (aim measures analysed on SPC), and each unit's overall relational
/// coordination in every closed wave. The whole page, tiles and rendering included, is <see cref="AtAGlancePageBenchmarks"/>.
/// Run: dotnet run -c Release --project bench/LearningLoop.Benchmarks -- --filter '*AtAGlanceBenchmarks*' --job short
/// </summary>
[MemoryDiagnoser]
public class AtAGlanceBenchmarks
{
    private ServiceProvider _services = null!;
    private DirectoryInfo _data = null!;
    private int _hospital;

    [GlobalSetup]
    public void Setup()
    {
        _data = Directory.CreateTempSubdirectory("learningloop-bench-");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite", ["Database:SqlitePath"] = Path.Combine(_data.FullName, "bench.db"),
        }).Build();
        var services = new ServiceCollection();
        services.AddLearningLoopPersistence(configuration, _data.FullName);
        services.AddLogging();
        services.AddIdentityCore<AppUser>().AddRoles<Microsoft.AspNetCore.Identity.IdentityRole>().AddEntityFrameworkStores<LearningLoopDbContext>(); // the demo's sign-ins
        services.AddLearningLoopDemo();
        services.AddSingleton(TimeProvider.System);
        services.AddScoped<SubmittedAnswers>();
        services.AddScoped<RcReports>();
        services.AddScoped<CapabilityAssessments>();
        services.AddScoped<InitiativeProgressQuery>();
        _services = services.BuildServiceProvider();
        using var scope = _services.CreateScope();
        scope.ServiceProvider.GetRequiredService<OrganisationScope>().SetSystem();
        var db = scope.ServiceProvider.GetRequiredService<LearningLoopDbContext>();
        DatabaseMigrator.MigrateAsync(db).GetAwaiter().GetResult();
        scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedIfEmptyAsync().GetAwaiter().GetResult();
        _hospital = db.Organisations.Single(o => o.Name == "Riverside General Hospital").Id;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _services.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _data.Delete(recursive: true);
    }

    [Benchmark]
    public async Task<int> Organisation_at_a_glance_data()
    {
        using var scope = _services.CreateScope();
        scope.ServiceProvider.GetRequiredService<OrganisationScope>().SetOrganisation(_hospital);
        var db = scope.ServiceProvider.GetRequiredService<LearningLoopDbContext>();
        var capability = await scope.ServiceProvider.GetRequiredService<CapabilityAssessments>().LatestAsync();
        var ids = await db.Initiatives.Select(i => i.Id).ToListAsync();
        var progress = await scope.ServiceProvider.GetRequiredService<InitiativeProgressQuery>().ForAsync(ids);
        var rc = scope.ServiceProvider.GetRequiredService<RcReports>();
        var waves = await db.Waves.Where(w => w.InstrumentVersion!.Instrument!.Kind == InstrumentKind.RelationalCoordination).Select(w => w.Id).ToListAsync();
        var units = (await rc.UnitOverallsAsync(waves)).Count;
        return (capability?.Gaps.Count ?? 0) + progress.Count + units;
    }
}
