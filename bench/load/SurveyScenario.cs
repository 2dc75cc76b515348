using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

/// <summary>N respondents of one relational coordination wave (5 workgroups x 7 items = 35 answers each). Each opens /s
/// first (its own antiforgery cookie and token, as a browser would), then all submissions are posted to /s/submit with at
/// most <c>concurrency</c> in flight; a 303 to the thank-you page is an accepted submission. Then every link is posted
/// again and must be refused (the endpoint hands it back to the page with a 307, whose re-post says "already used").
/// Pass: N accepted, N stored (response-rate API), N refused the second time, none accepted twice.</summary>
static class SurveyScenario
{
    private static readonly string[] Dimensions = ["frequency", "timeliness", "accuracy", "problem_solving", "shared_goals", "shared_knowledge", "mutual_respect"];

    public static async Task<bool> RunAsync(Uri address, HttpClient http, int respondents, int concurrency)
    {
        var (organiser, _) = await Load.SignInAsync(address, "lead@riverside.example");
        using var _organiser = organiser;
        var units = await organiser.GetFromJsonAsync<JsonElement[]>("/api/v1/units");
        var workgroups = await organiser.GetFromJsonAsync<JsonElement[]>("/api/v1/workgroups");
        var instruments = await organiser.GetFromJsonAsync<JsonElement[]>("/api/v1/surveys/instruments");
        int Unit(string name) => units!.Single(u => u.GetProperty("name").GetString() == name).GetProperty("id").GetInt32();
        int Workgroup(string key) => workgroups!.Single(w => w.GetProperty("key").GetString() == key).GetProperty("id").GetInt32();
        var groups = new[] { "attending_physician", "resident", "nurse", "pharmacist", "case_manager" }.Select(Workgroup).ToArray();
        int[] unitIds = [Unit("4 West"), Unit("5 West")];
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var created = await organiser.PostAsJsonAsync("/api/v1/surveys/waves", new
        {
            name = "Load test", instrumentId = instruments!.Single(i => i.GetProperty("key").GetString() == "relational-coordination").GetProperty("id").GetInt32(),
            opens = today, closes = today.AddDays(7), focalWorkProcess = "discharging a patient", unitIds, workgroupIds = groups, links = true,
        });
        created.EnsureSuccessStatusCode();
        var waveId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        const int warmUp = 200;
        var tokens = new List<string>();
        for (var left = respondents + warmUp; left > 0; left -= 1000)
        {
            var links = await organiser.PostAsJsonAsync($"/api/v1/surveys/waves/{waveId}/links", new { count = Math.Min(1000, left) });
            links.EnsureSuccessStatusCode();
            tokens.AddRange((await links.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("links").EnumerateArray()
                .Select(l => l.GetString()!).Select(l => l[(l.IndexOf('#', StringComparison.Ordinal) + 1)..]));
        }
        Console.WriteLine($"Wave {waveId}: {tokens.Count} links, {groups.Length * 7} answers per respondent, {concurrency} submissions in flight at most.");

        var cost = Load.ProcessorMs();
        var forms = await Load.BoundedAsync(tokens, 50, (token, i) => OpenAsync(http, token, i, groups, unitIds));
        Console.WriteLine("Opening the forms: " + Load.CostSince(cost, forms.Length));
        Console.WriteLine($"Every respondent has their form (GET /s). Load average: {Load.LoadAverage()}");
        var warm = await Load.BoundedAsync(forms[..warmUp], concurrency, (form, _) => PostAsync(http, form));
        Report("Warm-up (JIT, EF query compilation)", warm, null);
        forms = forms[warmUp..];
        var clock = Stopwatch.StartNew();
        cost = Load.ProcessorMs();
        var first = await Load.BoundedAsync(forms, concurrency, (form, _) => PostAsync(http, form));
        Report("First submission of every link", first, clock.Elapsed);
        Console.WriteLine("  " + Load.CostSince(cost, first.Length));
        clock.Restart();
        cost = Load.ProcessorMs();
        var second = await Load.BoundedAsync(forms, concurrency, (form, _) => PostAsync(http, form));
        Report("Second submission of every link (must all be refused)", second, clock.Elapsed);
        Console.WriteLine("  " + Load.CostSince(cost, second.Length));

        var rates = await organiser.GetFromJsonAsync<JsonElement>($"/api/v1/surveys/waves/{waveId}/response-rates");
        var stored = rates.GetProperty("total").GetProperty("responses").GetInt32() - warm.Count(r => r.Outcome == "accepted");
        var accepted = first.Count(r => r.Outcome == "accepted");
        var refused = second.Count(r => r.Outcome == "used");
        var twice = second.Count(r => r.Outcome == "accepted");
        Console.WriteLine($"Stored (warm-up aside): {stored}, expected {respondents}; accepted first time {accepted}; refused second time {refused}; accepted twice {twice}.");
        return accepted == respondents && stored == respondents && refused == respondents && twice == 0;
    }

    private sealed record Form(string Cookie, string Raw);

    private sealed record Result(string Outcome, double Ms);

    private static async Task<Form> OpenAsync(HttpClient http, string token, int index, int[] groups, int[] units)
    {
        using var page = await http.GetAsync("/s");
        var html = await page.Content.ReadAsStringAsync();
        var cookie = string.Join("; ", page.Headers.TryGetValues("Set-Cookie", out var set) ? set.Select(c => c.Split(';')[0]) : []);
        var fields = new Dictionary<string, string>
        {
            ["_handler"] = "survey", ["__RequestVerificationToken"] = Load.Antiforgery(html), ["token"] = token, ["action"] = "submit", ["lang"] = "en",
            ["workgroup"] = groups[index % groups.Length].ToString(CultureInfo.InvariantCulture),
            ["unit"] = units[index / groups.Length % units.Length].ToString(CultureInfo.InvariantCulture),
        };
        foreach (var target in groups)
        {
            foreach (var dimension in Dimensions)
            {
                fields[$"a.{dimension}.{target}"] = (1 + (index + target + dimension.Length) % 5).ToString(CultureInfo.InvariantCulture);
            }
        }
        using var body = new FormUrlEncodedContent(fields);
        return new Form(cookie, await body.ReadAsStringAsync());
    }

    private static async Task<Result> PostAsync(HttpClient http, Form form)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            using var post = Request("/s/submit", form);
            using var response = await http.SendAsync(post);
            if (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.OriginalString.StartsWith("/s/thanks", StringComparison.Ordinal) == true)
            {
                return new Result("accepted", clock.Elapsed.TotalMilliseconds);
            }
            if (response.StatusCode != HttpStatusCode.TemporaryRedirect)
            {
                return new Result($"other ({(int)response.StatusCode})", clock.Elapsed.TotalMilliseconds);
            }
            // Handed back to the page, which says why (as a browser would re-post it).
            using var again = Request(response.Headers.Location!.OriginalString, form);
            using var page = await http.SendAsync(again);
            var body = await page.Content.ReadAsStringAsync();
            var outcome = body.Contains("already been used", StringComparison.Ordinal) ? "used" : $"page ({(int)page.StatusCode})";
            return new Result(outcome, clock.Elapsed.TotalMilliseconds);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return new Result("error: " + e.GetType().Name, clock.Elapsed.TotalMilliseconds);
        }
    }

    private static HttpRequestMessage Request(string path, Form form)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(form.Raw, System.Text.Encoding.UTF8, "application/x-www-form-urlencoded") };
        request.Headers.Add("Cookie", form.Cookie);
        return request;
    }

    private static void Report(string title, Result[] results, TimeSpan? wall)
    {
        Console.WriteLine($"{title}: {results.Length} submissions" + (wall is { } w ? $" in {w.TotalSeconds:0.00} s = {results.Length / w.TotalSeconds:0} a second" : ""));
        Console.WriteLine($"  outcomes: {string.Join(", ", results.GroupBy(r => r.Outcome).Select(g => $"{g.Key} {g.Count()}"))}");
        Console.WriteLine($"  latency: {Load.Percentiles(results.Select(r => r.Ms))}; load average {Load.LoadAverage()}");
    }
}
