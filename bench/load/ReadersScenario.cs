using System.Collections.Concurrent;
using System.Diagnostics;

/// <summary>Signed-in readers: <c>readers</c> clients at once, each reading the measures dashboard and the at-a-glance
/// page in turn for <c>seconds</c> seconds (the demo improvement lead's session, as if 200 leads and managers looked at
/// the same time). Pass: no request failed.</summary>
static class ReadersScenario
{
    private static readonly string[] Pages = ["/measures", "/at-a-glance"];

    public static async Task<bool> RunAsync(Uri address, HttpClient http, int readers, int seconds)
    {
        var (lead, cookie) = await Load.SignInAsync(address, "lead@riverside.example");
        lead.Dispose();
        foreach (var page in Pages)
        {
            await ReadAsync(http, cookie, page); // warm-up: JIT and the first query compilations
        }
        var times = Pages.ToDictionary(p => p, _ => new ConcurrentBag<double>());
        var failures = new ConcurrentBag<string>();
        var until = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, readers).Select(reader => Task.Run(async () =>
        {
            for (var i = reader; until.Elapsed.TotalSeconds < seconds; i++)
            {
                var page = Pages[i % Pages.Length];
                var clock = Stopwatch.StartNew();
                var outcome = await ReadAsync(http, cookie, page);
                times[page].Add(clock.Elapsed.TotalMilliseconds);
                if (outcome is not null)
                {
                    failures.Add($"{page}: {outcome}");
                }
            }
        })));
        var wall = until.Elapsed.TotalSeconds;
        Console.WriteLine($"{readers} readers for {wall:0.0} s, load average {Load.LoadAverage()}");
        foreach (var (page, bag) in times)
        {
            Console.WriteLine($"  {page}: {bag.Count} reads ({bag.Count / wall:0} a second), {Load.Percentiles(bag)}");
        }
        Console.WriteLine($"  failures: {failures.Count}" + string.Concat(failures.GroupBy(f => f).Take(5).Select(g => $"; {g.Key} x{g.Count()}")));
        return failures.IsEmpty;
    }

    private static async Task<string?> ReadAsync(HttpClient http, string cookie, string page)
    {
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, page);
            request.Headers.Add("Cookie", cookie);
            using var response = await http.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            return response.IsSuccessStatusCode && body.Length > 1000 ? null : $"{(int)response.StatusCode}";
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return e.GetType().Name;
        }
    }
}
