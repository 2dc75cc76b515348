using System.Text.RegularExpressions;
using LearningLoop.EndToEnd.Tests.Infrastructure;
using Microsoft.Playwright;

namespace LearningLoop.EndToEnd.Tests;

/// <summary>The seeded demo, as a visitor meets it after `dotnet run`: the printed sign-ins work and the organisation
/// pages show Riverside General Hospital. Screenshots of each page land in artifacts/screenshots.</summary>
public sealed class DemoTourTests
{
    [Fact]
    public async Task The_demo_administrator_sees_the_hospital_and_a_staff_member_cannot_edit()
    {
        await using var app = await RunningApp.StartAsync(demo: true);
        Assert.Contains("admin@riverside.example", app.Output, StringComparison.Ordinal);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = app.Address.ToString(), ViewportSize = new ViewportSize { Width = 1280, Height = 860 } });

        await Chromium.SignInAsync(page, "admin@riverside.example");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Hello, Riverside Administrator");
        await Chromium.ScreenshotAsync(page, "home-administrator");
        await page.GetByRole(AriaRole.Link, new() { Name = "Organisation overview" }).First.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Riverside General Hospital");
        await Assertions.Expect(page.GetByText("Member of the Northern Learning Network.")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText(new Regex(@"active initiatives · \d+ PDSA cycles in 2025"))).ToBeVisibleAsync();
        await Chromium.ScreenshotAsync(page, "overview");

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Units" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=units] tbody tr")).ToHaveCountAsync(12);
        await Chromium.ScreenshotAsync(page, "units");

        await page.GetByRole(AriaRole.Link, new() { Name = "4 West" }).ClickAsync();
        await Assertions.Expect(page.GetByText("28 beds")).ToBeVisibleAsync();
        await Chromium.ScreenshotAsync(page, "unit-4-west");

        await page.GotoAsync("/people?q=riverside");
        await Assertions.Expect(page.GetByText(new Regex(@"^\d{3} people matching"))).ToBeVisibleAsync();
        await Chromium.ScreenshotAsync(page, "people");

        await page.GotoAsync("/people/import");
        var csv = "name,email,workgroup,level,units\nBad Row,not-an-email,astronaut,,Nowhere\n";
        await page.Locator("#file").SetInputFilesAsync(new FilePayload { Name = "people.csv", MimeType = "text/csv", Buffer = System.Text.Encoding.UTF8.GetBytes(csv) });
        await page.GetByRole(AriaRole.Button, new() { Name = "Check and import" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=import-errors]")).ToContainTextAsync("Nothing was imported");
        await Assertions.Expect(page.Locator("table")).ToContainTextAsync("not-an-email");
        await Chromium.ScreenshotAsync(page, "people-import-errors");

        await page.GotoAsync("/account/api-keys");
        await page.GetByLabel("Name").FillAsync("measures upload");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create key" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=new-api-key]")).ToContainTextAsync("ll_");
        await Chromium.ScreenshotAsync(page, "api-keys");

        // Staff read the organisation but the server refuses them its edit pages.
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Chromium.SignInAsync(page, "staff@riverside.example");
        await page.GotoAsync("/units");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Add unit" })).ToHaveCountAsync(0);
        var response = await page.GotoAsync("/units/new");
        Assert.Equal(403, response!.Status);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Not allowed");
    }
}
