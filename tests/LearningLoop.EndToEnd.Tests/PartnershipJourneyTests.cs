using System.Text.RegularExpressions;
using LearningLoop.EndToEnd.Tests.Infrastructure;
using Microsoft.Playwright;

namespace LearningLoop.EndToEnd.Tests;

/// <summary>Partnership in a real browser. The demo patient partner finds their next meetings, their profile and their
/// initiative, and is refused the registry, other partners, people's contact details and staff-only pages when typing
/// their URLs (every route is covered in PartnerReachTests; here the browser's view of the refusals). The lead and a
/// manager see the tokenism warnings and the alignment map with its divergent middle managers.</summary>
public sealed class PartnershipJourneyTests
{
    private const string FourWest = "Safer, smoother discharges on 4 West";
    private const string SixNorth = "Fewer falls on 6 North Cardiology";

    [Fact]
    public async Task A_patient_partner_sees_their_own_and_nothing_of_the_registry_and_managers_see_the_warnings_and_the_map()
    {
        await using var app = await RunningApp.StartAsync(demo: true);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);

        var partner = await SignedInAsync(browser, app.Address, "partner@riverside.example");
        await Assertions.Expect(partner.GetByTestId("my-initiatives")).ToContainTextAsync(FourWest);
        await Assertions.Expect(partner.GetByTestId("next-meetings")).ToContainTextAsync("Discharge team meeting");
        await Assertions.Expect(partner.Locator("nav.sidebar")).Not.ToContainTextAsync("Interview notes");
        await Chromium.ScreenshotAsync(partner, "partner-home");

        await partner.GetByRole(AriaRole.Link, new() { Name = "Your partner profile" }).First.ClickAsync();
        await Assertions.Expect(partner.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Your partner profile");
        await Assertions.Expect(partner.GetByTestId("partner-initiatives")).ToContainTextAsync(FourWest);
        await Assertions.Expect(partner.GetByTestId("partner-records")).ToContainTextAsync("Honorarium");
        await Chromium.ScreenshotAsync(partner, "partner-profile");

        await partner.GetByTestId("partner-initiatives").GetByRole(AriaRole.Link, new() { Name = FourWest }).ClickAsync();
        await Assertions.Expect(partner).ToHaveURLAsync(new Regex("/partnership$"), new() { Timeout = 30_000 });
        await Assertions.Expect(partner.GetByTestId("engaged-partners")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Assertions.Expect(partner.GetByTestId("tokenism-warnings")).ToHaveCountAsync(0);
        await Chromium.ScreenshotAsync(partner, "partner-initiative-partnership");

        var sixNorth = await IdOfAsync(partner, SixNorth);
        foreach (var (url, status) in new[]
                 {
                     ("/partners", 403), ("/partners/2", 404), ("/interviews", 403), ("/interventions", 403), ("/surveys", 403),
                     ("/people/new", 403), ("/measures/new", 403), ($"/initiatives/{sixNorth}/edit", 403), ("/api/v1/partners", 403),
                 })
        {
            var response = await partner.GotoAsync(url);
            Assert.True(status == response!.Status, $"{url}: {response.Status}");
        }
        await partner.GotoAsync("/people");
        await Assertions.Expect(partner.Locator("main")).Not.ToContainTextAsync("@riverside.example");

        var manager = await SignedInAsync(browser, app.Address, "manager@riverside.example");
        await manager.GotoAsync($"/initiatives/{sixNorth}/partnership");
        var warnings = manager.GetByTestId("tokenism-warnings");
        await Assertions.Expect(warnings).ToContainTextAsync("Joined after the plan");
        await Assertions.Expect(warnings).ToContainTextAsync("Attends under half the meetings");
        await Assertions.Expect(warnings).ToContainTextAsync("No decision co-made");
        await Assertions.Expect(manager.GetByTestId("misaligned")).ToContainTextAsync("Middle managers");
        await Assertions.Expect(manager.Locator("[data-testid=alignment-map] g.am-group.misaligned")).ToHaveAttributeAsync("data-group", "Middle managers");
        await Chromium.ScreenshotAsync(manager, "manager-partnership-warnings");
        await manager.GotoAsync("/partners");
        await Assertions.Expect(manager.GetByTestId("partner-registry").Locator("tbody tr")).ToHaveCountAsync(2);
        await manager.GotoAsync("/initiatives");
        await Assertions.Expect(manager.Locator("a.tag.warn", new() { HasText = "misaligned" })).ToHaveCountAsync(1);
        await Chromium.ScreenshotAsync(manager, "manager-portfolio-misaligned");

        var lead = await SignedInAsync(browser, app.Address, "lead@riverside.example");
        await lead.GotoAsync("/partners");
        await Assertions.Expect(lead.GetByTestId("partner-registry").Locator("tbody tr")).ToHaveCountAsync(20);
        await Chromium.ScreenshotAsync(lead, "lead-partner-registry");
        var emergency = await IdOfAsync(lead, "Antibiotics within the hour for sepsis in Emergency");
        await lead.GotoAsync($"/initiatives/{emergency}/partnership");
        await Assertions.Expect(lead.GetByTestId("onboarding")).ToContainTextAsync("Orientation training");
        await Assertions.Expect(lead.GetByTestId("suggestions")).ToBeVisibleAsync();
        await Chromium.ScreenshotAsync(lead, "lead-recruitment");
    }

    private static async Task<int> IdOfAsync(IPage page, string title)
    {
        await page.GotoAsync("/initiatives");
        var href = await page.GetByRole(AriaRole.Link, new() { Name = title }).First.GetAttributeAsync("href");
        return int.Parse(Regex.Match(href!, @"/initiatives/(\d+)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task<IPage> SignedInAsync(IBrowser browser, Uri address, string email)
    {
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = address.ToString(), ViewportSize = new ViewportSize { Width = 1280, Height = 860 } });
        await page.GotoAsync("/login");
        await page.GetByLabel("E-mail").FillAsync(email);
        await page.GetByLabel("Password").FillAsync("Demo-learning-2025");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(new Regex("^Hello, "));
        return page;
    }
}
