using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using LearningLoop.Web.Tests.Infrastructure;
using static LearningLoop.Web.Tests.Initiatives.InitiativeTestData;

namespace LearningLoop.Web.Tests.Security;

/// <summary>A page on another site cannot use a signed-in person's cookie to change anything through the API, nor sign
/// them out; scripts with an API key are not affected.</summary>
public abstract partial class CrossSiteRequestTests(LearningLoopApp app)
{
    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    [Fact]
    public async Task A_cookie_authenticated_api_write_needs_our_origin_or_an_antiforgery_token()
    {
        var browser = await app.SignInAsync(Admin);
        var name = "Cross-site " + app.Provider;

        Assert.Equal(HttpStatusCode.Forbidden, (await PostAsync(browser, name + " 1", ("Origin", "https://evil.example"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await PostAsync(browser, name + " 2")).StatusCode);
        Assert.False(app.WithSystemScope(db => db.Divisions.Any(d => d.Name.StartsWith(name))));

        Assert.Equal(HttpStatusCode.Created, (await PostAsync(browser, name + " 3", ("Origin", "http://localhost"))).StatusCode);
        var token = WebUtility.HtmlDecode(Token().Match(await browser.GetStringAsync("/divisions/new")).Groups[1].Value);
        Assert.Equal(HttpStatusCode.Created, (await PostAsync(browser, name + " 4", ("X-CSRF-TOKEN", token))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await PostAsync(browser, name + " 5", ("X-CSRF-TOKEN", "forged"))).StatusCode);

        var script = await app.ClientForAsync(Admin);
        Assert.Equal(HttpStatusCode.Created, (await PostAsync(script, name + " 6")).StatusCode);
    }

    [Fact]
    public async Task Signing_out_needs_the_antiforgery_token()
    {
        var browser = await app.SignInAsync(Staff);
        var forged = await browser.PostAsync("/logout", new FormUrlEncodedContent([]));
        Assert.NotEqual(HttpStatusCode.Redirect, forged.StatusCode);
        Assert.True(await browser.IsSignedInAsync());
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string name, params (string Header, string Value)[] headers)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/divisions") { Content = JsonContent.Create(new { name }) };
        foreach (var (header, value) in headers) request.Headers.TryAddWithoutValidation(header, value);
        return client.SendAsync(request);
    }
}

public sealed class SqliteCrossSiteRequestTests(SqliteApp app) : CrossSiteRequestTests(app), IClassFixture<SqliteApp>;

public sealed class PostgresCrossSiteRequestTests(PostgresApp app) : CrossSiteRequestTests(app), IClassFixture<PostgresApp>;
