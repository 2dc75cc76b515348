using System.Diagnostics;
using System.Globalization;
using LearningLoop.Web.Tests.Infrastructure;

namespace LearningLoop.Benchmarks;

/// <summary>
/// Issue 12's speed budget: a crawl of every page each demo role can reach, following the links the pages show (from
/// the home page and the menu), timing each GET on the server in process. Pages are grouped by their route pattern
/// (ids become {id}); each pattern is fetched at most three times per role (three different ids where there are), after
/// one warm-up pass over everything. Reports p50/p95/max per pattern and overall; the budget is p95 under 100 ms and no
/// page over 300 ms on the SQLite demo. Exit code 1 when the budget is broken or a linked page does not answer 200.
/// Run: dotnet run -c Release --project bench/LearningLoop.Benchmarks -- page-crawl [repeats]
/// </summary>
public static class PageCrawlCommand
{
    public const string Name = "page-crawl";
    private const int PerPattern = 3;
    
    public static int Run(string[] args)
    {
        var repeats = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 5;
        using var app = new BenchDemoApp();
        var timings = new Dictionary<string, List<double>>(StringComparer.Ordinal);
        var failures = new List<string>();
        foreach (var role in SiteCrawl.DemoRoles)
        {
            var client = app.ClientFor($"{role}@riverside.example");
            var pages = Crawl(client, failures, role);
            foreach (var page in pages) Get(client, page); // warm-up: JIT and compiled queries, as a running server has them
            for (var r = 0; r < repeats; r++)
            {
                foreach (var page in pages)
                {
                    var pattern = SiteCrawl.PatternOf(page);
                    if (!timings.TryGetValue(pattern, out var list)) timings[pattern] = list = [];
                    list.Add(Get(client, page).Milliseconds);
                }
            }
        }
        return Report(timings, failures);
    }

    /// <summary>The pages <see cref="SiteCrawl"/> reaches; a linked page that does not answer 200 is a finding.</summary>
    private static List<string> Crawl(HttpClient client, List<string> failures, string role)
    {
        var crawl = SiteCrawl.CrawlAsync(client, PerPattern).GetAwaiter().GetResult();
        failures.AddRange(crawl.Broken.Select(b => $"{role}: {b}"));
        return crawl.Pages;
    }

    private static (int Status, string Html, double Milliseconds) Get(HttpClient client, string path)
    {
        var watch = Stopwatch.StartNew();
        using var response = client.GetAsync(path).GetAwaiter().GetResult();
        var html = response.Content.ReadAsStringAsync().GetAwaiter().GetResult();
        return ((int)response.StatusCode, html, watch.Elapsed.TotalMilliseconds);
    }

    private static int Report(Dictionary<string, List<double>> timings, List<string> failures)
    {
        static double Percentile(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
        Console.WriteLine($"{"page (route pattern)",-60} {"n",5} {"p50 ms",8} {"p95 ms",8} {"max ms",8}");
        foreach (var (pattern, list) in timings.OrderByDescending(t => t.Value.Max()))
        {
            list.Sort();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{pattern,-60} {list.Count,5} {Percentile(list, 0.5),8:0.0} {Percentile(list, 0.95),8:0.0} {list[^1],8:0.0}"));
        }
        var all = timings.Values.SelectMany(t => t).Order().ToList();
        var (p95, max) = (Percentile(all, 0.95), all[^1]);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"all: {timings.Count} patterns, {all.Count} requests, p50 {Percentile(all, 0.5):0.0} ms, p95 {p95:0.0} ms, max {max:0.0} ms; load average {LoadAverage()}"));
        foreach (var failure in failures) Console.WriteLine("FAILED " + failure);
        var withinBudget = p95 < 100 && max < 300;
        Console.WriteLine(withinBudget ? "budget met: p95 < 100 ms and no page over 300 ms" : "budget NOT met: p95 < 100 ms and no page over 300 ms");
        return withinBudget && failures.Count == 0 ? 0 : 1;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown";
}
