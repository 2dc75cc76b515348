using System.Text.Json;
using System.Text.RegularExpressions;
using LearningLoop.EndToEnd.Tests.Infrastructure;
using Microsoft.Playwright;
using SkiaSharp;

namespace LearningLoop.EndToEnd.Tests;

/// <summary>A downloaded chart looks exactly as it does on the page (issue 12, decision 0029): Chromium draws the driver
/// diagram and the spread map inline on their pages and then opens each chart's SVG download on its own; the two
/// screenshots match pixel for pixel within a small tolerance (anti-aliasing). Before the charts carried their own
/// styles the download drew the driver diagram's boxes black and the spread map's arrows without colour.</summary>
public sealed class ChartDownloadsTests
{
    [Fact]
    public async Task The_driver_diagram_and_spread_map_downloads_render_on_their_own_as_on_the_page()
    {
        await using var app = await RunningApp.StartAsync(demo: true);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var page = await LeadAsync(browser, app, 1700, 1000);

        // The demo initiative whose practice spread furthest; it has a driver diagram too.
        using var adoptions = JsonDocument.Parse(await (await page.APIRequest.GetAsync("/api/v1/adoptions")).TextAsync());
        var id = adoptions.RootElement.EnumerateArray().GroupBy(a => a.GetProperty("initiativeId").GetInt32()).MaxBy(g => g.Count())!.Key;

        await page.GotoAsync($"/initiatives/{id}/drivers");
        var onPage = await page.Locator("[data-testid=driver-diagram]").ScreenshotAsync();
        await SaveAsync(onPage, "chart-driver-diagram-on-page");
        await Chromium.ScreenshotAsync(page, "chart-driver-diagram-page");
        await page.GotoAsync($"/api/v1/initiatives/{id}/driver-diagram.svg");
        var alone = await page.Locator("svg").First.ScreenshotAsync();
        await SaveAsync(alone, "chart-driver-diagram-download");
        AssertAlike("driver diagram", onPage, alone);

        await page.GotoAsync($"/initiatives/{id}/spread");
        onPage = await page.Locator("[data-testid=spread-map]").ScreenshotAsync();
        await SaveAsync(onPage, "chart-spread-map-on-page");
        await Chromium.ScreenshotAsync(page, "chart-spread-map-page");
        await page.GotoAsync($"/api/v1/initiatives/{id}/spread-map.svg");
        alone = await page.Locator("svg").First.ScreenshotAsync();
        await SaveAsync(alone, "chart-spread-map-download");
        AssertAlike("spread map", onPage, alone);
    }

    /// <summary>The pages with charts, for people to look at (artifacts/screenshots): a measure's SPC chart and its PNG
    /// download drawn on the server, the unit dashboard's small multiples with range and latest value, a funnel
    /// comparison, and a wave's relational coordination network and change plot.</summary>
    [Fact]
    public async Task The_chart_pages_show_their_charts_and_the_png_link_downloads_the_servers_png()
    {
        await using var app = await RunningApp.StartAsync(demo: true);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var page = await LeadAsync(browser, app, 1280, 900);

        await page.GotoAsync("/measures");
        await page.GetByRole(AriaRole.Link, new() { Name = "Length of stay" }).First.ClickAsync();
        await Assertions.Expect(page.Locator(".spc-figure svg").First).ToBeVisibleAsync();
        await Chromium.ScreenshotAsync(page, "chart-measure-page");
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Chart (PNG)" }).ClickAsync());
        var png = await File.ReadAllBytesAsync((await download.PathAsync())!);
        await SaveAsync(png, "chart-measure-download");
        using (var bitmap = SKBitmap.Decode(png))
        {
            Assert.Equal((1760, 880), (bitmap.Width, bitmap.Height));
        }

        using var units = JsonDocument.Parse(await (await page.APIRequest.GetAsync("/api/v1/units")).TextAsync());
        var fourWest = units.RootElement.EnumerateArray().First(u => u.GetProperty("name").GetString() == "4 West").GetProperty("id").GetInt32();
        await page.GotoAsync($"/units/{fourWest}/measures");
        await Assertions.Expect(page.Locator(".measure-card svg text.latest").First).ToBeVisibleAsync();
        await Chromium.ScreenshotAsync(page, "chart-measures-dashboard");

        await page.GotoAsync("/measures/compare");
        await page.Locator("main li a[href^='/measures/compare?name=']").First.ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=funnel-plot]").First).ToBeVisibleAsync();
        await Chromium.ScreenshotAsync(page, "chart-funnel-compare");

        using var waves = JsonDocument.Parse(await (await page.APIRequest.GetAsync("/api/v1/surveys/waves")).TextAsync());
        var closed = waves.RootElement.EnumerateArray().Where(w => w.GetProperty("state").GetString() == "Closed").Select(w => w.GetProperty("id").GetInt32()).ToList();
        var shown = false;
        foreach (var wave in closed)
        {
            await page.GotoAsync($"/surveys/waves/{wave}/results");
            if (await page.Locator("[data-testid=rc-network]").CountAsync() == 0) continue;
            await Assertions.Expect(page.Locator("[data-testid=rc-network] svg .rc-legend")).ToBeVisibleAsync();
            await Chromium.ScreenshotAsync(page, "chart-rc-results");
            await page.GotoAsync($"/surveys/waves/{wave}/change");
            if (await page.Locator("[data-testid=rc-change]").CountAsync() == 0) continue;
            await Chromium.ScreenshotAsync(page, "chart-rc-change");
            shown = true;
            break;
        }
        Assert.True(shown, "no closed demo wave shows a network and a change plot");
    }

    /// <summary>Same size (±1 px for rounding), and at most 0.5% of pixels differ: a pixel differs when no pixel of the
    /// other image within one pixel of it is close in every channel, which forgives anti-aliasing and the sub-pixel
    /// offset of a chart inside a page. Black boxes or uncoloured arrows change far more than that.</summary>
    private static void AssertAlike(string chart, byte[] pagePng, byte[] alonePng)
    {
        using var a = SKBitmap.Decode(pagePng);
        using var b = SKBitmap.Decode(alonePng);
        Assert.True(Math.Abs(a.Width - b.Width) <= 1 && Math.Abs(a.Height - b.Height) <= 1, $"{chart}: {a.Width}×{a.Height} on the page, {b.Width}×{b.Height} alone");
        Assert.True(a.Width > 300 && a.Height > 100, $"{chart}: {a.Width}×{a.Height} is too small to be the chart");
        var (width, height) = (Math.Min(a.Width, b.Width), Math.Min(a.Height, b.Height));
        var differing = 0;
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                if (!Near(a, b, x, y, width, height) || !Near(b, a, x, y, width, height)) differing++;
            }
        }
        var share = differing / (double)(width * height);
        Assert.True(share < 0.005, $"{chart}: {differing} of {width * height} pixels ({share:P2}) differ between the page and the download");
    }

    /// <summary>A page signed in as the demo's improvement lead.</summary>
    private static async Task<IPage> LeadAsync(IBrowser browser, RunningApp app, int width, int height)
    {
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = app.Address.ToString(), ViewportSize = new ViewportSize { Width = width, Height = height } });
        await page.GotoAsync("/login");
        await page.GetByLabel("E-mail").FillAsync("lead@riverside.example");
        await page.GetByLabel("Password").FillAsync("Demo-learning-2025");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(new Regex("^Hello, "));
        return page;
    }

    private static bool Near(SKBitmap from, SKBitmap to, int x, int y, int width, int height)
    {
        var p = from.GetPixel(x, y);
        for (var dy = -1; dy <= 1; dy++)
        {
            for (var dx = -1; dx <= 1; dx++)
            {
                var (qx, qy) = (x + dx, y + dy);
                if (qx < 0 || qy < 0 || qx >= width || qy >= height) continue;
                var q = to.GetPixel(qx, qy);
                if (Math.Abs(p.Red - q.Red) <= 40 && Math.Abs(p.Green - q.Green) <= 40 && Math.Abs(p.Blue - q.Blue) <= 40) return true;
            }
        }
        return false;
    }

    private static async Task SaveAsync(byte[] png, string name)
    {
        var dir = Path.Combine(RunningApp.RepositoryRoot(), "artifacts", "screenshots");
        Directory.CreateDirectory(dir);
        await File.WriteAllBytesAsync(Path.Combine(dir, name + ".png"), png);
    }
}
