using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using LearningLoop.EndToEnd.Tests.Infrastructure;
using Microsoft.Playwright;

namespace LearningLoop.EndToEnd.Tests;

/// <summary>The improvement lead's journey with measures, in a real browser on the seeded demo: the unit dashboard,
/// a new measure on a unit, a CSV import (refused, then accepted), the chart with its signal explained, downloads.
/// Screenshots land in artifacts/screenshots.</summary>
public sealed class MeasuresJourneyTests
{
    [Fact]
    public async Task An_improvement_lead_creates_a_measure_imports_data_and_sees_the_signal_explained()
    {
        await using var app = await RunningApp.StartAsync(demo: true);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = app.Address.ToString(), ViewportSize = new ViewportSize { Width = 1280, Height = 900 }, AcceptDownloads = true });
        var page = await context.NewPageAsync();
        await Chromium.SignInAsync(page, "lead@riverside.example");

        // The unit dashboard: every measure of 4 West as a small multiple with its icons.
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Measures" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Measures");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Unit dashboards" }).GetByRole(AriaRole.Link, new() { Name = "4 West", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("4 West measures");
        await Assertions.Expect(page.Locator(".measure-card")).ToHaveCountAsync(6);
        await Assertions.Expect(page.Locator(".measure-card.improving")).ToHaveCountAsync(2);
        await Chromium.ScreenshotAsync(page, "measures-dashboard-4-west");

        // The story's length of stay: a shift down after the discharge work, explained in words.
        await page.GetByRole(AriaRole.Link, new() { Name = "Length of stay" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=signals]")).ToContainTextAsync("in a row below the centre line");
        await Assertions.Expect(page.Locator("[data-testid=variation]")).ToContainTextAsync("improving nature");
        await Chromium.ScreenshotAsync(page, "measure-4-west-length-of-stay");
        await page.GetByRole(AriaRole.Link, new() { Name = "4 West" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "30-day readmissions" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=signals]")).ToContainTextAsync("in a row below the centre line");
        await Chromium.ScreenshotAsync(page, "measure-4-west-readmissions");

        // A new measure on 4 West: the form names a missing field beside it.
        await page.GotoAsync("/units");
        await page.GetByRole(AriaRole.Link, new() { Name = "4 West" }).ClickAsync();
        var unitUrl = page.Url;
        await page.GotoAsync(unitUrl + "/measures");
        await page.GetByRole(AriaRole.Link, new() { Name = "Add measure" }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("Belongs to")).ToHaveValueAsync(new Regex("^unit:"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Save measure" }).ClickAsync();
        await Assertions.Expect(page.Locator(".validation-message").First).ToContainTextAsync("Name the measure.");
        await page.GetByLabel("Name").FillAsync("Discharge summaries within 24 hours");
        await page.GetByLabel("Kind").SelectOptionAsync(new SelectOptionValue { Value = "Process" });
        await page.GetByLabel("Operational definition").FillAsync("Share of discharges whose summary reached the family doctor within 24 hours.");
        await page.GetByLabel("Numerator").FillAsync("Summaries sent within 24 hours");
        await page.GetByLabel("Denominator").FillAsync("Discharges");
        await page.GetByLabel("Chart").SelectOptionAsync(new SelectOptionValue { Value = "P" });
        await page.GetByLabel("Multiplier").FillAsync("100");
        await page.GetByLabel("Values read as").FillAsync("% within 24 h");
        await page.GetByLabel("Better is").SelectOptionAsync(new SelectOptionValue { Value = "Up" });
        await page.GetByLabel("Target").FillAsync("90");
        await page.GetByLabel("Baseline ends").FillAsync("2024-12");
        await page.GetByLabel("Note 1 date").FillAsync("2024-12-02");
        await page.GetByLabel("Note 1 text").FillAsync("Summary template");
        await Chromium.ScreenshotAsync(page, "measure-form");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save measure" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Discharge summaries within 24 hours");
        await Assertions.Expect(page.Locator("[data-testid=no-chart]")).ToContainTextAsync("at least two periods");

        // A file with a bad row is refused whole, naming the line and the column.
        await page.GetByRole(AriaRole.Link, new() { Name = "Enter or import data" }).ClickAsync();
        await page.Locator("#file").SetInputFilesAsync(Csv("bad.csv", "period,numerator,denominator\n2024-01,30,40\n2024-02,45,40\n"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Check and import" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=import-errors]")).ToContainTextAsync("Nothing was imported");
        await Assertions.Expect(page.Locator("table").First).ToContainTextAsync("more than the denominator");
        await Chromium.ScreenshotAsync(page, "measure-import-errors");

        await page.Locator("#file").SetInputFilesAsync(Csv("summaries.csv", SummariesCsv()));
        await page.GetByRole(AriaRole.Button, new() { Name = "Check and import" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=import-ok]")).ToContainTextAsync("24 new periods");
        await Assertions.Expect(page.GetByLabel("Row 24 numerator")).ToHaveValueAsync("37");
        await Chromium.ScreenshotAsync(page, "measure-data-grid");

        // The chart: a run above the centre line after the new template, explained in plain language.
        await page.GetByRole(AriaRole.Link, new() { Name = "See the chart" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=spc-chart] svg")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-testid=signals]")).ToContainTextAsync("points in a row above the centre line");
        await Assertions.Expect(page.Locator("[data-testid=variation]")).ToContainTextAsync("improving nature: higher values");
        await Assertions.Expect(page.Locator("[data-testid=spc-chart] svg circle title").Last).ToContainTextAsync("2025-10");
        await Chromium.ScreenshotAsync(page, "measure-page");
        var measureUrl = page.Url;

        // Downloads: the PNG drawn on the server, and the chart's numbers as CSV.
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Chart (PNG)" }).ClickAsync());
        Assert.EndsWith(".png", download.SuggestedFilename, StringComparison.Ordinal);
        var png = await File.ReadAllBytesAsync((await download.PathAsync())!);
        Assert.True(png.Length > 10_000, $"a chart PNG of {png.Length} bytes is too small to hold the chart");
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
        // A tablet sees the same dashboard in fewer columns.
        await page.SetViewportSizeAsync(820, 1180);
        await page.GotoAsync(unitUrl + "/measures");
        await Assertions.Expect(page.Locator(".measure-card")).ToHaveCountAsync(7);
        await Chromium.ScreenshotAsync(page, "measures-dashboard-tablet");

        var csv = await page.APIRequest.GetAsync(measureUrl.Replace("/measures/", "/api/v1/measures/", StringComparison.Ordinal) + "/chart.csv");
        Assert.Equal(200, csv.Status);
        Assert.StartsWith("period,value,denominator,centre", await csv.TextAsync(), StringComparison.Ordinal);
    }

    /// <summary>24 months out of 40 discharges: about 65% for 14 months, then 85-93% after the new template.</summary>
    private static string SummariesCsv()
    {
        int[] sent = [26, 25, 27, 24, 26, 28, 25, 27, 26, 24, 27, 25, 26, 27, 35, 36, 34, 37, 35, 36, 37, 34, 36, 37];
        var csv = new StringBuilder("period,numerator,denominator\n");
        var month = new DateOnly(2023, 11, 1);
        foreach (var count in sent)
        {
            csv.Append(CultureInfo.InvariantCulture, $"{month:yyyy-MM},{count},40\n");
            month = month.AddMonths(1);
        }
        return csv.ToString();
    }

    private static FilePayload Csv(string name, string content) => new() { Name = name, MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(content) };
}
