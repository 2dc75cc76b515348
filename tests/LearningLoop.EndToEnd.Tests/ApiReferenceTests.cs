using LearningLoop.EndToEnd.Tests.Infrastructure;
using Microsoft.Playwright;

namespace LearningLoop.EndToEnd.Tests;

/// <summary>The API reference keeps everything inside the hospital: the page loads nothing from another host and shows
/// no button or link to an outside service (AI agent, SDK generation, deployment, hosted API client).</summary>
public sealed class ApiReferenceTests
{
    [Fact]
    public async Task The_api_reference_loads_and_links_nothing_outside_the_app()
    {
        await using var app = await RunningApp.StartAsync(demo: false);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = app.Address.ToString(), ViewportSize = new ViewportSize { Width = 1360, Height = 900 } });
        var outside = new List<string>();
        page.Request += (_, request) =>
        {
            var host = new Uri(request.Url).Host;
            if (host is not ("127.0.0.1" or "localhost") && !request.Url.StartsWith("data:", StringComparison.Ordinal)) outside.Add(request.Url);
        };

        await page.GotoAsync("/api/reference");
        await Assertions.Expect(page.GetByText("LearningLoop API").First).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await Chromium.ScreenshotAsync(page, "api-reference");

        Assert.Empty(outside);
        // Links a person can see and follow (the bundle keeps some hidden ones in its markup).
        var hrefs = await page.Locator("a[href]").EvaluateAllAsync<string[]>(
            "links => links.filter(a => a.offsetParent !== null).map(a => a.href)");
        Assert.DoesNotContain(hrefs, h => h.StartsWith("http", StringComparison.Ordinal) && !new Uri(h).Host.Equals(app.Address.Host, StringComparison.Ordinal));
        foreach (var label in new[] { "Generate SDK", "Ask AI", "Deploy", "Open API Client", "Agent" })
        {
            Assert.Equal(0, await page.GetByRole(AriaRole.Button, new() { Name = label }).CountAsync());
        }
    }
}
