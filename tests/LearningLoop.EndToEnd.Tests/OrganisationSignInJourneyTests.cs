using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using LearningLoop.EndToEnd.Tests.Infrastructure;
using LearningLoop.EndToEnd.Tests.Infrastructure.IdentityProvider;
using Microsoft.Playwright;

namespace LearningLoop.EndToEnd.Tests;

/// <summary>Organisation sign-in against a real OpenID Connect provider on loopback (OpenIddict, started in this
/// process): the app runs as it would in a hospital, configured only through its settings, and the browser goes to the
/// provider's page and back. The provider, not the app, is asked whether PKCE was used.</summary>
public sealed class OrganisationSignInJourneyTests
{
    // The demo's hospital is the first organisation of a fresh database.
    private const int Riverside = 1;
    private static readonly string RiversideId = Riverside.ToString(System.Globalization.CultureInfo.InvariantCulture);
    private const string ImprovementTeamGroup = "riverside-improvement-team";

    private static readonly ProviderAccount Staff =
        new("p-100", "staff@riverside.example", "Staff at the provider", "provider-pass-1", ["riverside-staff"]);
    private static readonly ProviderAccount Manager =
        new("p-200", "manager@riverside.example", "Manager at the provider", "provider-pass-2", ["riverside-staff", ImprovementTeamGroup]);
    private static readonly ProviderAccount Stranger =
        new("p-300", "new.starter@riverside.example", "Nadia Newstarter", "provider-pass-3", ["riverside-staff"]);
    private static readonly ProviderAccount[] Accounts = [Staff, Manager, Stranger];

    [Fact]
    public async Task People_sign_in_through_their_provider_with_PKCE_and_strangers_spoiled_tokens_and_deactivated_accounts_are_refused()
    {
        await using var provider = await LoopbackIdentityProvider.StartAsync(Accounts);
        await using var app = await StartAppAsync(provider, new Dictionary<string, string>
        {
            ["Authentication__OpenIdConnect__RoleMappings__0__OrganisationId"] = RiversideId,
            ["Authentication__OpenIdConnect__RoleMappings__0__Value"] = ImprovementTeamGroup,
            ["Authentication__OpenIdConnect__RoleMappings__0__Role"] = "ImprovementLead",
        });
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);

        // The provider refuses an authorisation request without a PKCE challenge, so no client can skip it.
        using (var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }))
        {
            var query = $"?client_id={LoopbackIdentityProvider.ClientId}" +
                        $"&redirect_uri={Uri.EscapeDataString(provider.RedirectUri!.AbsoluteUri)}" +
                        "&response_type=code&scope=openid%20email&nonce=n&state=s";
            var refused = await http.GetAsync(new Uri(provider.Authority, "connect/authorize" + query));
            // OpenIddict answers such a request itself (400), before handing anything back to the client.
            var answer = await refused.Content.ReadAsStringAsync() + Uri.UnescapeDataString(refused.Headers.Location?.Query ?? "");
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Contains("invalid_request", answer, StringComparison.Ordinal);
            Assert.Contains("code_challenge", answer, StringComparison.Ordinal);
        }

        // A person with an account signs in at the provider and lands on their home.
        var page = await NewPageAsync(browser, app.Address);
        await SignInThroughProviderAsync(page, Staff, screenshots: true);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(new Regex("^Hello, "));
        Assert.Equal(Staff.Email, (await MeAsync(page)).GetProperty("email").GetString());
        await Chromium.ScreenshotAsync(page, "oidc-home");

        // PKCE, checked at the provider: the code was asked for with an S256 challenge and exchanged with its verifier.
        var exchange = Assert.Single(provider.Exchanges);
        Assert.Equal((LoopbackIdentityProvider.ClientId, "S256", true, Staff.Subject),
            (exchange.ClientId, exchange.CodeChallengeMethod, exchange.CodeVerifierSent, exchange.Subject));

        // Signing out of LearningLoop ends the local session.
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/login"));
        await page.GotoAsync("/initiatives");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/login"));

        // A person the provider knows but LearningLoop does not is refused with a plain explanation.
        await SignInThroughProviderAsync(page, Stranger);
        await Assertions.Expect(page.GetByTestId("sign-in-error")).ToContainTextAsync("no LearningLoop account has your e-mail address");
        await Chromium.ScreenshotAsync(page, "oidc-refused-no-account");

        // Spoiled ID tokens are refused: one changed after signing, one signed but expired.
        // The app's log names the reason (the IdentityModel validator's message), for an administrator to diagnose.
        var spoiled = new[]
        {
            (IdentityTokenFault.Tampered, "Signature validation failed"), (IdentityTokenFault.Expired, "Lifetime validation failed"),
        };
        foreach (var (fault, logged) in spoiled)
        {
            provider.SpoilNextIdentityToken(fault);
            await SignInThroughProviderAsync(page, Staff);
            var error = page.GetByTestId("sign-in-error");
            await Assertions.Expect(error).ToContainTextAsync("could not be verified", new() { Timeout = 10_000 });
            Assert.Contains(logged, app.Output, StringComparison.Ordinal);
            await page.GotoAsync("/initiatives");
            await Assertions.Expect(page).ToHaveURLAsync(new Regex("/login"));
        }
        Assert.Equal(4, provider.Exchanges.Count);
        Assert.All(provider.Exchanges, e => Assert.True(e.CodeChallengeMethod == "S256" && e.CodeVerifierSent));

        // Roles from the provider: the manager is in the improvement team's group, mapped to Improvement lead.
        var manager = await NewPageAsync(browser, app.Address);
        await SignInThroughProviderAsync(manager, Manager);
        await Assertions.Expect(manager.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(new Regex("^Hello, "));
        var me = await MeAsync(manager);
        Assert.Equal(Riverside, me.GetProperty("organisationId").GetInt32());
        Assert.Equal("ImprovementLead", string.Join(", ", me.GetProperty("roles").EnumerateArray().Select(r => r.GetString())));

        // ...and the change is in the account's history, made by the identity provider.
        var admin = await NewPageAsync(browser, app.Address);
        await admin.GotoAsync("/login");
        await admin.GetByLabel("E-mail").FillAsync("admin@riverside.example");
        await admin.GetByLabel("Password").FillAsync("Demo-learning-2025");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(new Regex("^Hello, "));
        await admin.GotoAsync($"/people/{await PersonIdAsync(admin, me.GetProperty("displayName").GetString()!)}");
        var history = admin.GetByTestId("account-history");
        await Assertions.Expect(history).ToContainTextAsync("Roles changed from Manager to ImprovementLead");
        await Assertions.Expect(history).ToContainTextAsync("the identity provider");
        await Chromium.ScreenshotAsync(admin, "oidc-roles-history");

        // Signing in again with the same groups changes nothing more.
        await manager.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await SignInThroughProviderAsync(manager, Manager);
        await Assertions.Expect(manager.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(new Regex("^Hello, "));
        await admin.ReloadAsync();
        Assert.Equal(1, await admin.GetByTestId("account-history").Locator("tr", new() { HasText = "Roles changed" }).CountAsync());

        // A deactivated account is refused through the provider too, whatever the provider says.
        await admin.GetByRole(AriaRole.Button, new() { Name = "Deactivate" }).ClickAsync();
        await Assertions.Expect(admin.GetByTestId("account-status")).ToHaveTextAsync("Deactivated");
        await SignInThroughProviderAsync(manager, Manager);
        await Assertions.Expect(manager.GetByTestId("sign-in-error")).ToContainTextAsync("Your LearningLoop account is deactivated");
        await Chromium.ScreenshotAsync(manager, "oidc-refused-deactivated");
    }

    [Fact]
    public async Task A_newcomer_gets_a_Staff_account_where_the_organisation_provisions_from_its_provider()
    {
        await using var provider = await LoopbackIdentityProvider.StartAsync(Accounts);
        await using var app = await StartAppAsync(provider, new Dictionary<string, string>
        {
            ["Authentication__OpenIdConnect__AutoProvisionOrganisationId"] = RiversideId,
        });
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var page = await NewPageAsync(browser, app.Address);

        await SignInThroughProviderAsync(page, Stranger);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Hello, {Stranger.Name}");
        var me = await MeAsync(page);
        Assert.Equal((Stranger.Email, Riverside), (me.GetProperty("email").GetString(), me.GetProperty("organisationId").GetInt32()));
        Assert.Equal("Staff", string.Join(", ", me.GetProperty("roles").EnumerateArray().Select(r => r.GetString())));
        Assert.Single(provider.Exchanges);
    }

    /// <summary>The provider starts first; the app's address is chosen before it starts so the provider can register
    /// its callback (<c>/signin-oidc</c>), as an administrator registers the app at Entra ID or Keycloak.</summary>
    private static async Task<RunningApp> StartAppAsync(LoopbackIdentityProvider provider, Dictionary<string, string> extra)
    {
        var port = RunningApp.FreePort();
        provider.RedirectUri = new Uri($"http://127.0.0.1:{port}/signin-oidc");
        var settings = new Dictionary<string, string>(extra)
        {
            ["Authentication__OpenIdConnect__Authority"] = provider.Authority.AbsoluteUri,
            ["Authentication__OpenIdConnect__ClientId"] = LoopbackIdentityProvider.ClientId,
            ["Authentication__OpenIdConnect__ClientSecret"] = LoopbackIdentityProvider.ClientSecret,
            ["Authentication__OpenIdConnect__DisplayName"] = "Sign in with Riverside ID",
            ["Authentication__OpenIdConnect__RequireHttpsMetadata"] = "false",
            ["Authentication__OpenIdConnect__RoleClaim"] = LoopbackIdentityProvider.GroupsClaim,
        };
        return await RunningApp.StartAsync(demo: true, settings, port);
    }

    private static async Task SignInThroughProviderAsync(IPage page, ProviderAccount account, bool screenshots = false)
    {
        await page.GotoAsync("/login");
        if (screenshots) await Chromium.ScreenshotAsync(page, "oidc-login");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in with Riverside ID" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Loopback identity provider" })).ToBeVisibleAsync();
        await page.GetByLabel("Work e-mail").FillAsync(account.Email);
        await page.GetByLabel("Provider password").FillAsync(account.Password);
        if (screenshots) await Chromium.ScreenshotAsync(page, "oidc-provider");
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await page.WaitForURLAsync(url =>
            !url.Contains("/connect/", StringComparison.Ordinal) && !url.Contains("/signin-oidc", StringComparison.Ordinal));
    }

    private static async Task<JsonElement> MeAsync(IPage page)
    {
        var response = await page.APIRequest.GetAsync("/api/v1/me");
        Assert.Equal(200, response.Status);
        return (await response.JsonAsync())!.Value;
    }

    /// <summary>The demo's manager account belongs to a person of 4 West, whose own e-mail differs: find them by name.</summary>
    private static async Task<int> PersonIdAsync(IPage admin, string name)
    {
        var response = await admin.APIRequest.GetAsync("/api/v1/people?q=" + Uri.EscapeDataString(name));
        var json = (await response.JsonAsync())!.Value;
        var items = json.ValueKind == JsonValueKind.Array ? json : json.GetProperty("items");
        return items.EnumerateArray().First(p => p.GetProperty("name").GetString() == name).GetProperty("id").GetInt32();
    }

    private static Task<IPage> NewPageAsync(IBrowser browser, Uri address) =>
        browser.NewPageAsync(new BrowserNewPageOptions
        {
            BaseURL = address.ToString(), ViewportSize = new ViewportSize { Width = 1280, Height = 860 },
        });
}
