using System.Text.RegularExpressions;
using LearningLoop.EndToEnd.Tests.Infrastructure;
using Microsoft.Playwright;

namespace LearningLoop.EndToEnd.Tests;

/// <summary>A fresh install, in a real browser: set up the first administrator, sign in, create a unit, see it listed.</summary>
public sealed class FoundationJourneyTests
{
    [Fact]
    public async Task First_administrator_sets_up_signs_in_and_creates_a_unit()
    {
        await using var app = await RunningApp.StartAsync(demo: false);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = app.Address.ToString(), ViewportSize = new ViewportSize { Width = 1280, Height = 800 } });

        // A fresh install leads every page to the one-time set-up.
        await page.GotoAsync("/");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/setup$"));
        await page.GetByLabel("Organisation").FillAsync("Harbour City Hospital");
        await page.GetByLabel("Your name").FillAsync("Ada Admin");
        await page.GetByLabel("E-mail").FillAsync("ada@harbour.example");
        await page.GetByLabel("Password").FillAsync("short");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create administrator" }).ClickAsync();
        await Assertions.Expect(page.Locator(".validation-message").First).ToContainTextAsync("at least 10 characters");
        await Chromium.ScreenshotAsync(page, "setup-error");

        await page.GetByLabel("Password").FillAsync("Harbour-admin-2025");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create administrator" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Hello, Ada Admin");

        // Set-up is gone once done.
        var setupAgain = await page.APIRequest.GetAsync("/setup");
        Assert.Equal(404, setupAgain.Status);

        // Sign out, then sign in again with the new account.
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/login"));
        await page.GetByLabel("E-mail").FillAsync("ada@harbour.example");
        await page.GetByLabel("Password").FillAsync("wrong-password-1A");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("do not match");
        await page.GetByLabel("Password").FillAsync("Harbour-admin-2025");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Hello, Ada Admin");

        // A unit needs a division.
        await page.GotoAsync("/divisions/new");
        await page.GetByLabel("Name").FillAsync("Medicine");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(page.Locator("table")).ToContainTextAsync("Medicine");

        await page.GotoAsync("/units");
        await page.GetByRole(AriaRole.Link, new() { Name = "Add unit" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save unit" }).ClickAsync();
        await Assertions.Expect(page.Locator(".validation-message").First).ToContainTextAsync("Name the unit.");
        await Chromium.ScreenshotAsync(page, "unit-form-errors");

        await page.GetByLabel("Name").FillAsync("7 North");
        await page.GetByLabel("Division").SelectOptionAsync(new SelectOptionValue { Label = "Medicine" });
        await page.GetByLabel("Beds").FillAsync("24");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save unit" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("7 North");

        await page.GotoAsync("/units");
        var row = page.Locator("[data-testid=units] tbody tr", new() { HasText = "7 North" });
        await Assertions.Expect(row).ToContainTextAsync("Medicine");
        await Assertions.Expect(row).ToContainTextAsync("24");
        await Chromium.ScreenshotAsync(page, "units-after-create");
    }
}
