using System.Net;
using System.Text.RegularExpressions;
using LearningLoop.EndToEnd.Tests.Infrastructure;
using Microsoft.Playwright;

namespace LearningLoop.EndToEnd.Tests;

/// <summary>A relational coordination wave from start to heat map, in a real browser on the seeded demo: an
/// improvement lead opens a wave and makes links; two colleagues answer on their phones through anonymous links (one
/// saves part-way and comes back); the rest of the nurses answer through the same form over HTTP; while the wave is open
/// only response counts show; once the lead closes it, the heat map shows the nurses' ratings and hides the lone case manager's. Screenshots land in artifacts/screenshots.</summary>
public sealed partial class SurveyJourneyTests
{
    private static readonly string[] Dimensions = ["frequency", "timeliness", "accuracy", "problem_solving", "shared_goals", "shared_knowledge", "mutual_respect"];
    private static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };

    [Fact]
    public async Task A_wave_is_answered_through_anonymous_links_and_the_heat_map_shows_one_cell_and_hides_another()
    {
        await using var app = await RunningApp.StartAsync(demo: true);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var lead = await browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = app.Address.ToString(), ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        await Chromium.SignInAsync(lead, "lead@riverside.example");

        // Open a wave on 4 West: three workgroups of the discharge process.
        await lead.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Surveys" }).ClickAsync();
        await Assertions.Expect(lead.Locator("[data-testid=waves] tbody tr")).ToHaveCountAsync(16); // six RC waves, two safety-culture waves, two capability assessments, six partnership surveys
        await lead.GetByRole(AriaRole.Link, new() { Name = "New wave" }).ClickAsync();
        await lead.GetByRole(AriaRole.Button, new() { Name = "Create wave" }).ClickAsync();
        await Assertions.Expect(lead.Locator(".validation-message").First).ToBeVisibleAsync();
        await lead.GetByLabel("Name").FillAsync("4 West discharge RC, now");
        await lead.GetByLabel("Focal work process").FillAsync("discharging a patient");
        await lead.GetByLabel("4 West").CheckAsync();
        foreach (var group in new[] { "Attending physicians", "Nurses", "Case managers" })
        {
            await lead.GetByLabel(group, new() { Exact = true }).CheckAsync();
        }
        await Chromium.ScreenshotAsync(lead, "survey-new-wave");
        await lead.GetByRole(AriaRole.Button, new() { Name = "Create wave" }).ClickAsync();
        await Assertions.Expect(lead.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("4 West discharge RC, now");
        var waveUrl = lead.Url;

        await lead.GetByLabel("How many").FillAsync("7");
        await lead.GetByRole(AriaRole.Button, new() { Name = "Generate links" }).ClickAsync();
        var links = (await lead.Locator("[data-testid=links]").InputValueAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(7, links.Length);
        Assert.All(links, l => Assert.Matches(new Regex("/s#[A-Za-z0-9_-]{48}$"), l));

        // A nurse answers on her phone, all of it, in one go.
        var nurse = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = Phone, IsMobile = true, HasTouch = true });
        await nurse.GotoAsync(links[0]);
        await Assertions.Expect(nurse.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("How we work together");
        Assert.DoesNotContain("#", nurse.Url, StringComparison.Ordinal); // the token left the address bar
        var nurses = await WorkgroupIdAsync(nurse, "Nurses");
        var caseManagers = await WorkgroupIdAsync(nurse, "Case managers");
        var physicians = await WorkgroupIdAsync(nurse, "Attending physicians");
        await nurse.GetByRole(AriaRole.Radio, new() { Name = "Nurses", Exact = true }).CheckAsync();
        await AnswerAllAsync(nurse, new() { [nurses] = 5, [caseManagers] = 3, [physicians] = 4 });
        await Chromium.ScreenshotAsync(nurse, "survey-respondent-phone");
        await nurse.ScreenshotAsync(new() { Path = ScreenshotPath("survey-respondent-phone-top") });
        await nurse.Locator("fieldset.rc-item").First.ScrollIntoViewIfNeededAsync();
        await nurse.ScreenshotAsync(new() { Path = ScreenshotPath("survey-respondent-phone-grid") });
        await nurse.GetByRole(AriaRole.Button, new() { Name = "Submit my answers" }).ClickAsync();
        await Assertions.Expect(nurse.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Thank you");

        // The same link again: refused.
        await nurse.GotoAsync(links[0]);
        await Assertions.Expect(nurse.GetByTestId("link-problem")).ToContainTextAsync("already been used");

        // A case manager answers in French, saves part-way, comes back with the same link and submits.
        var manager = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = Phone, IsMobile = true, HasTouch = true, Locale = "fr-FR", ExtraHTTPHeaders = new Dictionary<string, string> { ["Accept-Language"] = "fr-FR,fr;q=0.9" } });
        await manager.GotoAsync(links[1]);
        await Assertions.Expect(manager.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Comment nous travaillons ensemble");
        await manager.GetByRole(AriaRole.Radio, new() { Name = "Case managers", Exact = true }).CheckAsync();
        await AnswerAllAsync(manager, new() { [nurses] = 3 });
        await manager.GetByRole(AriaRole.Button, new() { Name = "Enregistrer et finir plus tard" }).ClickAsync();
        await Assertions.Expect(manager.GetByRole(AriaRole.Status)).ToContainTextAsync("Vos réponses sont enregistrées");
        await manager.GotoAsync("about:blank");
        await manager.GotoAsync(links[1]);
        await Assertions.Expect(manager.Locator($"input[name='a.frequency.{nurses}'][value='3']")).ToBeCheckedAsync();
        await AnswerAllAsync(manager, new() { [caseManagers] = 4, [physicians] = 2 });
        await manager.GetByRole(AriaRole.Button, new() { Name = "Envoyer mes réponses" }).ClickAsync();
        await Assertions.Expect(manager.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Merci");

        // Four more nurses answer through the same anonymous form, over plain HTTP: the nurses' row reaches five.
        for (var i = 2; i < 6; i++)
        {
            await SubmitOverHttpAsync(app.Address, links[i][(links[i].IndexOf('#', StringComparison.Ordinal) + 1)..], nurses,
                new() { [nurses] = 4, [caseManagers] = 2 + i % 2, [physicians] = 4 });
        }

        // The heat map: nurses -> case managers shown (5 responses), case managers -> nurses suppressed (1).
        // While the wave is open: response counts only, withheld where they could give a small group away.
        await lead.GotoAsync(waveUrl);
        await Assertions.Expect(lead.Locator("[data-testid=rates-by-workgroup]")).ToContainTextAsync("fewer than 5");
        await Assertions.Expect(lead.GetByTestId("results-not-yet")).ToContainTextAsync("Results appear on");
        await Chromium.ScreenshotAsync(lead, "survey-wave-distribution");
        await lead.GotoAsync(waveUrl + "/results");
        await Assertions.Expect(lead.GetByTestId("results-not-yet")).ToBeVisibleAsync();
        await Chromium.ScreenshotAsync(lead, "survey-results-not-yet");

        // Closed early by the lead: the results appear.
        await lead.GotoAsync(waveUrl);
        await lead.GetByRole(AriaRole.Button, new() { Name = "Close wave now" }).ClickAsync();
        await lead.GetByRole(AriaRole.Link, new() { Name = "Results" }).ClickAsync();
        await Assertions.Expect(lead.GetByRole(AriaRole.Heading, new() { Level = 2, Name = "Where to start" })).ToBeVisibleAsync();
        var shown = lead.Locator("[data-testid=rc-heatmap] .rc-cell[data-from=nurse][data-to=case_manager]");
        var hidden = lead.Locator("[data-testid=rc-heatmap] .rc-cell[data-from=case_manager][data-to=nurse]");
        await Assertions.Expect(shown).ToHaveAttributeAsync("data-suppressed", "false");
        await Assertions.Expect(shown).ToContainTextAsync("2.");
        await Assertions.Expect(hidden).ToHaveAttributeAsync("data-suppressed", "true");
        await Assertions.Expect(hidden).ToContainTextAsync("n < 5");
        await Assertions.Expect(hidden).Not.ToContainTextAsync("3.00");
        await Chromium.ScreenshotAsync(lead, "survey-results-new-wave");

        // The demo's 4 West story: heat map, network and change with confidence intervals.
        await lead.GotoAsync("/surveys");
        await lead.GetByRole(AriaRole.Link, new() { Name = "4 West discharge RC, Feb 2024" }).ClickAsync();
        await Assertions.Expect(lead.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("4 West discharge RC, Feb 2024");
        await lead.GetByRole(AriaRole.Link, new() { Name = "Results" }).ClickAsync();
        await Assertions.Expect(lead.GetByRole(AriaRole.Heading, new() { Level = 2, Name = "Where to start" })).ToBeVisibleAsync();
        await Assertions.Expect(lead.GetByTestId("weakest-ties")).ToContainTextAsync("Case managers");
        await lead.GetByTestId("rc-heatmap").ScreenshotAsync(new() { Path = ScreenshotPath("survey-heatmap") });
        await lead.GetByTestId("rc-network").ScreenshotAsync(new() { Path = ScreenshotPath("survey-network") });
        await Chromium.ScreenshotAsync(lead, "survey-results-demo");
        await lead.GetByRole(AriaRole.Link, new() { Name = "Change over waves" }).First.ClickAsync();
        // Feb -> Sep 2024 and Sep 2024 -> Mar 2025 shown; on to the wave just answered (same unit, same process) it is
        // suppressed: its lone case manager could be worked out from its overall.
        await Assertions.Expect(lead.Locator("[data-testid=rc-change] .rc-change-row")).ToHaveCountAsync(2);
        await Assertions.Expect(lead.GetByTestId("rc-change")).ToContainTextAsync("suppressed: too few respondents behind a wave");
        await Chromium.ScreenshotAsync(lead, "survey-change");
    }

    private static string ScreenshotPath(string name)
    {
        var dir = Path.Combine(RunningApp.RepositoryRoot(), "artifacts", "screenshots");
        Directory.CreateDirectory(dir);
        return Path.Combine(dir, name + ".png");
    }

    private static async Task<string> WorkgroupIdAsync(IPage page, string name) =>
        (await page.GetByRole(AriaRole.Radio, new() { Name = name, Exact = true }).GetAttributeAsync("value"))!;

    /// <summary>Ticks every dimension for each rated workgroup, as a person tapping through the grid would.</summary>
    private static async Task AnswerAllAsync(IPage page, Dictionary<string, int> values)
    {
        foreach (var dimension in Dimensions)
        {
            foreach (var (workgroup, value) in values)
            {
                await page.Locator($"input[name='a.{dimension}.{workgroup}'][value='{value}']").CheckAsync();
            }
        }
    }

    private static async Task SubmitOverHttpAsync(Uri address, string token, string ownWorkgroup, Dictionary<string, int> values)
    {
        using var handler = new HttpClientHandler { CookieContainer = new CookieContainer() };
        using var http = new HttpClient(handler) { BaseAddress = address };
        var form = await http.GetStringAsync("/s");
        var antiforgery = WebUtility.HtmlDecode(Antiforgery().Match(form).Groups[1].Value);
        var fields = new Dictionary<string, string>
        {
            ["_handler"] = "survey", ["__RequestVerificationToken"] = antiforgery, ["token"] = token, ["action"] = "submit", ["lang"] = "en", ["workgroup"] = ownWorkgroup,
        };
        foreach (var dimension in Dimensions)
        {
            foreach (var (workgroup, value) in values)
            {
                fields[$"a.{dimension}.{workgroup}"] = value.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
        }
        var page = await (await http.PostAsync("/s", new FormUrlEncodedContent(fields))).Content.ReadAsStringAsync();
        Assert.Contains("Your answers are in", page, StringComparison.Ordinal);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Antiforgery();
}
