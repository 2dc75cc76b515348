using LearningLoop.Core.Access;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;
using LearningLoop.Core.Surveys;
using LearningLoop.Web.Infrastructure;
using LearningLoop.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.FileProviders;

namespace LearningLoop.Web.Tests.Surveys;

/// <summary>The promise that survey anonymity holds against differencing, checked end to end:
/// <list type="number">
/// <item>a wave's results (API, CSV, FHIR, change, pages) appear only once it has closed; before, 409 saying when;</item>
/// <item>response counts never let a reader work out a group below the minimum cell size, by subtracting shown counts
/// from the total or combining the counts by unit with those by workgroup;</item>
/// <item>a kiosk link hands out no more forms than the wave has people plus the organisation's margin, and is
/// rate-limited per client;</item>
/// <item>a link of a wave that does not exist and one of a closed wave get the same answer;</item>
/// <item>links are built on the configured public address, never on the request's Host header.</item>
/// </list></summary>
public abstract partial class SurveyAnonymityTests(AnonymityApp app)
{
    private readonly SurveyHarness _survey = new(app);

    [Fact]
    public async Task An_open_waves_results_are_refused_with_409_saying_when_they_appear_and_shown_once_it_closes()
    {
        var wave = await _survey.CreateWaveAsync("Still open", "nurse", "case_manager");
        foreach (var token in await _survey.LinksAsync(wave, 5))
        {
            await _survey.PostAsync(token, "submit", _survey.Answers("nurse", 4, "nurse", "case_manager"));
        }
        var admin = await app.ClientForAsync(SurveyHarness.Admin);
        var appears = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(15); // CreateWaveAsync: last day is today + 14
        foreach (var path in new[] { "results", "results.csv", "change", "responses.fhir" })
        {
            var refused = await admin.GetAsync($"/api/v1/surveys/waves/{wave}/{path}");
            Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
            Assert.Equal("application/problem+json", refused.Content.Headers.ContentType!.MediaType);
            var problem = await refused.Content.ReadFromJsonAsync<JsonElement>(SurveyHarness.Json);
            Assert.Equal(409, problem.GetProperty("status").GetInt32());
            Assert.Equal(appears.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), problem.GetProperty("resultsAvailableOn").GetString());
            Assert.Contains(appears.ToString("d MMMM yyyy", CultureInfo.InvariantCulture), problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
            Assert.Contains("closes it early", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }
        foreach (var page in new[] { $"/surveys/waves/{wave}/results", $"/surveys/waves/{wave}/change" })
        {
            var html = await admin.GetStringAsync(page);
            Assert.Contains("data-testid=\"results-not-yet\"", html, StringComparison.Ordinal);
            Assert.Contains(appears.ToString("d MMMM yyyy", CultureInfo.InvariantCulture), html, StringComparison.Ordinal);
            Assert.DoesNotContain("rc-heatmap", html, StringComparison.Ordinal);
        }
        Assert.DoesNotContain($"href=\"/surveys/waves/{wave}/results\"", await admin.GetStringAsync("/surveys"), StringComparison.Ordinal);

        await _survey.CloseAsync(wave);
        foreach (var path in new[] { "results", "results.csv", "change", "responses.fhir" })
        {
            Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/api/v1/surveys/waves/{wave}/{path}")).StatusCode);
        }
        Assert.Contains("rc-heatmap", await admin.GetStringAsync($"/surveys/waves/{wave}/results"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_change_report_and_the_organisations_pooled_figures_leave_out_open_waves()
    {
        var closed = await _survey.CreateWaveAsync("Series closed", "nurse", "case_manager");
        foreach (var token in await _survey.LinksAsync(closed, 5))
        {
            await _survey.PostAsync(token, "submit", _survey.Answers("nurse", 4, "nurse", "case_manager"));
        }
        await _survey.CloseAsync(closed);
        var open = await _survey.CreateWaveAsync("Series open", "nurse", "case_manager");
        foreach (var token in await _survey.LinksAsync(open, 5))
        {
            await _survey.PostAsync(token, "submit", _survey.Answers("nurse", 1, "nurse", "case_manager"));
        }
        var admin = await app.ClientForAsync(SurveyHarness.Admin);
        var change = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/surveys/waves/{closed}/change", SurveyHarness.Json);
        var names = change.GetProperty("waves").EnumerateArray().Select(w => w.GetProperty("wave").GetString()).ToList();
        Assert.Contains("Series closed", names);
        Assert.DoesNotContain("Series open", names);
        // The organisation row pools closed waves of the same round only: the open wave's ones (all 1s) are not in it.
        var results = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/surveys/waves/{closed}/results", SurveyHarness.Json);
        var organisation = results.GetProperty("organisation");
        Assert.Equal(4.0, organisation.GetProperty("overall").GetDouble(), 9);
    }

    [Fact]
    public async Task No_response_count_view_reveals_a_group_below_the_minimum_cell_size_by_differencing()
    {
        // Two units and three workgroups: 4 West 6 nurses + 2 case managers, 5 West 5 nurses + 0 pharmacists.
        var wave = await _survey.CreateWaveOnAsync("Differencing", ["4 West", "5 West"], "nurse", "case_manager", "pharmacist");
        var tokens = await _survey.LinksAsync(wave, 13);
        var plan = new[] { ("4 West", "nurse", 6), ("4 West", "case_manager", 2), ("5 West", "nurse", 5) };
        var next = 0;
        foreach (var (unit, workgroup, count) in plan)
        {
            for (var i = 0; i < count; i++)
            {
                var fields = _survey.Answers(workgroup, 3, "nurse", "case_manager", "pharmacist");
                fields["unit"] = _survey.UnitId(unit).ToString(CultureInfo.InvariantCulture);
                Assert.Contains("Your answers are in", (await _survey.PostAsync(tokens[next++], "submit", fields)).Html, StringComparison.Ordinal);
            }
        }
        var admin = await app.ClientForAsync(SurveyHarness.Admin);
        var rates = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/surveys/waves/{wave}/response-rates", SurveyHarness.Json);
        var minCell = rates.GetProperty("minCellSize").GetInt32();
        var units = Partition(rates.GetProperty("units"));
        var workgroups = Partition(rates.GetProperty("workgroups"));
        var total = Count(rates.GetProperty("total"));

        // Every small group is shown as "fewer than N": null, flagged.
        Assert.True(workgroups["Case managers"].FewerThan);
        Assert.Null(workgroups["Case managers"].Count);
        Assert.True(workgroups["Pharmacists"].FewerThan);

        // The reader differences: the total (shown, or added up from a partition shown whole) minus a partition's shown
        // counts is what its withheld groups hold together. That must never isolate a small group: either it is not
        // computable, or the withheld groups include one that is not small (so it can absorb any small count).
        var totals = new[] { total, Whole(units), Whole(workgroups) }.OfType<int>().Distinct().ToList();
        Assert.True(totals.Count <= 1, "the partitions and the total disagree");
        foreach (var known in totals)
        {
            foreach (var partition in new[] { units, workgroups })
            {
                var withheld = partition.Values.Where(g => g.Count is null).ToList();
                var rest = known - partition.Values.Sum(g => g.Count ?? 0);
                Assert.False(withheld.Count == 1 && withheld[0].FewerThan, $"one small group is the rest: {rest}");
                Assert.False(withheld.Count > 0 && withheld.All(g => g.FewerThan) && rest > 0,
                    $"small groups together are the rest: {rest}");
            }
        }
        // The naive tables would have shown nurses 11 beside a total of 13, giving the case managers away (13 - 11 = 2).
        Assert.Null(workgroups["Nurses"].Count);

        // The page and the list of waves show the same counts, and nothing more.
        var page = await admin.GetStringAsync($"/surveys/waves/{wave}");
        Assert.Matches("<td>Nurses</td><td class=\"num\">\\d+</td><td class=\"num\">not shown</td>", page);
        Assert.Matches("<td>Case managers</td><td class=\"num\">\\d+</td><td class=\"num\">fewer than 5</td>", page);
        var list = await admin.GetStringAsync("/surveys");
        var row = Regex.Match(list, $"<a href=\"/surveys/waves/{wave}\">Differencing</a>.*?</tr>", RegexOptions.Singleline).Value;
        Assert.Contains(total is { } t ? $">{t}<" : "not shown", row, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_kiosk_hands_out_no_more_forms_than_the_waves_people_plus_the_margin()
    {
        var wave = await _survey.CreateWaveAsync("Kiosk cap", "pharmacist", "case_manager");
        var (code, population) = app.WithSystemScope(db =>
        {
            var w = db.Waves.Single(x => x.Id == wave);
            db.Organisations.Single(o => o.Id == w.OrganisationId).KioskMarginPercent = 50;
            db.SaveChanges();
            return (w.KioskCode!, WavePopulation.CountAsync(db, w).GetAwaiter().GetResult());
        });
        var cap = KioskAllowance.Of(population, 50);
        Assert.True(cap > population && cap >= 1, $"population {population}, cap {cap}");
        for (var i = 0; i < cap; i++)
        {
            Assert.Matches("name=\"token\" value=\"[A-Za-z0-9_-]{48}\"", await KioskVisitAsync(code, $"10.1.0.{i + 1}"));
        }
        var refused = await KioskVisitAsync(code, "10.1.1.1");
        Assert.Contains("handed out all the forms", refused, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"token\"", refused, StringComparison.Ordinal);
        Assert.Equal(cap, app.WithSystemScope(db => db.Waves.Single(w => w.Id == wave).KioskFormsHandedOut));
        app.WithSystemScope(db =>
        {
            db.Organisations.Single(o => o.Name == "Riverside General Hospital").KioskMarginPercent = KioskAllowance.DefaultMarginPercent;
            return db.SaveChanges();
        });
    }

    [Fact]
    public async Task A_kiosk_is_rate_limited_per_client_with_a_friendly_429_and_answering_is_not()
    {
        var wave = await _survey.CreateWaveAsync("Kiosk rate", "nurse", "case_manager");
        var code = app.WithSystemScope(db => db.Waves.Single(w => w.Id == wave).KioskCode!);
        var client = ClientFrom("10.2.0.1");
        for (var i = 0; i < AnonymityApp.KioskVisitsPerMinute; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/k/{code}")).StatusCode);
        }
        var refused = await client.GetAsync($"/k/{code}");
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Contains("Please wait a moment", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(refused.Headers.Contains("Retry-After"));
        // Another kiosk (another address) is not held up, and respondents on the limited address can still answer.
        Assert.Equal(HttpStatusCode.OK, (await ClientFrom("10.2.0.2").GetAsync($"/k/{code}")).StatusCode);
        var token = (await _survey.LinksAsync(wave, 1))[0];
        Assert.Contains("Your answers are in", (await _survey.PostAsync(token, "submit", _survey.Answers("nurse", 4, "nurse"), client)).Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_link_of_a_wave_that_does_not_exist_and_one_of_a_closed_wave_get_the_same_answer()
    {
        var wave = await _survey.CreateWaveAsync("Closed for probing", "nurse", "case_manager");
        var closedLink = (await _survey.LinksAsync(wave, 1))[0];
        var code = app.WithSystemScope(db => db.Waves.Single(w => w.Id == wave).KioskCode!);
        await _survey.CloseAsync(wave);
        var noWaveLink = SurveyLink.Mint(int.MaxValue - 7, RandomNumberGenerator.GetBytes(32));

        var closed = await _survey.PostAsync(closedLink, "open");
        var missing = await _survey.PostAsync(noWaveLink, "open");
        Assert.Equal(missing.Status, closed.Status);
        Assert.Equal(Problem(missing.Html), Problem(closed.Html));
        Assert.Contains(SurveyHarness.NotTakingAnswers, closed.Html, StringComparison.Ordinal);

        var closedKiosk = await app.CreateClient().GetAsync($"/k/{code}");
        var missingKiosk = await app.CreateClient().GetAsync("/k/nosuchkiosk");
        Assert.Equal(missingKiosk.StatusCode, closedKiosk.StatusCode);
        Assert.Equal(Problem(await missingKiosk.Content.ReadAsStringAsync()), Problem(await closedKiosk.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task Links_are_built_on_the_configured_public_address_whatever_the_Host_header_says()
    {
        var wave = await _survey.CreateWaveAsync("Forged host", "nurse", "case_manager");
        var admin = await app.ClientForAsync(SurveyHarness.Admin);
        admin.DefaultRequestHeaders.Host = "attacker.example";
        var response = await admin.PostAsJsonAsync($"/api/v1/surveys/waves/{wave}/links", new { count = 3 }, SurveyHarness.Json);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var links = (await response.Content.ReadFromJsonAsync<JsonElement>(SurveyHarness.Json)).GetProperty("links").EnumerateArray().Select(l => l.GetString()!).ToList();
        Assert.All(links, l => Assert.StartsWith(AnonymityApp.PublicBaseUrl + "/s#", l, StringComparison.Ordinal));

        var page = await admin.GetStringAsync($"/surveys/waves/{wave}");
        Assert.Contains($"{AnonymityApp.PublicBaseUrl}/k/", page, StringComparison.Ordinal);
        Assert.DoesNotContain("attacker.example", page, StringComparison.Ordinal);
    }

    private async Task<string> KioskVisitAsync(string code, string address) => await ClientFrom(address).GetStringAsync($"/k/{code}");

    private HttpClient ClientFrom(string address)
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Add(AnonymityApp.ClientAddressHeader, address);
        return client;
    }

    private static string Problem(string html) => LinkProblemText().Match(html).Groups[1].Value;

    private static int? Count(JsonElement rate) => rate.GetProperty("responses").ValueKind == JsonValueKind.Null ? null : rate.GetProperty("responses").GetInt32();

    private static Dictionary<string, (int? Count, bool FewerThan)> Partition(JsonElement rows) =>
        rows.EnumerateArray().ToDictionary(r => r.GetProperty("name").GetString()!, r => (Count(r), r.GetProperty("fewerThanMinimum").GetBoolean()));

    private static int? Whole(Dictionary<string, (int? Count, bool FewerThan)> partition) =>
        partition.Values.All(g => g.Count is not null) ? partition.Values.Sum(g => g.Count!.Value) : null;

    [GeneratedRegex("data-testid=\"link-problem\">([^<]*)<")]
    private static partial Regex LinkProblemText();
}

/// <summary>Without configuration, Development and the demo make links on http://localhost:5080; anywhere else they are
/// refused with a message naming the setting. The older setting is still read.</summary>
public sealed class PublicAddressTests
{
    [Fact]
    public void Production_without_a_configured_address_refuses_and_names_the_setting()
    {
        var address = PublicAddress.From(Configuration(("Demo:Enabled", "false")), Environment(Environments.Production));
        Assert.Null(address.BaseUrl);
        Assert.Contains("App__PublicBaseUrl", address.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Development_and_the_demo_default_to_the_local_address()
    {
        Assert.Equal("http://localhost:5080", PublicAddress.From(Configuration(("Demo:Enabled", "false")), Environment(Environments.Development)).BaseUrl);
        Assert.Equal("http://localhost:5080", PublicAddress.From(Configuration(), Environment(Environments.Production)).BaseUrl);
    }

    [Fact]
    public void The_configured_address_wins_and_the_old_setting_is_still_read()
    {
        Assert.Equal("https://ll.example.org/app", PublicAddress.From(Configuration(("App:PublicBaseUrl", "https://ll.example.org/app/"),
            ("Surveys:PublicBaseUrl", "https://old.example.org")), Environment(Environments.Production)).BaseUrl);
        Assert.Equal("https://old.example.org", PublicAddress.From(Configuration(("Surveys:PublicBaseUrl", "https://old.example.org"),
            ("Demo:Enabled", "false")), Environment(Environments.Production)).BaseUrl);
        Assert.NotNull(PublicAddress.From(Configuration(("App:PublicBaseUrl", "learningloop.example.org")), Environment(Environments.Production)).Problem);
    }

    private static IConfiguration Configuration(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();

    private static IHostEnvironment Environment(string name) => new HostEnvironment { EnvironmentName = name };

    private sealed class HostEnvironment : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "";
        public string ApplicationName { get; set; } = "LearningLoop";
        public string ContentRootPath { get; set; } = "";
        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}

/// <summary>The app with a configured public address, a small kiosk rate limit, and a test-only header that stands for
/// the client's address (the test server has none), so that per-client limits can be exercised.</summary>
public abstract class AnonymityApp(string provider) : LearningLoopApp(provider)
{
    public const string PublicBaseUrl = "https://surveys.riverside.example";
    public const int KioskVisitsPerMinute = 4;
    public const string ClientAddressHeader = "X-Test-Client-Address";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("App:PublicBaseUrl", PublicBaseUrl);
        builder.UseSetting("Surveys:KioskVisitsPerMinute", KioskVisitsPerMinute.ToString(CultureInfo.InvariantCulture));
        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, ClientAddressFromHeader>());
    }

    private sealed class ClientAddressFromHeader : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, then) =>
            {
                if (IPAddress.TryParse(context.Request.Headers[ClientAddressHeader], out var address))
                {
                    context.Connection.RemoteIpAddress = address;
                }
                return then(context);
            });
            next(app);
        };
    }
}

public sealed class SqliteAnonymityApp() : AnonymityApp("Sqlite");

public sealed class PostgresAnonymityApp() : AnonymityApp("Postgres");

public sealed class SqliteSurveyAnonymityTests(SqliteAnonymityApp app) : SurveyAnonymityTests(app), IClassFixture<SqliteAnonymityApp>;

public sealed class PostgresSurveyAnonymityTests(PostgresAnonymityApp app) : SurveyAnonymityTests(app), IClassFixture<PostgresAnonymityApp>;
