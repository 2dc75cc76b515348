using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using LearningLoop.Web.Features.Access;
using LearningLoop.Web.Tests.Infrastructure;
using LearningLoop.Web.Tests.Measures;
using LearningLoop.Web.Tests.Safety;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using static LearningLoop.Web.Tests.Initiatives.InitiativeTestData;

namespace LearningLoop.Web.Tests.Security;

/// <summary>The app with small per-client limits, whose test clients each come from their own address (the
/// <see cref="ClientHeader"/> header, read by a test-only start-up filter, stands for the TCP peer address).</summary>
public abstract class RateLimitApp(string provider) : LearningLoopApp(provider)
{
    public const string ClientHeader = "X-Test-Client-Address";
    public const int SignIns = 4, Answers = 3, Reports = 3;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("RateLimits:SignInPerMinute", SignIns.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("RateLimits:SurveyAnswersPerMinute", Answers.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("RateLimits:EventReportsPerMinute", Reports.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.ConfigureServices(s => s.AddSingleton<IStartupFilter, ClientAddress>());
    }

    public HttpClient Client(string address)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        client.DefaultRequestHeaders.Add(ClientHeader, address);
        return client;
    }

    private sealed class ClientAddress : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, following) =>
            {
                if (context.Request.Headers[ClientHeader].ToString() is { Length: > 0 } address) context.Connection.RemoteIpAddress = IPAddress.Parse(address);
                return following(context);
            });
            next(app);
        };
    }
}

public sealed class SqliteRateLimitApp() : RateLimitApp("Sqlite");

public sealed class PostgresRateLimitApp() : RateLimitApp("Postgres");

/// <summary>Issue 13 item 4: sign-in does not tell which e-mails exist (same message, same work), and sign-in, survey
/// answers and safety reports are limited per client, so that guessing is slow and nobody can lock a colleague out.</summary>
public abstract class RateLimitTests(RateLimitApp app)
{
    private static Task<HttpResponseMessage> SignInAsync(HttpClient client, string email, string password) =>
        BlazorForm.PostAsync(client, "/login", "login", [new("Input.Email", email), new("Input.Password", password)]);

    private static async Task<string> FailureOf(HttpClient client, string email, string password)
    {
        var response = await SignInAsync(client, email, password);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        // The whole message shown, not just a part of it: the same words for every kind of failure.
        var shown = System.Text.RegularExpressions.Regex.Match(page, "data-testid=\"sign-in-error\">([^<]*)</div>").Groups[1].Value;
        Assert.Equal(Login.FailedMessage, shown);
        return shown;
    }

    [Fact]
    public async Task Sign_in_says_the_same_for_an_unknown_e_mail_a_wrong_password_and_a_deactivated_account()
    {
        await FailureOf(app.Client("10.1.0.1"), "nobody-here@riverside.example", "Demo-learning-2025");
        await FailureOf(app.Client("10.1.0.2"), Staff, "not-the-password-1");
        var deactivated = "gone-signin@riverside.example";
        using (var scope = app.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Core.Access.AppUser>>();
            var org = app.WithSystemScope(db => db.Organisations.Single(o => o.Name == "Riverside General Hospital").Id);
            var user = new Core.Access.AppUser { UserName = deactivated, Email = deactivated, OrganisationId = org, DisplayName = "Gone", DeactivatedUtc = DateTime.UtcNow };
            Assert.True((await users.CreateAsync(user, BrowserSession.DemoPassword)).Succeeded);
        }
        // The right password of a deactivated account: still the same words, naming neither lock nor deactivation.
        await FailureOf(app.Client("10.1.0.3"), deactivated, BrowserSession.DemoPassword);
    }

    [Fact]
    public async Task Sign_in_takes_as_long_for_an_unknown_e_mail_as_for_a_wrong_password()
    {
        // One password hash (PBKDF2, Identity's cost) dominates a failed sign-in; without the decoy hash an unknown
        // e-mail answered several times faster. Medians of alternating attempts, each from its own client.
        var unknown = new List<double>();
        var known = new List<double>();
        for (var i = 0; i < 7; i++)
        {
            unknown.Add(await TimeAsync(app.Client($"10.2.{i}.1"), $"no-such-{i}@riverside.example"));
            known.Add(await TimeAsync(app.Client($"10.2.{i}.2"), Manager));
        }
        var ratio = Median(unknown) / Median(known);
        Assert.True(ratio is > 0.6 and < 1.7, $"unknown e-mail {Median(unknown):F1} ms, wrong password {Median(known):F1} ms (ratio {ratio:F2})");
    }

    private static async Task<double> TimeAsync(HttpClient client, string email)
    {
        _ = await client.GetStringAsync("/login");  // the form's GET is not timed
        var watch = Stopwatch.StartNew();
        await FailureOf(client, email, "Wrong-password-2025");
        return watch.Elapsed.TotalMilliseconds;
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

    [Fact]
    public async Task Guessing_from_one_client_gets_429_with_retry_after_and_never_locks_the_colleague_out()
    {
        // Three guessers, each to the limit, make more failures than Identity's lockout threshold (10).
        for (var guesser = 1; guesser <= 3; guesser++)
        {
            var client = app.Client($"10.3.0.{guesser}");
            for (var i = 0; i < RateLimitApp.SignIns; i++) await FailureOf(client, Lead, $"guess-{guesser}-{i}-password");
            var refused = await client.PostAsync("/login", new FormUrlEncodedContent([new("Input.Email", Lead), new("Input.Password", "one-more-guess")]));
            Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
            Assert.True(int.Parse(refused.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture) is > 0 and <= 60);
        }
        // The colleague, from their own machine, signs in with their password at once.
        var own = await SignInAsync(app.Client("10.3.1.1"), Lead, BrowserSession.DemoPassword);
        Assert.Equal(HttpStatusCode.Redirect, own.StatusCode);
    }

    [Fact]
    public async Task Survey_answers_past_the_per_client_limit_get_429_and_other_clients_still_answer()
    {
        var busy = app.Client("10.4.0.1");
        for (var i = 0; i < RateLimitApp.Answers; i++)
        {
            var response = await busy.PostAsync("/s", new FormUrlEncodedContent([new("_handler", "answers")]));
            Assert.NotEqual(HttpStatusCode.TooManyRequests, response.StatusCode);
        }
        var refused = await busy.PostAsync("/s", new FormUrlEncodedContent([new("_handler", "answers")]));
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.Contains("Retry-After"));
        Assert.Equal(HttpStatusCode.OK, (await busy.GetAsync("/s")).StatusCode);  // reading the page is not limited
        var other = await app.Client("10.4.0.2").PostAsync("/s", new FormUrlEncodedContent([new("_handler", "answers")]));
        Assert.NotEqual(HttpStatusCode.TooManyRequests, other.StatusCode);
    }

    [Fact]
    public async Task Safety_reports_past_the_per_person_limit_get_429_and_a_colleague_at_the_same_address_still_reports()
    {
        var staff = await app.ClientForAsync(Staff);
        for (var i = 0; i < RateLimitApp.Reports; i++) await SafetyTestData.ReportAsync(staff, SafetyTestData.Report(app, $"Rate limit report {i}", anonymous: i % 2 == 0));
        var refused = await staff.PostAsJsonAsync("/api/v1/safety/events", SafetyTestData.Report(app, "One too many", anonymous: false));
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.Contains("Retry-After"));
        Assert.Equal(0, app.WithSystemScope(db => db.SafetyEvents.Count(e => e.Description == "One too many")));
        await SafetyTestData.ReportAsync(await app.ClientForAsync(Manager), SafetyTestData.Report(app, "The manager reports", anonymous: false));
    }
}

public sealed class SqliteRateLimitTests(SqliteRateLimitApp app) : RateLimitTests(app), IClassFixture<SqliteRateLimitApp>;

public sealed class PostgresRateLimitTests(PostgresRateLimitApp app) : RateLimitTests(app), IClassFixture<PostgresRateLimitApp>;
