using LearningLoop.EndToEnd.Tests.Infrastructure;
using Microsoft.Playwright;

namespace LearningLoop.EndToEnd.Tests;

/// <summary>A safety event from a phone to its closing, in a real browser on the seeded demo: a nurse reports a near miss
/// anonymously and keeps the receipt code; a manager finds it in triage (with no name on it) and closes it with what was
/// learned; the nurse follows it with the code. Then the rates on 4 West's page, the culture results and the funnels.
/// Screenshots as staff, manager and improvement lead land in artifacts/screenshots.</summary>
public sealed class SafetyJourneyTests
{
    private static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };
    private static readonly ViewportSize Laptop = new() { Width = 1280, Height = 900 };

    [Fact]
    public async Task An_anonymous_report_is_triaged_by_a_manager_and_followed_with_its_receipt_code()
    {
        await using var app = await RunningApp.StartAsync(demo: true);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);

        var nurse = await NewPageAsync(browser, app, Phone);
        await Chromium.SignInAsync(nurse, "staff@riverside.example");
        await nurse.GotoAsync("/safety");
        await nurse.GetByRole(AriaRole.Button, new() { Name = "Send report" }).ClickAsync();
        await Assertions.Expect(nurse.Locator(".validation-message").First).ToBeVisibleAsync();
        await nurse.GetByLabel("Where (unit)").SelectOptionAsync(new SelectOptionValue { Label = "4 West" });
        await nurse.GetByLabel("When (day)").FillAsync(DateTime.UtcNow.AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await nurse.GetByLabel("Type of event").SelectOptionAsync(new SelectOptionValue { Label = "Fall" });
        await nurse.GetByLabel("What happened").FillAsync("Bed alarm was off; patient found sitting on the edge of the bed at night, caught before standing.");
        await nurse.GetByLabel("Near miss: it did not reach the patient").CheckAsync();
        await nurse.GetByLabel("Equipment").CheckAsync();
        await nurse.GetByLabel("Report anonymously").CheckAsync();
        await Chromium.ScreenshotAsync(nurse, "safety-report-phone-staff");
        await nurse.GetByRole(AriaRole.Button, new() { Name = "Send report" }).ClickAsync();
        var code = (await nurse.GetByTestId("receipt-code").InnerTextAsync()).Trim();
        Assert.Matches("^[0-9A-Z]{5}(-[0-9A-Z]{5}){3}$", code);
        await Chromium.ScreenshotAsync(nurse, "safety-receipt-phone-staff");

        var manager = await NewPageAsync(browser, app, Laptop);
        await Chromium.SignInAsync(manager, "manager@riverside.example");
        await manager.GotoAsync("/safety/events");
        var row = manager.Locator("[data-testid=triage-list] tbody tr").Filter(new() { HasText = "Fall" }).First;
        await Assertions.Expect(row).ToContainTextAsync("Anonymous");
        await Chromium.ScreenshotAsync(manager, "safety-triage-list-manager");
        await row.GetByRole(AriaRole.Link, new() { Name = "Open" }).ClickAsync();
        await Assertions.Expect(manager.GetByText("Bed alarm was off")).ToBeVisibleAsync();
        await manager.GetByLabel("Status").SelectOptionAsync("Closed");
        await manager.GetByRole(AriaRole.Button, new() { Name = "Save triage" }).ClickAsync();
        await Assertions.Expect(manager.Locator(".validation-message")).ToContainTextAsync("before closing");
        await manager.GetByLabel("What to tell the reporter").FillAsync("Bed alarms are now checked at every handover; thank you for reporting.");
        await manager.GetByLabel("Lesson learned").SelectOptionAsync(new SelectOptionValue { Label = "Weekend huddles need their own owner" });
        await manager.GetByRole(AriaRole.Button, new() { Name = "Save triage" }).ClickAsync();
        await Assertions.Expect(manager.GetByRole(AriaRole.Status)).ToContainTextAsync("Saved");
        await Chromium.ScreenshotAsync(manager, "safety-triage-manager");

        await nurse.GotoAsync("/safety/receipt");
        await nurse.GetByLabel("Receipt code").FillAsync(code.ToLowerInvariant());
        await nurse.GetByRole(AriaRole.Button, new() { Name = "Find my report" }).ClickAsync();
        await Assertions.Expect(nurse.GetByTestId("receipt-state")).ToHaveTextAsync("Closed");
        await Assertions.Expect(nurse.GetByTestId("receipt-feedback")).ToContainTextAsync("checked at every handover");
        await Chromium.ScreenshotAsync(nurse, "safety-follow-phone-staff");

        // The unit page shows the rate u-charts and the period table.
        await manager.GotoAsync("/units");
        await manager.GetByRole(AriaRole.Link, new() { Name = "4 West", Exact = true }).ClickAsync();
        await Assertions.Expect(manager.GetByTestId("period-table")).ToContainTextAsync("Event reports");
        await Assertions.Expect(manager.Locator(".rate-chart[data-rate=Reporting] [data-testid=spc-chart] svg")).ToBeVisibleAsync();
        await Chromium.ScreenshotAsync(manager, "safety-unit-rates-manager");

        var lead = await NewPageAsync(browser, app, Laptop);
        await Chromium.SignInAsync(lead, "lead@riverside.example");
        await lead.GotoAsync("/safety/rates");
        await Assertions.Expect(lead.GetByTestId("period-table")).ToBeVisibleAsync();
        await Chromium.ScreenshotAsync(lead, "safety-rates-lead");
        await lead.GotoAsync("/safety/benchmark");
        await Assertions.Expect(lead.GetByTestId("network-funnel")).ToContainTextAsync("Hillcrest Regional Hospital");
        await Chromium.ScreenshotAsync(lead, "safety-benchmark-lead");
        await lead.GotoAsync("/surveys");
        await lead.GetByRole(AriaRole.Link, new() { Name = "Patient safety culture, Mar 2025" }).ClickAsync();
        await lead.GetByRole(AriaRole.Link, new() { Name = "Percent positive" }).ClickAsync();
        await Assertions.Expect(lead.Locator("[data-composite=communication-about-error]")).ToContainTextAsync("%");
        await Assertions.Expect(lead.GetByTestId("by-workgroup")).ToContainTextAsync("fewer than 5");
        await Chromium.ScreenshotAsync(lead, "safety-culture-lead");
        await lead.GotoAsync("/safety/patient-days");
        await Chromium.ScreenshotAsync(lead, "safety-patient-days-lead");
    }

    private static Task<IPage> NewPageAsync(IBrowser browser, RunningApp app, ViewportSize size) =>
        browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = app.Address.ToString(), ViewportSize = size });
}
