using System.Text.RegularExpressions;
using LearningLoop.EndToEnd.Tests.Infrastructure;
using Microsoft.Playwright;

namespace LearningLoop.EndToEnd.Tests;

/// <summary>Improvement work in a real browser on the seeded demo: an improvement lead starts an initiative, builds its
/// driver diagram, plans a PDSA cycle that lands on the measure's chart, records a lesson found again by search, and
/// records an adoption drawn on the spread map; then a tour of the 4 West story. Screenshots go to artifacts/screenshots.
/// Set LEARNINGLOOP_E2E_URL to run against an app that is already running (its demo seeded) instead of starting one.</summary>
public sealed class InitiativeJourneyTests
{
    private const string Lead = "lead@riverside.example";

    [Fact]
    public async Task An_improvement_lead_goes_from_a_new_initiative_to_a_cycle_on_the_chart_a_lesson_and_an_adoption()
    {
        await using var app = await StartAsync();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var page = await NewPageAsync(browser, app.Address);
        await Chromium.SignInAsync(page, Lead);
        var title = "Quiet nights on 5 West " + Guid.NewGuid().ToString("N")[..4];

        // Start: the form names what is missing, next to the field.
        await page.GotoAsync("/initiatives");
        await page.GetByRole(AriaRole.Link, new() { Name = "Start an initiative" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Start initiative" }).ClickAsync();
        await Assertions.Expect(page.Locator(".validation-message").First).ToContainTextAsync("Give the initiative a title.");
        await page.GetByLabel("Title").FillAsync(title);
        await page.GetByLabel("Problem").FillAsync("Patients on 5 West are woken four times a night; weekend huddles do not cover night staff.");
        await page.GetByLabel("Aim statement").FillAsync("Halve night-time interruptions on 5 West by June 2026.");
        await page.GetByLabel("Measure", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Discharges before noon" });
        await page.GetByLabel("Baseline").FillAsync("4");
        await page.GetByLabel("Target").FillAsync("2");
        await page.GetByLabel("By", new() { Exact = true }).FillAsync("2026-06-30");
        await page.GetByLabel("Started on").FillAsync("2025-09-01");
        await page.GetByLabel("5 West").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Start initiative" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(title);
        // Similar lessons from the knowledge base are offered as soon as it exists.
        await Assertions.Expect(page.Locator("[data-testid=similar-lessons-new]")).ToContainTextAsync("huddle", new() { IgnoreCase = true });
        await Chromium.ScreenshotAsync(page, "initiative-new-similar-lessons");
        var initiativeUrl = new Uri(page.Url).AbsolutePath;

        // Driver diagram: aim → primary → secondary → change idea, edited in forms, drawn as SVG.
        await Chromium.FollowAsync(page, page.GetByRole(AriaRole.Navigation, new() { Name = "Initiative" }).GetByRole(AriaRole.Link, new() { Name = "Driver diagram" }), "**/drivers");
        await Chromium.FollowAsync(page, page.GetByRole(AriaRole.Link, new() { Name = "Edit the driver diagram" }), "**/drivers/edit");
        await page.GetByLabel("Primary driver").FillAsync("Patients sleep through the night");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add primary driver" }).ClickAsync();
        await page.GetByLabel("Secondary driver").FillAsync("Fewer avoidable night-time interruptions");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add secondary driver" }).ClickAsync();
        await page.GetByLabel("Acts on").SelectOptionAsync(new SelectOptionValue { Label = "Fewer avoidable night-time interruptions" });
        await page.GetByLabel("Change idea").FillAsync("Cluster night-time observations at 22:00 and 06:00");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add change idea" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=driver-outline]")).ToContainTextAsync("Cluster night-time observations");
        await Chromium.ScreenshotAsync(page, "initiative-driver-diagram-edit");
        await Chromium.FollowAsync(page, page.GetByRole(AriaRole.Link, new() { Name = "Done" }), "**/drivers");
        var diagram = page.Locator("[data-testid=driver-diagram]");
        await Assertions.Expect(diagram).ToContainTextAsync("Patients sleep through the night");
        await Assertions.Expect(diagram.Locator("title").First).ToContainTextAsync("Driver diagram");
        await Chromium.ScreenshotAsync(page, "initiative-driver-diagram");

        // A PDSA cycle, planned from the change idea in the diagram, studied on the aim's measure.
        await diagram.GetByRole(AriaRole.Link).First.ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Plan a first cycle" }).ClickAsync();
        await page.GetByLabel("What this cycle tests").FillAsync("Clustered observations, one bay, three nights");
        await page.GetByLabel("Question", new() { Exact = true }).FillAsync("Can night nurses cluster observations without missing a deteriorating patient?");
        await page.GetByLabel("Prediction", new() { Exact = true }).FillAsync("Interruptions fall from 4 to 2 a night; no missed early-warning scores.");
        await page.GetByLabel("Starts on").FillAsync("2025-10-06");
        await page.GetByLabel("Ends on").FillAsync("2025-10-08");
        await page.GetByLabel("Decision").SelectOptionAsync(new SelectOptionValue { Label = "Adapt: change it and test again" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the plan" }).ClickAsync();
        await Assertions.Expect(page.Locator(".validation-message").First).ToContainTextAsync("Study before you act");
        await page.GetByLabel("Decision").SelectOptionAsync(new SelectOptionValue { Label = "Not decided yet" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the plan" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("PDSA 1: Clustered observations, one bay, three nights");
        // Its annotation is on the studied measure's chart, here and on the measure's own page.
        await Assertions.Expect(page.Locator("[data-testid=spc-chart]")).ToContainTextAsync("PDSA 1 · Cluster night-time observations");
        await Chromium.ScreenshotAsync(page, "initiative-pdsa-cycle");
        await page.GetByRole(AriaRole.Heading, new() { Name = "Studied on Discharges before noon" }).GetByRole(AriaRole.Link).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Discharges before noon");
        await Assertions.Expect(page.Locator("[data-testid=spc-chart]").First).ToContainTextAsync("PDSA 1 · Cluster night-time observations");
        await Chromium.ScreenshotAsync(page, "measure-chart-with-pdsa-annotation");
        await page.GotoAsync(initiativeUrl + "/timeline");
        await Assertions.Expect(page.Locator("[data-testid=timeline]")).ToContainTextAsync("PDSA 1: Clustered observations");

        // A lesson, rendered safely, then found by full-text search.
        await page.GotoAsync(initiativeUrl);
        await page.GetByRole(AriaRole.Link, new() { Name = "Record a lesson" }).ClickAsync();
        await page.GetByLabel("What was learned").FillAsync("Clustered observations protect sleep without missing deterioration");
        await page.GetByLabel("The lesson").FillAsync("Night nurses **clustered** observations.\n\n<script>alert('x')</script>\n\n- keep the 02:00 check for high-risk patients");
        await page.GetByLabel("Tags").FillAsync("sleep, observations, nights");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save lesson" }).ClickAsync();
        var body = page.Locator("[data-testid=lesson-body]");
        await Assertions.Expect(body.Locator("strong")).ToHaveTextAsync("clustered");
        await Assertions.Expect(body).ToContainTextAsync("<script>");
        await Assertions.Expect(body.Locator("script")).ToHaveCountAsync(0);
        await page.GotoAsync("/lessons");
        await page.GetByLabel("Search lessons").FillAsync("sleep deterioration");
        // The lessons page's own search, not the top bar's search everything.
        await page.Locator("main").GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).ClickAsync();
        var results = page.Locator("[data-testid=lessons] > li");
        await Assertions.Expect(results.First).ToContainTextAsync("Clustered observations protect sleep");
        await Chromium.ScreenshotAsync(page, "lessons-search");

        // Spread: an adoption is an arrow on the spread map.
        await page.GotoAsync(initiativeUrl + "/spread");
        await page.GetByRole(AriaRole.Link, new() { Name = "Record an adoption" }).ClickAsync();
        await page.GetByLabel("Unit").SelectOptionAsync(new SelectOptionValue { Label = "ICU" });
        await page.GetByLabel("Adopted on").FillAsync("2025-11-03");
        await page.GetByLabel("How it was adapted").FillAsync("Observations clustered around the 06:00 blood draw.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record adoption" }).ClickAsync();
        var map = page.Locator("[data-testid=spread-map]");
        await Assertions.Expect(map.Locator("[data-unit='ICU']")).ToHaveCountAsync(1);
        await Assertions.Expect(map.Locator(".sm-adoption title")).ToContainTextAsync("ICU learned the practice from 5 West");
        await Chromium.ScreenshotAsync(page, "initiative-spread-new");
    }

    [Fact]
    public async Task The_four_west_story_reads_from_portfolio_to_report_and_staff_outside_the_team_only_read_it()
    {
        await using var app = await StartAsync();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var page = await NewPageAsync(browser, app.Address);
        await Chromium.SignInAsync(page, Lead);

        await page.GotoAsync("/initiatives");
        await Assertions.Expect(page.Locator("[data-testid=stale-warning]")).ToContainTextAsync("no PDSA cycle in the last 6 weeks");
        await Assertions.Expect(page.Locator("tr.stale")).ToContainTextAsync("Fewer falls on 6 North Cardiology");
        await Chromium.ScreenshotAsync(page, "initiatives-portfolio");

        await page.GetByRole(AriaRole.Link, new() { Name = "Safer, smoother discharges on 4 West" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Safer, smoother discharges on 4 West");
        var url = new Uri(page.Url).AbsolutePath;
        await Chromium.ScreenshotAsync(page, "initiative-4-west");

        await page.GotoAsync(url + "/drivers");
        await Assertions.Expect(page.Locator("[data-testid=driver-diagram]")).ToContainTextAsync("Daily 15-minute interdisciplinary");
        await Chromium.ScreenshotAsync(page, "initiative-4-west-drivers");

        await page.GotoAsync(url + "/cycles");
        await Assertions.Expect(page.Locator("[data-testid=ramp]").First).ToContainTextAsync("PDSA 4");
        await Chromium.ScreenshotAsync(page, "initiative-4-west-cycles");
        await page.GetByRole(AriaRole.Link, new() { Name = "PDSA 4: Seven-day huddle" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=spc-chart]")).ToBeVisibleAsync();
        await Chromium.ScreenshotAsync(page, "initiative-4-west-cycle");
        await page.GetByRole(AriaRole.Link, new() { Name = "Write up this cycle" }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("Decision")).ToHaveValueAsync("Adopt");
        await Chromium.ScreenshotAsync(page, "initiative-4-west-cycle-form");
        await page.GotoAsync(url + "/team/edit");
        await Assertions.Expect(page.Locator("[data-testid=team]")).ToContainTextAsync("Patient partner");
        await Chromium.ScreenshotAsync(page, "initiative-4-west-team-edit");

        await page.GotoAsync(url + "/spread");
        foreach (var unit in new[] { "5 West", "3 East", "ICU", "Maternity" })
        {
            await Assertions.Expect(page.Locator($"[data-testid=spread-map] [data-unit='{unit}']")).ToHaveCountAsync(1);
        }
        await Chromium.ScreenshotAsync(page, "initiative-4-west-spread");

        await page.GotoAsync(url + "/timeline");
        await Assertions.Expect(page.Locator("[data-testid=timeline]")).ToContainTextAsync("Relational mapping of the discharge process");
        await Chromium.ScreenshotAsync(page, "initiative-4-west-timeline");

        await page.GotoAsync(url + "/report");
        await Assertions.Expect(page.Locator("[data-testid=report] h2")).ToContainTextAsync(["Abstract", "Introduction", "Methods", "Results", "Discussion", "Conclusions"]);
        await Chromium.ScreenshotAsync(page, "initiative-4-west-report");
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Assertions.Expect(page.Locator("nav.sidebar")).ToBeHiddenAsync();
        await Chromium.ScreenshotAsync(page, "initiative-4-west-report-print");
        await page.EmulateMediaAsync(new() { Media = Media.Screen });

        await page.GotoAsync("/interviews");
        await Assertions.Expect(page.Locator("[data-testid=theme-counts]")).ToContainTextAsync("Systems thinking");
        await Chromium.ScreenshotAsync(page, "interview-notes");
        await page.GotoAsync("/lessons?q=travelled");
        await Assertions.Expect(page.Locator("[data-testid=lessons] > li")).ToHaveCountAsync(1);
        await page.GotoAsync("/interventions");
        await Chromium.ScreenshotAsync(page, "interventions");

        // Staff outside the team read the initiative, see no way to edit it, and are refused its edit pages.
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Chromium.SignInAsync(page, "staff@riverside.example");
        await page.GotoAsync(url);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Safer, smoother discharges on 4 West");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Edit initiative" })).ToHaveCountAsync(0);
        var refused = await page.GotoAsync(url + "/cycles/new");
        Assert.Equal(403, refused!.Status);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Not allowed");
    }

    private static async Task<AppHandle> StartAsync() =>
        Environment.GetEnvironmentVariable("LEARNINGLOOP_E2E_URL") is { Length: > 0 } url
            ? new AppHandle(new Uri(url), null)
            : await AppHandle.StartAsync();

    private static Task<IPage> NewPageAsync(IBrowser browser, Uri address) =>
        browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = address.ToString(), ViewportSize = new ViewportSize { Width = 1360, Height = 900 } });

    /// <summary>The app under test: started here, or one already running.</summary>
    private sealed class AppHandle(Uri address, RunningApp? started) : IAsyncDisposable
    {
        public Uri Address { get; } = address;

        public static async Task<AppHandle> StartAsync()
        {
            var app = await RunningApp.StartAsync(demo: true);
            return new AppHandle(app.Address, app);
        }

        public async ValueTask DisposeAsync()
        {
            if (started is not null) await started.DisposeAsync();
        }
    }
}
