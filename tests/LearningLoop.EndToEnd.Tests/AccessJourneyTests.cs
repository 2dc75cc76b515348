using System.Text.RegularExpressions;
using LearningLoop.EndToEnd.Tests.Infrastructure;
using Microsoft.Playwright;

namespace LearningLoop.EndToEnd.Tests;

/// <summary>Who sees what, in a real browser: the administrator invites a member of 4 West's team from their person page,
/// the person chooses a password from the link, signs in and lands on a home that shows their initiative; when the
/// administrator deactivates the account, the person's open session is refused on its very next request.</summary>
public sealed class AccessJourneyTests
{
    private const string FourWest = "Safer, smoother discharges on 4 West";
    private const string Password = "Night-shift-2026";

    [Fact]
    public async Task An_invited_team_member_signs_in_to_their_home_and_is_signed_out_at_once_when_deactivated()
    {
        await using var app = await RunningApp.StartAsync(demo: true);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var admin = await NewPageAsync(browser, app.Address);
        await SignInAsync(admin, "admin@riverside.example", "Demo-learning-2025");

        // From the initiative's team to a nurse's person page.
        await admin.GotoAsync("/initiatives");
        await admin.GetByRole(AriaRole.Link, new() { Name = FourWest }).ClickAsync();
        await admin.GotoAsync(admin.Url.TrimEnd('/') + "/team");
        var nurseRow = admin.Locator("[data-testid=team] tbody tr").Filter(new() { HasText = "Nurses" }).First;
        var nurse = (await nurseRow.Locator("a").First.TextContentAsync())!.Trim();
        await nurseRow.Locator("a").First.ClickAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(nurse);
        await Chromium.ScreenshotAsync(admin, "person-no-account");

        // Invite: the link is shown for an organisation without e-mail.
        await admin.GetByLabel("Manager").UncheckAsync();
        await admin.GetByLabel("Staff").CheckAsync();
        await admin.GetByRole(AriaRole.Button, new() { Name = "Invite to sign in" }).ClickAsync();
        var link = (await admin.GetByTestId("invitation-link").TextContentAsync())!.Trim();
        await Assertions.Expect(admin.GetByTestId("account-status")).ToHaveTextAsync("Invited, no password yet");
        await Chromium.ScreenshotAsync(admin, "person-invited");
        var email = (await admin.Locator("dl.facts dd a[href^=mailto]").TextContentAsync())!.Trim();

        // The person follows the link (its secret is in the fragment), chooses a password and signs in.
        var person = await NewPageAsync(browser, app.Address);
        await person.GotoAsync("/account/set-password" + link[link.IndexOf('#', StringComparison.Ordinal)..]);
        await Assertions.Expect(person).ToHaveURLAsync(new Regex("/account/set-password$"));
        await person.GetByLabel("New password").FillAsync(Password);
        await person.GetByLabel("Type it again").FillAsync(Password);
        await Chromium.ScreenshotAsync(person, "set-password");
        await person.GetByRole(AriaRole.Button, new() { Name = "Set password" }).ClickAsync();
        await Assertions.Expect(person.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Your password is set");
        await person.GetByRole(AriaRole.Link, new() { Name = "Sign in" }).ClickAsync();
        await SignInAsync(person, email, Password);
        await Assertions.Expect(person.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"Hello, {nurse}");
        await Assertions.Expect(person.GetByTestId("my-initiatives")).ToContainTextAsync(FourWest);
        await Chromium.ScreenshotAsync(person, "home-staff");

        // The administrator deactivates the account; the person's next request is refused.
        await admin.ReloadAsync();
        await Assertions.Expect(admin.GetByTestId("account-status")).ToHaveTextAsync("Active");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Deactivate" }).ClickAsync();
        await Assertions.Expect(admin.GetByTestId("account-status")).ToHaveTextAsync("Deactivated");
        await Assertions.Expect(admin.GetByTestId("account-history")).ToContainTextAsync("Deactivated");
        await Chromium.ScreenshotAsync(admin, "person-deactivated");

        await person.GotoAsync("/initiatives");
        await Assertions.Expect(person).ToHaveURLAsync(new Regex("/login"));
    }

    private static Task<IPage> NewPageAsync(IBrowser browser, Uri address) =>
        browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = address.ToString(), ViewportSize = new ViewportSize { Width = 1280, Height = 860 } });

    private static async Task SignInAsync(IPage page, string email, string password)
    {
        if (!page.Url.Contains("/login", StringComparison.Ordinal)) await page.GotoAsync("/login");
        await page.GetByLabel("E-mail").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(new Regex("^Hello, "));
    }
}
