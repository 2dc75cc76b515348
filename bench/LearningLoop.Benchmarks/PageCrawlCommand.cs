using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace LearningLoop.Benchmarks;

/// <summary>
/// Issue 12's speed budget: a crawl of every page each demo role can reach, following the links the pages show (from
/// the home page and the menu), timing each GET on the server in process. Pages are grouped by their route pattern
/// (ids become {id}); each pattern is fetched at most three times per role (three different ids where there are), after
/// one warm-up pass over everything. Reports p50/p95/max per pattern and overall; the budget is p95 under 100 ms and no
/// page over 300 ms on the SQLite demo. Exit code 1 when the budget is broken or a linked page does not answer 200.
/// Run: dotnet run -c Release --project bench/LearningLoop.Benchmarks -- page-crawl [repeats]
/// </summary>
public static partial class PageCrawlCommand
{
    public const string Name = "page-crawl";
    private const int PerPattern = 3;
    private static readonly string[] Roles = ["admin", "lead", "manager", "staff", "partner"];

    [GeneratedRegex("href=\"(/[^\"#?]*)(?:\\?[^\"#]*)?\"")]
    private static partial Regex Link();

    // Numbers and GUIDs are ids: /safety/events/{guid} is one page, whatever the event.
    [GeneratedRegex(@"/(\d+|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?=/|$)")]
    private static partial Regex Id();

    public static int Run(string[] args)
    {
        var repeats = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 5;
        using var app = new BenchDemoApp();
        var timings = new Dictionary<string, List<double>>(StringComparer.Ordinal);
        var failures = new List<string>();
        foreach (var role in Roles)
        {
            var client = app.ClientFor($"{role}@riverside.example");
            var pages = Crawl(client, failures, role);
            foreach (var page in pages) Get(client, page); // warm-up: JIT and compiled queries, as a running server has them
            for (var r = 0; r < repeats; r++)
            {
                foreach (var page in pages)
                {
                    var pattern = Id().Replace(page, "/{id}");
                    if (!timings.TryGetValue(pattern, out var list)) timings[pattern] = list = [];
                    list.Add(Get(client, page).Milliseconds);
                }
            }
        }
        return Report(timings, failures);
    }

    /// <summary>Breadth first from the home page over same-site links, skipping the API, downloads and sign-out.</summary>
    private static List<string> Crawl(HttpClient client, List<string> failures, string role)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { "/" };
        var perPattern = new Dictionary<string, int>(StringComparer.Ordinal);
        var queue = new Queue<string>(["/"]);
        var pages = new List<string>();
        while (queue.Count > 0)
        {
            var page = queue.Dequeue();
            var (status, html, _) = Get(client, page);
            if (status != 200)
            {
                // A link a person is shown must open; a refusal or error behind a visible link is a finding.
                if (status is not (301 or 302)) failures.Add($"{role}: {page} answered {status}");
                continue;
            }
            pages.Add(page);
            foreach (Match match in Link().Matches(html))
            {
                var next = match.Groups[1].Value.TrimEnd('/') is { Length: > 0 } trimmed ? trimmed : "/";
                if (!Crawlable(next) || !seen.Add(next)) continue;
                var pattern = Id().Replace(next, "/{id}");
                perPattern[pattern] = perPattern.GetValueOrDefault(pattern) + 1;
                if (perPattern[pattern] <= PerPattern) queue.Enqueue(next);
            }
        }
        return pages;
    }

    private static bool Crawlable(string path) =>
        !path.StartsWith("/api/", StringComparison.Ordinal) && !path.StartsWith("/_", StringComparison.Ordinal)
        && !path.Contains("sign-out", StringComparison.Ordinal) && !path.Contains("logout", StringComparison.Ordinal)
        && Path.GetExtension(path) is "" && !path.StartsWith("/s/", StringComparison.Ordinal) && !path.StartsWith("/k/", StringComparison.Ordinal);

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
