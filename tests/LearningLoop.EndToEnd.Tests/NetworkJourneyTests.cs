using System.Text.RegularExpressions;
using LearningLoop.EndToEnd.Tests.Infrastructure;
using Microsoft.Playwright;

namespace LearningLoop.EndToEnd.Tests;

/// <summary>The learning network in a real browser on the seeded demo: the coordinator (Riverside's improvement lead)
/// reads the members on shared measures and capability profiles and rates the maturity grid; Riverside's administrator
/// stops sharing readmissions and the coordinator's funnel loses Riverside; the administrator cannot open the network
/// view. Screenshots land in artifacts/screenshots.</summary>
public sealed partial class NetworkJourneyTests
{
    [Fact]
    public async Task A_coordinator_compares_what_members_share_and_rates_the_maturity_grid()
    {
        await using var app = await RunningApp.StartAsync(demo: true);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var lead = await NewPageAsync(browser, app);
        await Chromium.SignInAsync(lead, "lead@riverside.example");
        await lead.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Learning network" }).ClickAsync();
        await Assertions.Expect(lead.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Northern Learning Network");
        var falls = lead.Locator("[data-testid=network-measure][data-measure='Inpatient falls']");
        await Assertions.Expect(falls.Locator("[data-testid=funnel-table] tbody tr")).ToHaveCountAsync(2);
        await Assertions.Expect(falls.GetByTestId("not-shared")).ToContainTextAsync("Riverside General Hospital");
        var readmissions = lead.Locator("[data-testid=network-measure][data-measure='30-day readmissions']");
        await Assertions.Expect(readmissions.Locator("[data-testid=funnel-table] tbody tr")).ToHaveCountAsync(3);
        await Assertions.Expect(lead.Locator("[data-testid=capability-profiles] th[data-shared=false]")).ToContainTextAsync("Hillcrest");
        await Chromium.ScreenshotAsync(lead, "network-coordinator-lead");

        await lead.GetByRole(AriaRole.Link, new() { Name = "Maturity grid" }).ClickAsync();
        await Assertions.Expect(lead.Locator("[data-testid=maturity-grid] tr[data-domain=research]")).ToHaveAttributeAsync("data-level", "1");
        await lead.GetByLabel("Domain").SelectOptionAsync(new SelectOptionValue { Label = "Research" });
        await lead.GetByLabel("Level").SelectOptionAsync(new SelectOptionValue { Label = "2 · Developing" });
        await lead.GetByLabel("Evidence").FillAsync("Two studies drafted on the network's readmission data.");
        await lead.GetByRole(AriaRole.Button, new() { Name = "Save the rating" }).ClickAsync();
        await Assertions.Expect(lead.Locator("[data-testid=maturity-grid] tr[data-domain=research]")).ToHaveAttributeAsync("data-level", "2");
        await Assertions.Expect(lead.Locator("[data-testid=maturity-grid] tr[data-domain=research]")).ToContainTextAsync("Two studies drafted");
        await Chromium.ScreenshotAsync(lead, "network-maturity-lead");

        var admin = await NewPageAsync(browser, app);
        await Chromium.SignInAsync(admin, "admin@riverside.example");
        Assert.Equal(403, (await admin.GotoAsync("/network"))!.Status);
        await admin.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Network sharing" }).ClickAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("What we share with Northern Learning Network");
        await Chromium.ScreenshotAsync(admin, "network-sharing-admin");
        var row = admin.Locator("[data-testid=sharing] tr[data-measure='30-day readmissions']");
        await row.GetByRole(AriaRole.Combobox).SelectOptionAsync(new SelectOptionValue { Label = "Not shared" });
        await row.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(admin.Locator("[data-testid=sharing] tr[data-measure='30-day readmissions'] select")).ToHaveValueAsync("");

        await lead.GotoAsync("/network");
        await Assertions.Expect(readmissions.Locator("[data-testid=funnel-table] tbody tr")).ToHaveCountAsync(2);
        await Assertions.Expect(readmissions.GetByTestId("not-shared")).ToContainTextAsync("Riverside General Hospital");

        var manager = await NewPageAsync(browser, app);
        await Chromium.SignInAsync(manager, "manager@riverside.example");
        Assert.Equal(403, (await manager.GotoAsync("/network/maturity"))!.Status);
        Assert.Equal(403, (await manager.GotoAsync("/network/sharing"))!.Status);
    }

    private static Task<IPage> NewPageAsync(IBrowser browser, RunningApp app) =>
        browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = app.Address.ToString(), ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
}
