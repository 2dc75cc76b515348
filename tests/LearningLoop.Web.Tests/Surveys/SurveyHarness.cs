using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using LearningLoop.Web.Tests.Infrastructure;

namespace LearningLoop.Web.Tests.Surveys;

/// <summary>Drives surveys as people do: an organiser creates a wave and links through the API; a respondent opens a
/// link and posts the anonymous form (antiforgery token and all), with no credentials.</summary>
public sealed partial class SurveyHarness(LearningLoopApp app)
{
    public const string Admin = "admin@riverside.example";
    /// <summary>What the respondent's page says for a link of no wave, a forged link and a closed wave's link alike.</summary>
    public const string NotTakingAnswers = "This link does not open a survey that is taking answers.";
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    public static readonly string[] Dimensions = ["frequency", "timeliness", "accuracy", "problem_solving", "shared_goals", "shared_knowledge", "mutual_respect"];

    public int WorkgroupId(string key) => app.WithSystemScope(db => db.Workgroups.Single(w => w.Key == key && w.OrganisationId == Riverside(db)).Id);

    public int UnitId(string name) => app.WithSystemScope(db => db.Units.Single(u => u.Name == name && u.OrganisationId == Riverside(db)).Id);

    private static int Riverside(Core.Persistence.LearningLoopDbContext db) => db.Organisations.Single(o => o.Name == "Riverside General Hospital").Id;

    /// <summary>A relational coordination wave on 4 West, open today, rating the given workgroups.</summary>
    public Task<int> CreateWaveAsync(string name, params string[] workgroups) => CreateWaveOnAsync(name, ["4 West"], workgroups);

    /// <summary>A relational coordination wave on the given units, open today, rating the given workgroups.</summary>
    public async Task<int> CreateWaveOnAsync(string name, string[] units, params string[] workgroups)
    {
        var admin = await app.ClientForAsync(Admin);
        var instruments = await admin.GetFromJsonAsync<JsonElement[]>("/api/v1/surveys/instruments", Json);
        var rc = instruments!.Single(i => i.GetProperty("key").GetString() == "relational-coordination").GetProperty("id").GetInt32();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var response = await admin.PostAsJsonAsync("/api/v1/surveys/waves", new
        {
            name, instrumentId = rc, opens = today, closes = today.AddDays(14), focalWorkProcess = "discharging a patient",
            unitIds = units.Select(UnitId).ToArray(), workgroupIds = workgroups.Select(WorkgroupId).ToArray(), links = true, kiosk = true,
        }, Json);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("id").GetInt32();
    }

    /// <summary>Closes the wave now, as an organiser would: its results become available.</summary>
    public async Task CloseAsync(int waveId)
    {
        var admin = await app.ClientForAsync(Admin);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsync($"/api/v1/surveys/waves/{waveId}/close", null)).StatusCode);
    }

    public async Task<List<string>> LinksAsync(int waveId, int count)
    {
        var admin = await app.ClientForAsync(Admin);
        var response = await admin.PostAsJsonAsync($"/api/v1/surveys/waves/{waveId}/links", new { count }, Json);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var links = (await response.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("links").EnumerateArray().Select(l => l.GetString()!).ToList();
        Assert.All(links, l => Assert.Contains("/s#", l, StringComparison.Ordinal));
        return links.Select(l => l[(l.IndexOf('#', StringComparison.Ordinal) + 1)..]).ToList();
    }

    /// <summary>Every dimension about every rated workgroup answered with <paramref name="value"/>.</summary>
    public Dictionary<string, string> Answers(string ownWorkgroup, int value, params string[] rated)
    {
        var fields = new Dictionary<string, string> { ["workgroup"] = WorkgroupId(ownWorkgroup).ToString(System.Globalization.CultureInfo.InvariantCulture) };
        foreach (var target in rated)
        {
            foreach (var item in Dimensions)
            {
                fields[$"a.{item}.{WorkgroupId(target)}"] = value.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
        }
        return fields;
    }

    /// <summary>Posts the respondent form as a browser would (fresh anonymous client, antiforgery from the page); returns the page HTML.
    /// <paramref name="path"/> is where the button posts: the page itself, or <c>/s/submit</c> for Submit (decision 0030).</summary>
    public async Task<(HttpStatusCode Status, string Html)> PostAsync(string token, string action, Dictionary<string, string>? fields = null, HttpClient? client = null,
        string path = "/s")
    {
        client ??= app.CreateClient();
        var form = await client.GetStringAsync("/s");
        var antiforgery = AntiforgeryField().Match(form).Groups[1].Value;
        var body = new Dictionary<string, string>(fields ?? [])
        {
            ["_handler"] = "survey", ["__RequestVerificationToken"] = WebUtility.HtmlDecode(antiforgery), ["token"] = token, ["action"] = action, ["lang"] = "en",
        };
        var response = await client.PostAsync(path, new FormUrlEncodedContent(body));
        // Blazor encodes non-ASCII text as character references; decode so assertions read as the page does.
        return (response.StatusCode, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }

    public (int Submitted, int Drafts, int Answers, int Used) Stored(int waveId) => app.WithSystemScope(db =>
    (
        db.Responses.Count(r => r.WaveId == waveId && r.Status == Core.Surveys.ResponseStatus.Submitted),
        db.Responses.Count(r => r.WaveId == waveId && r.Status == Core.Surveys.ResponseStatus.Draft),
        db.Answers.Count(a => db.Responses.Any(r => r.Id == a.ResponseId && r.WaveId == waveId)),
        db.UsedTokenHashes.Count(u => u.WaveId == waveId)
    ));

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
