using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using System.Text.RegularExpressions;

// Survey load test: starts the real LearningLoop web app (Release build) on loopback Kestrel with the demo seeded,
// creates a relational coordination wave with N single-use links, then N anonymous respondents submit at once, each
// through the real form (GET /s for the antiforgery token, POST the answers). Then every link is submitted a second
// time, at once again. Pass: exactly N responses stored, no link accepted twice. Prints latency percentiles.
//
//   dotnet build -c Release src/LearningLoop.Web
//   dotnet run -c Release --project bench/load -- [--respondents 500] [--postgres "Host=...;Username=...;Database=..."]
var respondents = Option("--respondents", 500);
var postgres = args.SkipWhile(a => a != "--postgres").Skip(1).FirstOrDefault();
string[] dimensions = ["frequency", "timeliness", "accuracy", "problem_solving", "shared_goals", "shared_knowledge", "mutual_respect"];

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
string database;
if (postgres is null)
{
    start.Environment["Database__Provider"] = "Sqlite";
    start.Environment["Database__SqlitePath"] = Path.Combine(data.FullName, "load.db");
    database = "SQLite";
}
else
{
    // A fresh database on the given server, dropped afterwards by the operator (its name is printed).
    var name = "ll_load_" + DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
    start.Environment["Database__Provider"] = "Postgres";
    start.Environment["ConnectionStrings__LearningLoop"] = Regex.Replace(postgres, "Database=[^;]*", "Database=" + name);
    database = $"PostgreSQL (database {name})";
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
    Console.WriteLine($"App ready on {address} ({database}) in {started.Elapsed.TotalSeconds:0.0} s (migrations and demo seeding included).");

    using var organiser = await SignInAsync(address, "lead@riverside.example");
    var units = await organiser.GetFromJsonAsync<JsonElement[]>("/api/v1/units");
    var workgroups = await organiser.GetFromJsonAsync<JsonElement[]>("/api/v1/workgroups");
    var instruments = await organiser.GetFromJsonAsync<JsonElement[]>("/api/v1/surveys/instruments");
    int Unit(string name) => units!.Single(u => u.GetProperty("name").GetString() == name).GetProperty("id").GetInt32();
    int Workgroup(string key) => workgroups!.Single(w => w.GetProperty("key").GetString() == key).GetProperty("id").GetInt32();
    var groups = new[] { "attending_physician", "resident", "nurse", "pharmacist", "case_manager" }.Select(Workgroup).ToArray();
    var today = DateOnly.FromDateTime(DateTime.UtcNow);
    var created = await organiser.PostAsJsonAsync("/api/v1/surveys/waves", new
    {
        name = "Load test", instrumentId = instruments!.Single(i => i.GetProperty("key").GetString() == "relational-coordination").GetProperty("id").GetInt32(),
        opens = today, closes = today.AddDays(7), focalWorkProcess = "discharging a patient", unitIds = new[] { Unit("4 West"), Unit("5 West") }, workgroupIds = groups, links = true,
    });
    created.EnsureSuccessStatusCode();
    var waveId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
    // A few respondents first, as on a server that has been running: the first requests pay for JIT and EF query compilation.
    const int warmUp = 20;
    var linksResponse = await organiser.PostAsJsonAsync($"/api/v1/surveys/waves/{waveId}/links", new { count = respondents + warmUp });
    linksResponse.EnsureSuccessStatusCode();
    var tokens = (await linksResponse.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("links").EnumerateArray()
        .Select(l => l.GetString()!).Select(l => l[(l.IndexOf('#', StringComparison.Ordinal) + 1)..]).ToList();
    Console.WriteLine($"Wave {waveId}: {tokens.Count} links, {groups.Length} workgroups x 7 items = {groups.Length * 7} answers per respondent.");

    using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = 1000, UseCookies = false, PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
    using var http = new HttpClient(handler) { BaseAddress = address, Timeout = TimeSpan.FromSeconds(120) };

    int[] unitIds = [Unit("4 West"), Unit("5 West")];
    var warm = await RoundAsync(http, tokens[..warmUp], groups, unitIds, dimensions);
    Report("Warm-up", warm, warmUp);
    tokens = tokens[warmUp..];
    var first = await RoundAsync(http, tokens, groups, unitIds, dimensions);
    Report("First submission of every link", first, respondents);
    var second = await RoundAsync(http, tokens, groups, unitIds, dimensions);
    Report("Second submission of every link (must all be refused)", second, respondents);

    var rates = await organiser.GetFromJsonAsync<JsonElement>($"/api/v1/surveys/waves/{waveId}/response-rates");
    var stored = rates.GetProperty("total").GetProperty("responses").GetInt32();
    var accepted = first.Count(r => r.Outcome == "accepted");
    var refusedAgain = second.Count(r => r.Outcome == "used");
    stored -= warm.Count(r => r.Outcome == "accepted");
    var pass = accepted == respondents && stored == respondents && refusedAgain == respondents && second.All(r => r.Outcome != "accepted");
    Console.WriteLine($"Stored responses, warm-up aside: {stored} (expected {respondents}); accepted first time: {accepted}; refused second time: {refusedAgain}; accepted twice: {second.Count(r => r.Outcome == "accepted")}.");
    Console.WriteLine(pass ? "PASS: no response lost or duplicated; every link worked exactly once." : "FAIL");
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

// All respondents start together (a barrier), each with its own cookie jar, as separate browsers would.
static async Task<List<Result>> RoundAsync(HttpClient http, List<string> tokens, int[] groups, int[] units, string[] dimensions)
{
    using var gate = new SemaphoreSlim(0);
    var wall = Stopwatch.StartNew();
    var tasks = tokens.Select(async (token, index) =>
    {
        await gate.WaitAsync();
        var total = Stopwatch.StartNew();
        try
        {
            using var get = new HttpRequestMessage(HttpMethod.Get, "/s");
            using var page = await http.SendAsync(get);
            var html = await page.Content.ReadAsStringAsync();
            var antiforgery = WebUtility.HtmlDecode(Regex.Match(html, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value);
            var cookie = string.Join("; ", page.Headers.TryGetValues("Set-Cookie", out var set) ? set.Select(c => c.Split(';')[0]) : []);
            var fields = new Dictionary<string, string>
            {
                ["_handler"] = "survey", ["__RequestVerificationToken"] = antiforgery, ["token"] = token, ["action"] = "submit", ["lang"] = "en",
                ["workgroup"] = groups[index % groups.Length].ToString(CultureInfo.InvariantCulture),
                ["unit"] = units[index / groups.Length % units.Length].ToString(CultureInfo.InvariantCulture),
            };
            foreach (var target in groups)
            {
                foreach (var dimension in dimensions)
                {
                    fields[$"a.{dimension}.{target}"] = (1 + (index + target + dimension.Length) % 5).ToString(CultureInfo.InvariantCulture);
                }
            }
            using var post = new HttpRequestMessage(HttpMethod.Post, "/s") { Content = new FormUrlEncodedContent(fields) };
            post.Headers.Add("Cookie", cookie);
            var submit = Stopwatch.StartNew();
            using var response = await http.SendAsync(post);
            var body = await response.Content.ReadAsStringAsync();
            var outcome = body.Contains("Your answers are in", StringComparison.Ordinal) ? "accepted"
                : body.Contains("already been used", StringComparison.Ordinal) ? "used" : $"other ({(int)response.StatusCode})";
            if (outcome.StartsWith("other", StringComparison.Ordinal) && Interlocked.Exchange(ref shownOther, 1) == 0)
            {
                Console.WriteLine("  first unexpected page: " + Regex.Replace(body, "<[^>]+>", " ").Split("LearningLoop").Last().Trim()[..Math.Min(400, body.Length)]);
            }
            return new Result(outcome, submit.Elapsed.TotalMilliseconds, total.Elapsed.TotalMilliseconds);
        }
        catch (Exception e)
        {
            return new Result("error: " + e.GetType().Name, double.NaN, total.Elapsed.TotalMilliseconds);
        }
    }).ToList();
    gate.Release(tokens.Count);
    var results = (await Task.WhenAll(tasks)).ToList();
    Console.WriteLine($"  round took {wall.Elapsed.TotalSeconds:0.00} s");
    return results;
}

static void Report(string title, List<Result> results, int n)
{
    var posts = results.Select(r => r.PostMs).Where(double.IsFinite).Order().ToList();
    var totals = results.Select(r => r.TotalMs).Order().ToList();
    string P(List<double> xs, double p) => xs.Count == 0 ? "-" : xs[Math.Min(xs.Count - 1, (int)Math.Ceiling(p * xs.Count) - 1)].ToString("0", CultureInfo.InvariantCulture);
    Console.WriteLine($"{title}: {n} respondents at once");
    Console.WriteLine($"  outcomes: {string.Join(", ", results.GroupBy(r => r.Outcome).Select(g => $"{g.Key} {g.Count()}"))}");
    Console.WriteLine($"  submit POST latency ms: p50 {P(posts, .5)}, p95 {P(posts, .95)}, p99 {P(posts, .99)}, max {P(posts, 1)}");
    Console.WriteLine($"  open + submit ms:       p50 {P(totals, .5)}, p95 {P(totals, .95)}, max {P(totals, 1)}");
}

static async Task<HttpClient> SignInAsync(Uri address, string email)
{
    var handler = new HttpClientHandler { CookieContainer = new CookieContainer() };
    var client = new HttpClient(handler) { BaseAddress = address };
    var login = await client.GetStringAsync("/login");
    var antiforgery = WebUtility.HtmlDecode(Regex.Match(login, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value);
    var response = await client.PostAsync("/login", new FormUrlEncodedContent(new Dictionary<string, string>
    {
        ["_handler"] = "login", ["__RequestVerificationToken"] = antiforgery, ["Input.Email"] = email, ["Input.Password"] = "Demo-learning-2025",
    }));
    response.EnsureSuccessStatusCode();
    (await client.GetAsync("/api/v1/me")).EnsureSuccessStatusCode();
    return client;
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

int Option(string name, int fallback)
{
    var value = args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
    return value is not null && int.TryParse(value, CultureInfo.InvariantCulture, out var n) ? n : fallback;
}

sealed record Result(string Outcome, double PostMs, double TotalMs);

static partial class Program
{
    private static int shownOther;
}
