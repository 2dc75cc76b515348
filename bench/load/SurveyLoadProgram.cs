using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using System.Text.RegularExpressions;

// Bounded loopback load against the real LearningLoop web app (Release build, Production environment, demo seeded).
// Scenarios (docs/performance/load.md):
//   survey     N anonymous respondents: each opens /s (antiforgery token) first, then the submissions are posted with a
//              bounded number in flight (--concurrency); then every link again, which must all be refused.
//   dashboard  --readers signed-in clients read the measures dashboard and the at-a-glance page for --seconds.
//   events     --bursts bursts of --burst safety reports at once through the API; counts prove none was lost.
//
//   dotnet build -c Release src/LearningLoop.Web
//   dotnet run -c Release --project bench/load -- [--scenario survey|dashboard|events] [--respondents 5000]
//       [--concurrency 100] [--readers 200] [--seconds 20] [--bursts 5] [--burst 200] [--postgres "Host=...;Username=..."]
var scenario = Text("--scenario") ?? "survey";
var postgres = Text("--postgres");
var root = RepositoryRoot();
var dll = Path.Combine(root, "src", "LearningLoop.Web", "bin", "Release", "net10.0", "LearningLoop.Web.dll");
if (!File.Exists(dll))
{
    Console.Error.WriteLine($"Build the web app first: dotnet build -c Release src/LearningLoop.Web ({dll} not found)");
    return 2;
}
var data = Directory.CreateTempSubdirectory("learningloop-load-");
var address = new Uri($"http://127.0.0.1:{FreePort()}");
var start = new ProcessStartInfo("dotnet") { WorkingDirectory = Path.GetDirectoryName(dll)!, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
start.ArgumentList.Add(dll);
start.ArgumentList.Add("--urls");
start.ArgumentList.Add(address.ToString());
start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
start.Environment["Logging__LogLevel__Default"] = "Warning";
// The per-client limits (decision 0025) are for real clients; here every client is 127.0.0.1. Off for this run only.
start.Environment["RateLimits__SurveyAnswersPerMinute"] = "0";
start.Environment["RateLimits__SignInPerMinute"] = "0";
start.Environment["RateLimits__EventReportsPerMinute"] = "0";
string database;
if (postgres is null)
{
    start.Environment["Database__Provider"] = "Sqlite";
    start.Environment["Database__SqlitePath"] = Path.Combine(data.FullName, "load.db");
    database = "SQLite";
}
else
{
    var name = "ll_load_" + DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
    start.Environment["Database__Provider"] = "Postgres";
    start.Environment["ConnectionStrings__LearningLoop"] = Regex.Replace(postgres, "Database=[^;]*", "Database=" + name);
    database = $"PostgreSQL (database {name}, drop it afterwards)";
}
using var app = Process.Start(start)!;
app.OutputDataReceived += (_, _) => { };
app.ErrorDataReceived += (_, e) => { if (e.Data is not null) Console.Error.WriteLine("app: " + e.Data); };
app.BeginOutputReadLine();
app.BeginErrorReadLine();
try
{
    var started = Stopwatch.StartNew();
    await WaitUntilReadyAsync(address);
    Console.WriteLine($"App ready (process {app.Id}) on {address} ({database}) in {started.Elapsed.TotalSeconds:0.0} s. Load average before: {Load.LoadAverage()}");
    // One lean client for all simulated browsers: cookies are sent by hand, redirects are not followed.
    using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = 2000, UseCookies = false, AllowAutoRedirect = false, PooledConnectionLifetime = TimeSpan.FromMinutes(10) };
    using var http = new HttpClient(handler) { BaseAddress = address, Timeout = TimeSpan.FromSeconds(120) };
    Load.App = app;
    var pass = scenario switch
    {
        "survey" => await SurveyScenario.RunAsync(address, http, Number("--respondents", 5000), Number("--concurrency", 100)),
        "dashboard" => await ReadersScenario.RunAsync(address, http, Number("--readers", 200), Number("--seconds", 20)),
        "events" => await EventsScenario.RunAsync(address, http, Number("--bursts", 5), Number("--burst", 200)),
        _ => throw new ArgumentException("--scenario is survey, dashboard or events"),
    };
    Console.WriteLine(pass ? "PASS" : "FAIL");
    return pass ? 0 : 1;
}
finally
{
    if (!app.HasExited)
    {
        app.Kill(entireProcessTree: true);
        await app.WaitForExitAsync();
    }
    try { data.Delete(recursive: true); } catch (IOException) { }
}

static async Task WaitUntilReadyAsync(Uri address)
{
    using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
    var deadline = DateTime.UtcNow.AddMinutes(3);
    while (DateTime.UtcNow < deadline)
    {
        try
        {
            if ((await http.GetAsync(new Uri(address, "/health/ready"))).StatusCode == HttpStatusCode.OK) return;
        }
        catch (HttpRequestException) { }
        catch (TaskCanceledException) { }
        await Task.Delay(250);
    }
    throw new TimeoutException("The app did not become ready.");
}

static int FreePort()
{
    using var listener = new TcpListener(IPAddress.Loopback, 0);
    listener.Start();
    return ((IPEndPoint)listener.LocalEndpoint).Port;
}

static string RepositoryRoot()
{
    var dir = new DirectoryInfo(AppContext.BaseDirectory);
    while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "LearningLoop.slnx"))) dir = dir.Parent;
    return dir?.FullName ?? throw new DirectoryNotFoundException("LearningLoop.slnx not found");
}

string? Text(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();

int Number(string name, int fallback) => int.TryParse(Text(name), CultureInfo.InvariantCulture, out var n) ? n : fallback;

/// <summary>What every scenario shares: signing in, antiforgery tokens, latency percentiles, the load average.</summary>
static class Load
{
    /// <summary>A signed-in client, and its cookies to send by hand from the lean client.</summary>
    public static async Task<(HttpClient Client, string Cookie)> SignInAsync(Uri address, string email)
    {
        var handler = new HttpClientHandler { CookieContainer = new CookieContainer() };
        var client = new HttpClient(handler) { BaseAddress = address, Timeout = TimeSpan.FromSeconds(120) };
        client.DefaultRequestHeaders.Add("Origin", address.GetLeftPart(UriPartial.Authority));
        var login = await client.GetStringAsync("/login");
        var response = await client.PostAsync("/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login", ["__RequestVerificationToken"] = Antiforgery(login), ["Input.Email"] = email, ["Input.Password"] = "Demo-learning-2025",
        }));
        response.EnsureSuccessStatusCode();
        (await client.GetAsync("/api/v1/me")).EnsureSuccessStatusCode();
        return (client, handler.CookieContainer.GetCookieHeader(address));
    }

    public static string Antiforgery(string html) =>
        WebUtility.HtmlDecode(Regex.Match(html, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value);

    /// <summary>The app's process, whose processor time tells the cost of a request whatever else runs on the machine.</summary>
    public static Process? App { get; set; }

    /// <summary>Processor time used so far by the app and by this generator, in ms.</summary>
    public static (double App, double Generator) ProcessorMs()
    {
        App?.Refresh();
        return (App?.TotalProcessorTime.TotalMilliseconds ?? 0, Process.GetCurrentProcess().TotalProcessorTime.TotalMilliseconds);
    }

    /// <summary>Processor time per operation since <paramref name="before"/>: load-independent, unlike latency.</summary>
    public static string CostSince((double App, double Generator) before, int operations)
    {
        var now = ProcessorMs();
        return $"processor time per operation: app {(now.App - before.App) / operations:0.00} ms, generator {(now.Generator - before.Generator) / operations:0.00} ms";
    }

    public static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ')[..3]) : "?";

    public static string Percentiles(IEnumerable<double> milliseconds)
    {
        var xs = milliseconds.Where(double.IsFinite).Order().ToList();
        string P(double p) => xs.Count == 0 ? "-" : xs[Math.Min(xs.Count - 1, Math.Max(0, (int)Math.Ceiling(p * xs.Count) - 1))].ToString("0", CultureInfo.InvariantCulture);
        return $"p50 {P(.5)} ms, p95 {P(.95)} ms, p99 {P(.99)} ms, max {P(1)} ms";
    }

    /// <summary>Runs <paramref name="work"/> for each item with at most <paramref name="concurrency"/> in flight.</summary>
    public static async Task<T[]> BoundedAsync<TItem, T>(IReadOnlyList<TItem> items, int concurrency, Func<TItem, int, Task<T>> work)
    {
        var results = new T[items.Count];
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, Math.Min(concurrency, items.Count)).Select(_ => Task.Run(async () =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < items.Count)
            {
                results[i] = await work(items[i], i);
            }
        })));
        return results;
    }
}
