using System.Net;
using System.Text.RegularExpressions;
using LearningLoop.Web.Tests.Infrastructure;
using LearningLoop.Web.Tests.Initiatives;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace LearningLoop.Web.Tests.Security;

/// <summary>The app behind a TLS-terminating proxy that is trusted (<c>Security:ForwardedHeaders</c>).</summary>
public sealed class ProxiedApp() : LearningLoopApp("Sqlite")
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Security:ForwardedHeaders", "true");
    }
}

/// <summary>The promise: every response (page, API, file, error, static asset) carries a Content-Security-Policy that
/// allows no inline script and no framing by other sites, <c>X-Content-Type-Options: nosniff</c> and a
/// Referrer-Policy; no page carries an inline script or event handler (which the policy would silently block); over
/// HTTPS, as the proxy reports it, HSTS is sent and cookies are Secure.</summary>
public sealed partial class SecurityHeadersTests(ProxiedApp app) : IClassFixture<ProxiedApp>
{
    [GeneratedRegex(@"<script(?![^>]*\ssrc=)[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();

    [GeneratedRegex(@"\son[a-z]+\s*=\s*[""']", RegexOptions.IgnoreCase)]
    private static partial Regex EventHandler();

    private static void AssertHeaders(HttpResponseMessage response)
    {
        var what = $"{response.RequestMessage?.RequestUri} ({(int)response.StatusCode})";
        Assert.True(response.Headers.TryGetValues("Content-Security-Policy", out var csp), $"{what} has no CSP");
        var policy = string.Join(";", csp!);
        var directives = policy.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .ToDictionary(d => d.Split(' ')[0], d => d, StringComparer.Ordinal);
        Assert.Equal("script-src 'self'", directives["script-src"]);
        Assert.Equal("frame-ancestors 'self'", directives["frame-ancestors"]);
        Assert.Equal("object-src 'none'", directives["object-src"]);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("same-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
    }

    [Fact]
    public async Task Every_kind_of_response_carries_the_security_headers()
    {
        var anonymous = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var admin = await app.ClientForAsync(InitiativeTestData.Admin);
        var measure = app.MeasureId("Length of stay", "4 West");
        foreach (var (client, path) in new[]
                 {
                     (anonymous, "/login"), (anonymous, "/"), (anonymous, "/app.css"), (anonymous, "/health"), (anonymous, "/s"), (anonymous, "/api/v1/units"),
                     (admin, "/"), (admin, "/api/v1/units"), (admin, "/api/v1/units/999999"), (admin, $"/api/v1/measures/{measure}/chart.csv"),
                     (admin, $"/measures/{measure}"), (admin, "/no-such-page"),
                 })
        {
            AssertHeaders(await client.GetAsync(path));
        }
    }

    [Fact]
    public async Task No_page_has_an_inline_script_or_event_handler()
    {
        var admin = await app.ClientForAsync(InitiativeTestData.Admin);
        var anonymous = app.CreateClient();
        var measure = app.MeasureId("Length of stay", "4 West");
        var initiative = app.InitiativeId(InitiativeTestData.FourWest);
        foreach (var (client, path) in new[]
                 {
                     (anonymous, "/login"), (anonymous, "/s"), (admin, "/"), (admin, $"/measures/{measure}"), (admin, $"/measures/{measure}/edit"),
                     (admin, $"/measures/{measure}/data"), (admin, $"/initiatives/{initiative}/report"), (admin, "/people/import"), (admin, "/units"),
                 })
        {
            var html = await client.GetStringAsync(path);
            Assert.False(InlineScript().IsMatch(html), $"{path}: {InlineScript().Match(html).Value}");
            Assert.False(EventHandler().IsMatch(html), $"{path}: {EventHandler().Match(html).Value}");
        }
    }

    [Fact]
    public async Task Over_https_through_the_trusted_proxy_hsts_is_sent_and_cookies_are_secure()
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false, BaseAddress = new Uri("http://learningloop.example") });
        var plain = await client.GetAsync("/login");
        Assert.False(plain.Headers.Contains("Strict-Transport-Security"), "HSTS over plain HTTP");
        Assert.DoesNotContain("secure", string.Join("\n", plain.Headers.GetValues("Set-Cookie")), StringComparison.OrdinalIgnoreCase);

        using var request = new HttpRequestMessage(HttpMethod.Get, "/login");
        request.Headers.Add("X-Forwarded-Proto", "https");
        var secure = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, secure.StatusCode);
        Assert.Contains("max-age=", Assert.Single(secure.Headers.GetValues("Strict-Transport-Security")), StringComparison.Ordinal);
        var cookies = secure.Headers.TryGetValues("Set-Cookie", out var set) ? set.ToList() : [];
        Assert.NotEmpty(cookies);
        Assert.All(cookies, c => Assert.Contains("secure", c, StringComparison.OrdinalIgnoreCase));
    }
}
