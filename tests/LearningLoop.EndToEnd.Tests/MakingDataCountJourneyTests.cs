using LearningLoop.EndToEnd.Tests.Infrastructure;
using Microsoft.Playwright;

namespace LearningLoop.EndToEnd.Tests;

/// <summary>An improvement lead switches a demo measure from the Anhøj (qicharts2) rules to Making Data Count (NHS), in a
/// real browser: the rule set is named beside the icons, and 5 West's hand hygiene, common cause by Anhøj's rules, turns
/// concerning by Making Data Count's (two points near the lower limit and a run below the mean). Screenshots land in
/// artifacts/screenshots.</summary>
public sealed class MakingDataCountJourneyTests
{
    [Fact]
    public async Task Switching_a_measure_to_Making_Data_Count_names_the_rule_set_and_changes_its_icons()
    {
        await using var app = await RunningApp.StartAsync(demo: true);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = app.Address.ToString(), ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/login");
        await page.GetByLabel("E-mail").FillAsync("lead@riverside.example");
        await page.GetByLabel("Password").FillAsync("Demo-learning-2025");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^Hello, "));

        // The 5 West dashboard: hand hygiene by the Anhøj rules, common cause, the rule set named beside the icons.
        await page.GotoAsync("/measures");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Unit dashboards" }).GetByRole(AriaRole.Link, new() { Name = "5 West", Exact = true }).ClickAsync();
        var card = page.Locator(".measure-card").Filter(new() { HasText = "Hand-hygiene compliance" });
        await Assertions.Expect(card.GetByTestId("rule-set")).ToHaveTextAsync("Anhøj (qicharts2)");
        await Assertions.Expect(card.Locator(".mdc-icon").First).ToHaveAttributeAsync("data-icon", "CommonCause");
        await Assertions.Expect(card.Locator(".mdc-icon").First).ToHaveAttributeAsync("aria-label", "Common cause variation: no significant change. (Anhøj (qicharts2) rules)");
        var dashboard = page.Url;

        // The measure's page, then its form: choose Making Data Count.
        await card.GetByRole(AriaRole.Link, new() { Name = "Hand-hygiene compliance" }).ClickAsync();
        await Assertions.Expect(page.Locator(".mdc-rules")).ToContainTextAsync("Anhøj (qicharts2)");
        await Assertions.Expect(page.GetByTestId("variation").Locator(".mdc-icon")).ToHaveAttributeAsync("data-icon", "CommonCause");
        await Chromium.ScreenshotAsync(page, "mdc-5-west-hygiene-anhoj");
        await page.GetByRole(AriaRole.Link, new() { Name = "Edit measure" }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("Rule set")).ToHaveValueAsync("Anhoj");
        await page.GetByLabel("Rule set").SelectOptionAsync(new SelectOptionValue { Label = "Making Data Count (NHS)" });
        await Chromium.ScreenshotAsync(page, "mdc-rule-set-form");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save measure" }).ClickAsync();

        // The same data by the NHS rules: a concerning signal, the rule that fired in words, dots coloured by type.
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Hand-hygiene compliance");
        await Assertions.Expect(page.Locator(".mdc-rules")).ToContainTextAsync("Making Data Count (NHS)");
        await Assertions.Expect(page.GetByTestId("variation").Locator(".mdc-icon")).ToHaveAttributeAsync("data-icon", "ConcerningLow");
        await Assertions.Expect(page.GetByTestId("variation")).ToContainTextAsync("concerning nature");
        await Assertions.Expect(page.GetByTestId("rules-explained")).ToContainTextAsync("Making Data Count (NHS) rules");
        await Assertions.Expect(page.GetByTestId("signals")).ToContainTextAsync("Concern:");
        await Assertions.Expect(page.GetByTestId("signals")).ToContainTextAsync("(Making Data Count: ");
        await Assertions.Expect(page.Locator("svg circle.concern").First).ToBeVisibleAsync();
        await Chromium.ScreenshotAsync(page, "mdc-5-west-hygiene-making-data-count");

        // Back on the dashboard the card's icon and rule set have changed with it.
        await page.GotoAsync(dashboard);
        await Assertions.Expect(card.GetByTestId("rule-set")).ToHaveTextAsync("Making Data Count (NHS)");
        await Assertions.Expect(card.Locator(".mdc-icon").First).ToHaveAttributeAsync("data-icon", "ConcerningLow");
        await Assertions.Expect(page.Locator(".measure-card").Filter(new() { HasText = "Falls per 1,000 bed days" }).GetByTestId("rule-set"))
            .ToHaveTextAsync("Anhøj (qicharts2)");
        await Chromium.ScreenshotAsync(page, "mdc-5-west-dashboard");
    }
}
