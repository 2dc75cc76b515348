using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace LearningLoop.EndToEnd.Tests.Faults;

/// <summary>A browser-like client of one running app: a cookie jar, our own <c>Origin</c> on writes, the demo's sign-in,
/// and the anonymous respondent's form (antiforgery token from the page, Submit posted to <c>/s/submit</c>).</summary>
public sealed partial class FaultClient : IDisposable
{
    private readonly HttpClient _client;

    public FaultClient(Uri address)
    {
        _client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = address, Timeout = TimeSpan.FromSeconds(60) };
        _client.DefaultRequestHeaders.Add("Origin", address.GetLeftPart(UriPartial.Authority));
    }

    public HttpClient Http => _client;

    public async Task SignInAsync(string email)
    {
        var page = await _client.GetStringAsync("/login");
        var response = await _client.PostAsync("/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login", ["__RequestVerificationToken"] = Antiforgery(page), ["Input.Email"] = email, ["Input.Password"] = "Demo-learning-2025",
        }));
        response.EnsureSuccessStatusCode();
    }

    /// <summary>A relational coordination wave on 4 West rating nurses and pharmacists (14 answers a response), with links.</summary>
    public async Task<(int Wave, List<string> Tokens)> WaveWithLinksAsync(string name, int links)
    {
        var json = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        var units = await _client.GetFromJsonAsync<JsonElement[]>("/api/v1/units", json);
        var workgroups = await _client.GetFromJsonAsync<JsonElement[]>("/api/v1/workgroups", json);
        var instruments = await _client.GetFromJsonAsync<JsonElement[]>("/api/v1/surveys/instruments", json);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var created = await _client.PostAsJsonAsync("/api/v1/surveys/waves", new
        {
            name, instrumentId = instruments!.Single(i => i.GetProperty("key").GetString() == "relational-coordination").GetProperty("id").GetInt32(),
            opens = today, closes = today.AddDays(7), focalWorkProcess = "discharging a patient",
            unitIds = units!.Where(u => u.GetProperty("name").GetString() == "4 West").Select(u => u.GetProperty("id").GetInt32()).ToArray(),
            workgroupIds = Workgroups(workgroups!), links = true,
        }, json);
        created.EnsureSuccessStatusCode();
        var wave = (await created.Content.ReadFromJsonAsync<JsonElement>(json)).GetProperty("id").GetInt32();
        var response = await _client.PostAsJsonAsync($"/api/v1/surveys/waves/{wave}/links", new { count = links }, json);
        response.EnsureSuccessStatusCode();
        var tokens = (await response.Content.ReadFromJsonAsync<JsonElement>(json)).GetProperty("links").EnumerateArray()
            .Select(l => l.GetString()!).Select(l => l[(l.IndexOf('#', StringComparison.Ordinal) + 1)..]).ToList();
        return (wave, tokens);
    }

    private static int[] Workgroups(JsonElement[] all) =>
        all.Where(w => w.GetProperty("key").GetString() is "nurse" or "pharmacist").Select(w => w.GetProperty("id").GetInt32()).ToArray();

    /// <summary>The demo's nurse and pharmacist workgroups, rated by <see cref="WaveWithLinksAsync"/>'s waves.</summary>
    public async Task<int[]> RatedWorkgroupsAsync() =>
        Workgroups((await _client.GetFromJsonAsync<JsonElement[]>("/api/v1/workgroups", new JsonSerializerOptions(JsonSerializerDefaults.Web)))!);

    /// <summary>Answers a link completely through the Submit button, as a fresh anonymous browser (following the
    /// redirect to the thank-you page, or back to the form); returns the final page.</summary>
    public static async Task<string> AnswerAsync(Uri address, string token, int[] workgroups, int value)
    {
        using var respondent = new FaultClient(address);
        var page = await respondent._client.GetStringAsync("/s");
        var fields = new Dictionary<string, string>
        {
            ["_handler"] = "survey", ["__RequestVerificationToken"] = Antiforgery(page), ["token"] = token, ["action"] = "submit", ["lang"] = "en",
            ["workgroup"] = workgroups[0].ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        foreach (var target in workgroups)
        {
            foreach (var item in new[] { "frequency", "timeliness", "accuracy", "problem_solving", "shared_goals", "shared_knowledge", "mutual_respect" })
            {
                fields[$"a.{item}.{target}"] = value.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
        }
        var response = await respondent._client.PostAsync("/s/submit", new FormUrlEncodedContent(fields));
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>Creates an API key for the signed-in user on the API keys page, which shows it once.</summary>
    public async Task<string> CreateApiKeyAsync(string name)
    {
        var page = await _client.GetStringAsync("/account/api-keys");
        var response = await _client.PostAsync("/account/api-keys", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "create-key", ["__RequestVerificationToken"] = Antiforgery(page), ["Input.Name"] = name,
        }));
        response.EnsureSuccessStatusCode();
        var key = NewKey().Match(await response.Content.ReadAsStringAsync());
        return key.Success ? key.Groups[1].Value : throw new InvalidOperationException("The API keys page showed no new key.");
    }

    public static string Antiforgery(string html) =>
        WebUtility.HtmlDecode(Token().Match(html).Groups[1].Value);

    public void Dispose() => _client.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    [GeneratedRegex("data-testid=\"new-api-key\">([^<]+)<")]
    private static partial Regex NewKey();
}
