extern alias web;

using System.Net.Http.Headers;
using LearningLoop.Core.Access;
using LearningLoop.Core.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace LearningLoop.Benchmarks;

/// <summary>The real web app in this process on a fresh SQLite file with the demo seeded (Production environment, as a
/// hospital runs it), and clients acting as demo people through API keys, as the page benchmarks use them.</summary>
public sealed class BenchDemoApp : IDisposable
{
    private readonly DirectoryInfo _data = Directory.CreateTempSubdirectory("learningloop-bench-");
    private readonly List<HttpClient> _clients = [];

    public BenchDemoApp()
    {
        var path = Path.Combine(_data.FullName, "bench.db");
        Factory = new WebApplicationFactory<web::Program>().WithWebHostBuilder(b =>
        {
            b.UseSetting("Database:Provider", "Sqlite");
            b.UseSetting("ConnectionStrings:LearningLoop", $"Data Source={path}");
            b.UseSetting("Demo:Enabled", "true");
            b.UseSetting("Logging:LogLevel:Default", "Warning");
            b.UseEnvironment("Production");
            b.UseContentRoot(WebContentRoot());
        });
    }

    public WebApplicationFactory<web::Program> Factory { get; }

    /// <summary>A client acting as the demo person with this e-mail; redirects are not followed, so a refusal shows.</summary>
    public HttpClient ClientFor(string email)
    {
        var client = Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var scope = Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<LearningLoopDbContext>();
        db.Scope.SetSystem();
        var (record, key) = ApiKey.Issue(db.Users.Single(u => u.Email == email).Id, "benchmark");
        db.ApiKeys.Add(record);
        db.SaveChanges();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        _clients.Add(client);
        return client;
    }

    public T Read<T>(Func<LearningLoopDbContext, T> read)
    {
        using var scope = Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<LearningLoopDbContext>();
        db.Scope.SetSystem();
        return read(db);
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

    public void Dispose()
    {
        foreach (var client in _clients) client.Dispose();
        Factory.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _data.Delete(recursive: true);
    }
}
