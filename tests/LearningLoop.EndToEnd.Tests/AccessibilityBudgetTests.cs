using System.Diagnostics;
using System.Text.RegularExpressions;
using LearningLoop.EndToEnd.Tests.Faults;
using LearningLoop.EndToEnd.Tests.Infrastructure;
using LearningLoop.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace LearningLoop.EndToEnd.Tests;

/// <summary>Issue 12's accessibility budget (decision 0034) over the whole seeded demo: every page each demo role can
/// reach by following links (one page per route pattern, as <see cref="SiteCrawl"/> walks them), plus the pages nobody
/// signs in for (sign-in, a respondent's survey and its thank-you page) and the friendly 403 and 404 pages, opened in
/// Chromium and checked with axe-core. No serious or critical violation may remain.</summary>
public sealed partial class AccessibilityBudgetTests(AccessibilityBudgetTests.DemoApp demo, ITestOutputHelper output)
    : IClassFixture<AccessibilityBudgetTests.DemoApp>
{
    [Theory]
    [InlineData("admin")]
    [InlineData("lead")]
    [InlineData("manager")]
    [InlineData("staff")]
    [InlineData("partner")]
    public async Task Every_page_a_demo_role_can_reach_is_within_the_accessibility_budget(string role)
    {
        var clock = Stopwatch.StartNew();
        var email = role + "@riverside.example";
        using var http = new FaultClient(demo.App.Address);
        await http.SignInAsync(email);
        var crawl = await SiteCrawl.CrawlAsync(http.Http, perPattern: 1);
        Assert.Empty(crawl.Broken);
        var crawled = clock.Elapsed;

        var page = await demo.NewPageAsync();
        await Chromium.SignInAsync(page, email);
        // The home page and the menu's pages as this role sees them: their layout, menu and tiles follow the role.
        var own = new HashSet<string>(StringComparer.Ordinal) { "/" };
        foreach (var href in await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).Locator("a[href^='/']")
                     .EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))"))
        {
            own.Add(href.Split('?', '#')[0]);
        }
        // Other pages are checked once for all roles: the layout around them is the one already checked here.
        var pages = crawl.Pages.Where(p => own.Contains(p) || demo.FirstTime(SiteCrawl.PatternOf(p))).ToList();
        var findings = new List<string>();
        foreach (var path in pages)
        {
            await page.GotoAsync(path);
            findings.AddRange(await Accessibility.FindingsAsync(page));
        }
        output.WriteLine($"{role}: {pages.Count} of {crawl.Pages.Count} reachable pages checked in {clock.Elapsed.TotalSeconds:F0} s (crawl {crawled.TotalSeconds:F0} s)");
        await page.Context.CloseAsync();
        Assert.True(findings.Count == 0, Accessibility.Report(findings));
    }

    [Fact]
    public async Task The_pages_nobody_signs_in_for_and_the_friendly_error_pages_are_within_the_accessibility_budget()
    {
        var findings = new List<string>();
        using var lead = new FaultClient(demo.App.Address);
        await lead.SignInAsync("lead@riverside.example");
        var (_, tokens) = await lead.WaveWithLinksAsync("Accessibility budget wave", links: 1);

        var anonymous = await demo.NewPageAsync();
        await anonymous.GotoAsync("/login");
        findings.AddRange(await Accessibility.FindingsAsync(anonymous));
        // The respondent's link carries its token after '#', as the links the app makes do (decision 0005).
        await anonymous.GotoAsync("/s#" + tokens[0]);
        await Assertions.Expect(anonymous.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("How we work together");
        findings.AddRange(await Accessibility.FindingsAsync(anonymous));
        await anonymous.GotoAsync("/s/thanks");
        findings.AddRange(await Accessibility.FindingsAsync(anonymous));
        await anonymous.Context.CloseAsync();

        var staff = await demo.NewPageAsync();
        await Chromium.SignInAsync(staff, "staff@riverside.example");
        await staff.GotoAsync("/people/import");
        await Assertions.Expect(staff.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Not allowed");
        findings.AddRange(await Accessibility.FindingsAsync(staff));
        await staff.GotoAsync("/no-such-page");
        await Assertions.Expect(staff.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Not found");
        findings.AddRange(await Accessibility.FindingsAsync(staff));
        await staff.Context.CloseAsync();

        Assert.True(findings.Count == 0, Accessibility.Report(findings));
    }

    /// <summary>One seeded demo app and one Chromium for the whole class, and the route patterns already checked.</summary>
    public sealed class DemoApp : IAsyncLifetime
    {
        private readonly HashSet<string> _checked = new(StringComparer.Ordinal);
        private IPlaywright? _playwright;
        private IBrowser? _browser;
        private RunningApp? _app;

        public RunningApp App => _app ?? throw new InvalidOperationException("Not started.");

        public async Task InitializeAsync()
        {
            _app = await RunningApp.StartAsync(demo: true);
            _playwright = await Playwright.CreateAsync();
            _browser = await Chromium.LaunchAsync(_playwright);
        }

        /// <summary>A fresh browser context (its own cookies), at the size the journeys use.</summary>
        public Task<IPage> NewPageAsync() => _browser!.NewPageAsync(new BrowserNewPageOptions
        {
            BaseURL = App.Address.ToString(), ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });

        public bool FirstTime(string pattern)
        {
            lock (_checked) return _checked.Add(pattern);
        }

        public async Task DisposeAsync()
        {
            if (_browser is not null) await _browser.DisposeAsync();
            _playwright?.Dispose();
            if (_app is not null) await _app.DisposeAsync();
        }
    }
}
