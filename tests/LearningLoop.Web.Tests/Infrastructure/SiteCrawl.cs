using System.Text.RegularExpressions;

namespace LearningLoop.Web.Tests.Infrastructure;

/// <summary>
/// Every page a person can reach by following the links the pages show them, breadth first from the home page, with a
/// client already acting as that person (redirects not followed, so a refusal shows). Pages are grouped by route pattern
/// (ids become {id}) and at most <c>perPattern</c> of each are fetched. A link that answers anything but 200 (or a
/// redirect) is a finding: issue 8 says a link a person is shown opens. Shared by the link tests, the accessibility
/// crawl in the browser and the page-crawl benchmark (linked into bench/), so all three walk the same pages.
/// </summary>
public static partial class SiteCrawl
{
    public const string DemoPassword = "Demo-learning-2025";

    /// <summary>The demo's people, one per role (README).</summary>
    public static readonly string[] DemoRoles = ["admin", "lead", "manager", "staff", "partner"];

    [GeneratedRegex("href=\"(/[^\"#?]*)(?:\\?[^\"#]*)?\"")]
    private static partial Regex Link();

    // Numbers and GUIDs are ids: /safety/events/{guid} is one page, whatever the event.
    [GeneratedRegex(@"/(\d+|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?=/|$)")]
    private static partial Regex Id();

    public static string PatternOf(string path) => Id().Replace(path, "/{id}");

    public static async Task<CrawlResult> CrawlAsync(HttpClient client, int perPattern, Func<string, string, Task>? onPage = null)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { "/" };
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var queue = new Queue<(string Path, string From)>([("/", "(start)")]);
        var result = new CrawlResult();
        while (queue.Count > 0)
        {
            var (path, from) = queue.Dequeue();
            using var response = await client.GetAsync(path);
            var status = (int)response.StatusCode;
            if (status != 200)
            {
                if (status is not (301 or 302 or 303)) result.Broken.Add(new BrokenLink(path, from, status));
                continue;
            }
            var html = await response.Content.ReadAsStringAsync();
            result.Pages.Add(path);
            if (onPage is not null) await onPage(path, html);
            foreach (Match match in Link().Matches(html))
            {
                var next = match.Groups[1].Value.TrimEnd('/') is { Length: > 0 } trimmed ? trimmed : "/";
                if (!Crawlable(next) || !seen.Add(next)) continue;
                var pattern = PatternOf(next);
                counts[pattern] = counts.GetValueOrDefault(pattern) + 1;
                if (counts[pattern] <= perPattern) queue.Enqueue((next, path));
            }
        }
        return result;
    }

    /// <summary>Pages only: not the API, downloads, framework files, sign-out, or the anonymous respondent's and kiosk links.</summary>
    private static bool Crawlable(string path) =>
        !path.StartsWith("/api/", StringComparison.Ordinal) && !path.StartsWith("/_", StringComparison.Ordinal)
        && !path.Contains("sign-out", StringComparison.Ordinal) && !path.Contains("logout", StringComparison.Ordinal)
        && Path.GetExtension(path) is "" && !path.StartsWith("/s/", StringComparison.Ordinal) && !path.StartsWith("/k/", StringComparison.Ordinal)
        && path != "/s" && path != "/openapi";
}

public sealed class CrawlResult
{
    public List<string> Pages { get; } = [];

    public List<BrokenLink> Broken { get; } = [];
}

public sealed record BrokenLink(string Path, string LinkedFrom, int Status)
{
    public override string ToString() => $"{Path} answered {Status} (linked from {LinkedFrom})";
}
