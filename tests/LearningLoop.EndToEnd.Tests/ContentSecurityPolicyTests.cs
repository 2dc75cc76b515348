using System.Text.RegularExpressions;
using LearningLoop.EndToEnd.Tests.Infrastructure;
using Microsoft.Playwright;

namespace LearningLoop.EndToEnd.Tests;

/// <summary>The Content-Security-Policy breaks things silently: a blocked script only shows in the browser console.
/// This walk through the pages that use script (the chart's PNG download, a confirmed delete, an anonymous survey
/// link) fails on any CSP violation the browser reports, and checks that each script still does its job.</summary>
public sealed class ContentSecurityPolicyTests
{
    [Fact]
    public async Task The_pages_that_use_script_work_under_the_policy_and_the_browser_reports_no_violation()
    {
        await using var app = await RunningApp.StartAsync(demo: true);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = app.Address.ToString(), ViewportSize = new ViewportSize { Width = 1280, Height = 860 } });
        var violations = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase)) violations.Add(message.Text);
        };
        page.PageError += (_, error) => violations.Add("page error: " + error);
        await page.AddInitScriptAsync("document.addEventListener('securitypolicyviolation', e => console.error('Content Security Policy violation: ' + e.violatedDirective + ' ' + e.blockedURI));");

        await page.GotoAsync("/login");
        await page.GetByLabel("E-mail").FillAsync("admin@riverside.example");
        await page.GetByLabel("Password").FillAsync("Demo-learning-2025");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^Hello, "));

        // The chart's PNG is drawn on the server and downloads through a plain link.
        await page.GotoAsync("/measures");
        await page.GetByRole(AriaRole.Link, new() { Name = "Length of stay" }).First.ClickAsync();
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Chart (PNG)" }).ClickAsync());
        Assert.EndsWith(".png", download.SuggestedFilename, StringComparison.Ordinal);

        // A dismissed confirmation keeps the measure.
        var detail = page.Url;
        await page.GotoAsync(detail + "/edit");
        page.Dialog += (_, dialog) => _ = dialog.DismissAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Delete measure and its data" }).ClickAsync();
        await page.GotoAsync(detail);
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Chart (PNG)" })).ToBeVisibleAsync();

        await page.GotoAsync("/initiatives");
        await page.GotoAsync("/surveys");

        // An anonymous link's token travels in the fragment; the survey page's script posts it (an unknown token here).
        await page.GotoAsync("/s#not-a-real-token-but-long-enough-to-be-posted-000000");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/s$"));

        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }
}
