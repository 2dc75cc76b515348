using System.Net;
using System.Text.RegularExpressions;
using LearningLoop.EndToEnd.Tests.Infrastructure;
using Microsoft.Playwright;

namespace LearningLoop.EndToEnd.Tests;

/// <summary>An LHS capability assessment from start to plan, in a real browser on the seeded demo: an improvement lead
/// starts an assessment, six colleagues answer through anonymous links, the lead closes it, reads the heat map and turns
/// the top gap into an action carried by an initiative. Then the organisation and one division at a glance, and the
/// pages as an administrator and a manager. Screenshots land in artifacts/screenshots.</summary>
public sealed partial class CapabilityJourneyTests
{
    private const string Weak = "engaging-stakeholders";
    private const string WeakLevel = "middle-management";

    [Fact]
    public async Task An_assessment_is_run_read_on_the_heat_map_and_its_top_gap_becomes_an_action_on_an_initiative()
    {
        await using var app = await RunningApp.StartAsync(demo: true);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var lead = await NewPageAsync(browser, app);
        await Chromium.SignInAsync(lead, "lead@riverside.example");

        await lead.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "LHS capability" }).ClickAsync();
        await Assertions.Expect(lead.Locator("[data-testid=assessments] tbody tr")).ToHaveCountAsync(2);
        await Chromium.ScreenshotAsync(lead, "capability-home-lead");
        await lead.GetByLabel("Name").FillAsync("LHS capability, now");
        await lead.GetByRole(AriaRole.Button, new() { Name = "Start the assessment" }).ClickAsync();
        await Assertions.Expect(lead.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("LHS capability, now");
        var waveId = int.Parse(WaveId().Match(lead.Url).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        await lead.GetByLabel("How many").FillAsync("6");
        await lead.GetByRole(AriaRole.Button, new() { Name = "Generate links" }).ClickAsync();
        var links = (await lead.Locator("[data-testid=links]").InputValueAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(6, links.Length);

        // One respondent in the browser, so the form itself is exercised; five more through the same form over HTTP.
        var respondent = await browser.NewPageAsync();
        await respondent.GotoAsync(links[0]);
        await Assertions.Expect(respondent.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Where we stand as a learning health system");
        await Chromium.ScreenshotAsync(respondent, "capability-respondent");
        var unit = await respondent.Locator("select[name=unit] option[value]:not([value=''])").First.GetAttributeAsync("value");
        foreach (var link in links.Skip(1))
        {
            await SubmitOverHttpAsync(app.Address, link[(link.IndexOf('#', StringComparison.Ordinal) + 1)..], unit!);
        }
        await respondent.CloseAsync();
        await SubmitOverHttpAsync(app.Address, links[0][(links[0].IndexOf('#', StringComparison.Ordinal) + 1)..], unit!);

        // Results wait for the close.
        await lead.GotoAsync($"/capability/assessments/{waveId}");
        await Assertions.Expect(lead.GetByRole(AriaRole.Status)).ToContainTextAsync("once the assessment has closed");
        await lead.GotoAsync($"/surveys/waves/{waveId}");
        await lead.GetByRole(AriaRole.Button, new() { Name = "Close wave now" }).ClickAsync();
        await lead.GotoAsync("/capability");
        await lead.GetByRole(AriaRole.Link, new() { Name = "LHS capability, now" }).ClickAsync();

        var weakCell = lead.Locator($"[data-testid=capability-heatmap] .capability-cell[data-domain={Weak}][data-level={WeakLevel}]");
        await Assertions.Expect(weakCell).ToHaveAttributeAsync("data-suppressed", "false");
        await Assertions.Expect(weakCell).ToContainTextAsync("1.0");
        await Assertions.Expect(lead.Locator("[data-testid=capability-heatmap] .capability-cell[data-domain=analysing-data][data-level=team]")).ToContainTextAsync("4.0");
        await Assertions.Expect(lead.Locator("[data-testid=gap]").First).ToContainTextAsync("Engaging stakeholders");
        await Assertions.Expect(lead.Locator("[data-testid=gap]").First).ToContainTextAsync("Middle management");
        await Chromium.ScreenshotAsync(lead, "capability-results-new");

        await lead.Locator("[data-testid=gap]").First.GetByRole(AriaRole.Link, new() { Name = "Turn into an action" }).ClickAsync();
        await Assertions.Expect(lead.Locator("select#domain")).ToHaveValueAsync(Weak);
        await Assertions.Expect(lead.Locator("select#level")).ToHaveValueAsync(WeakLevel);
        await lead.GetByLabel("What will be done").FillAsync("Partners on every team before the plan is set");
        await lead.GetByLabel("Initiatives that carry it").SelectOptionAsync(new SelectOptionValue { Label = "Safer, smoother discharges on 4 West" });
        await lead.GetByLabel("Due").FillAsync("2099-06-30");
        await lead.GetByRole(AriaRole.Button, new() { Name = "Save action" }).ClickAsync();
        await Assertions.Expect(lead.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("The capability plan");
        var row = lead.Locator("[data-testid=plan] tr", new() { HasText = "Partners on every team before the plan is set" });
        await Assertions.Expect(row).ToContainTextAsync("Engaging stakeholders");
        await Assertions.Expect(row.GetByRole(AriaRole.Link, new() { Name = "Safer, smoother discharges on 4 West" })).ToBeVisibleAsync();
        await Chromium.ScreenshotAsync(lead, "capability-plan-lead");
    }

    [Fact]
    public async Task At_a_glance_shows_every_tile_for_the_organisation_and_a_division_and_each_role_sees_its_pages()
    {
        await using var app = await RunningApp.StartAsync(demo: true);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        string[] tiles = ["initiatives", "rc", "spread", "capability", "capability-spread", "reporting-rate", "safety-culture", "partner-engagement", "alignment"];

        var admin = await NewPageAsync(browser, app);
        await Chromium.SignInAsync(admin, "admin@riverside.example");
        await admin.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "At a glance" }).ClickAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Riverside General Hospital at a glance");
        foreach (var tile in tiles)
        {
            await Assertions.Expect(admin.GetByTestId("tile-" + tile)).ToBeVisibleAsync();
        }
        await Assertions.Expect(admin.Locator("[data-testid=tile-capability] [data-testid=capability-heatmap]")).ToBeVisibleAsync();
        await Assertions.Expect(admin.Locator("[data-testid=tile-initiatives] [data-testid=progress-score]").First).ToBeVisibleAsync();
        // The tiles other capabilities fill carry their figures, and a row per division that links down.
        foreach (var tile in new[] { "reporting-rate", "safety-culture", "partner-engagement", "alignment" })
        {
            await Assertions.Expect(admin.Locator($"[data-testid=tile-{tile}] [data-testid=headline]")).ToBeVisibleAsync();
            await Assertions.Expect(admin.Locator($"[data-testid=tile-{tile}] [data-testid=rows] a")).ToHaveCountAsync(3);
        }
        await Assertions.Expect(admin.Locator("[data-testid=tile-safety-culture] [data-testid=headline]")).ToHaveTextAsync(new Regex(@"^\d+\.\d%$"));
        await Chromium.ScreenshotAsync(admin, "at-a-glance-organisation-admin");

        await admin.GetByTestId("tile-reporting-rate").GetByRole(AriaRole.Link, new() { Name = "Medicine", Exact = true }).ClickAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Medicine at a glance");
        foreach (var tile in tiles)
        {
            await Assertions.Expect(admin.GetByTestId("tile-" + tile)).ToBeVisibleAsync();
        }
        await Assertions.Expect(admin.Locator("[data-testid=tile-capability] [data-testid=capability-heatmap]")).ToBeVisibleAsync();
        await Assertions.Expect(admin.GetByTestId("tile-rc")).ToContainTextAsync("4 West");
        await Assertions.Expect(admin.Locator("[data-testid=tile-reporting-rate] [data-testid=rows]")).ToContainTextAsync("4 West");
        await Chromium.ScreenshotAsync(admin, "at-a-glance-division-admin");
        await admin.GotoAsync("/capability/plan");
        await Chromium.ScreenshotAsync(admin, "capability-plan-admin");

        var lead = await NewPageAsync(browser, app);
        await Chromium.SignInAsync(lead, "lead@riverside.example");
        await lead.GotoAsync("/capability");
        await lead.GetByRole(AriaRole.Link, new() { Name = "LHS capability, September 2025" }).First.ClickAsync();
        await Assertions.Expect(lead.GetByTestId("groups")).ToContainTextAsync("Partners");
        await Chromium.ScreenshotAsync(lead, "capability-results-demo-lead");
        await lead.GotoAsync("/initiatives");
        await Assertions.Expect(lead.Locator("[data-testid=portfolio] [data-testid=progress-score]").First).ToBeVisibleAsync();
        await Chromium.ScreenshotAsync(lead, "initiatives-progress-lead");

        var manager = await NewPageAsync(browser, app);
        await Chromium.SignInAsync(manager, "manager@riverside.example");
        await manager.GotoAsync("/at-a-glance");
        await Assertions.Expect(manager.GetByTestId("tile-capability")).ToBeVisibleAsync();
        await Chromium.ScreenshotAsync(manager, "at-a-glance-organisation-manager");
        await manager.GotoAsync("/capability");
        await Assertions.Expect(manager.GetByRole(AriaRole.Button, new() { Name = "Start the assessment" })).ToHaveCountAsync(0);
        await Chromium.ScreenshotAsync(manager, "capability-home-manager");

        var staff = await NewPageAsync(browser, app);
        await Chromium.SignInAsync(staff, "staff@riverside.example");
        var refused = await staff.GotoAsync("/at-a-glance");
        Assert.Equal(403, refused!.Status);
    }

    [Fact]
    public async Task The_progress_score_and_its_reasons_change_when_a_cycle_and_an_adoption_are_added()
    {
        await using var app = await RunningApp.StartAsync(demo: true);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var lead = await NewPageAsync(browser, app);
        await Chromium.SignInAsync(lead, "lead@riverside.example");
        const string title = "Calmer ICU handovers";
        await lead.GotoAsync("/initiatives/new");
        await lead.GetByLabel("Title").FillAsync(title);
        await lead.GetByLabel("Aim statement").FillAsync("Every ICU handover uses the shared checklist by March.");
        await lead.GetByLabel("Started on").FillAsync("2025-09-01");
        await lead.GetByLabel("ICU").CheckAsync();
        await lead.GetByRole(AriaRole.Button, new() { Name = "Start initiative" }).ClickAsync();
        await Assertions.Expect(lead.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(title);
        var initiative = new Uri(lead.Url).AbsolutePath;
        var (before, beforeCycles, beforeAdoption) = await ProgressAsync(lead, title);
        Assert.Equal("No PDSA cycle yet.", beforeCycles);
        Assert.Equal("No other unit has taken the practice up.", beforeAdoption);

        // A change idea to test, then a cycle planned on it.
        await lead.GotoAsync(initiative + "/drivers/edit");
        await lead.GetByLabel("Primary driver").FillAsync("A shared picture of each patient");
        await lead.GetByRole(AriaRole.Button, new() { Name = "Add primary driver" }).ClickAsync();
        await lead.GetByLabel("Secondary driver").FillAsync("Handovers follow one structure");
        await lead.GetByRole(AriaRole.Button, new() { Name = "Add secondary driver" }).ClickAsync();
        await lead.GetByLabel("Acts on").SelectOptionAsync(new SelectOptionValue { Label = "Handovers follow one structure" });
        await lead.GetByLabel("Change idea").FillAsync("Checklist at the bedside");
        await lead.GetByRole(AriaRole.Button, new() { Name = "Add change idea" }).ClickAsync();
        await lead.GetByRole(AriaRole.Link, new() { Name = "Done" }).ClickAsync();
        await lead.Locator("[data-testid=driver-diagram]").GetByRole(AriaRole.Link).First.ClickAsync();
        await lead.GetByRole(AriaRole.Link, new() { Name = "Plan a first cycle" }).ClickAsync();
        await lead.GetByLabel("What this cycle tests").FillAsync("Checklist on two night handovers");
        await lead.GetByLabel("Question", new() { Exact = true }).FillAsync("Do nurses use it without prompting?");
        await lead.GetByLabel("Prediction", new() { Exact = true }).FillAsync("Yes, on both.");
        await lead.GetByLabel("Starts on").FillAsync("2025-10-06");
        await lead.GetByRole(AriaRole.Button, new() { Name = "Save the plan" }).ClickAsync();

        // Another unit takes the practice up.
        await lead.GotoAsync(initiative + "/adoptions/new");
        await lead.GetByLabel("Unit", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Emergency" });
        await lead.GetByLabel("Adopted on").FillAsync("2025-11-03");
        await lead.GetByRole(AriaRole.Button, new() { Name = "Record adoption" }).ClickAsync();

        var (after, afterCycles, afterAdoption) = await ProgressAsync(lead, title);
        Assert.True(after > before, $"progress {before} -> {after}");
        Assert.Equal("1 PDSA cycle planned or run.", afterCycles);
        Assert.Equal("1 other unit has adopted it.", afterAdoption);
        await Chromium.ScreenshotAsync(lead, "initiatives-progress-reasons-lead");
    }

    /// <summary>The initiative's score and two of its reasons as the portfolio shows them (reasons opened, as a reader would).</summary>
    private static async Task<(int Score, string Cycles, string Adoption)> ProgressAsync(IPage page, string title)
    {
        await page.GotoAsync("/initiatives");
        var score = page.Locator("[data-testid=portfolio] tr", new() { HasText = title }).Locator("[data-testid=progress-score]");
        await score.Locator("summary").ClickAsync();
        var why = async (string key) =>
        {
            var text = await score.Locator($"li[data-reason={key}]").InnerTextAsync();
            return text[(text.IndexOf(": ", StringComparison.Ordinal) + 2)..].Trim();
        };
        return (int.Parse((await score.GetAttributeAsync("data-score"))!, System.Globalization.CultureInfo.InvariantCulture), await why("cycles"), await why("adoption"));
    }

    private static Task<IPage> NewPageAsync(IBrowser browser, RunningApp app) =>
        browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = app.Address.ToString(), ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });

    /// <summary>Every item 4 and importance 3, except engaging stakeholders among middle managers: 1, and essential.</summary>
    private static async Task SubmitOverHttpAsync(Uri address, string token, string unit)
    {
        using var handler = new HttpClientHandler { CookieContainer = new CookieContainer() };
        using var http = new HttpClient(handler) { BaseAddress = address };
        var form = await http.GetStringAsync("/s");
        var antiforgery = WebUtility.HtmlDecode(Antiforgery().Match(form).Groups[1].Value);
        var fields = new Dictionary<string, string>
        {
            ["_handler"] = "survey", ["__RequestVerificationToken"] = antiforgery, ["token"] = token, ["action"] = "submit", ["lang"] = "en",
            ["unit"] = unit, ["a.role"] = "3",
        };
        string[] domains = ["organisational-learning", "evidence-into-practice", "building-knowledge", "analysing-data", Weak, "skilled-workforce",
            "data-systems", "investment", "learning-culture"];
        foreach (var domain in domains)
        {
            foreach (var level in new[] { "individual", "team", WeakLevel, "organisation" })
            {
                var weak = domain == Weak && level == WeakLevel;
                fields[$"a.{domain}:{level}"] = weak ? "1" : "4";
                fields[$"a.{domain}:{level}:importance"] = weak ? "5" : "3";
            }
        }
        var page = await (await http.PostAsync("/s", new FormUrlEncodedContent(fields))).Content.ReadAsStringAsync();
        Assert.Contains("Your answers are in", page, StringComparison.Ordinal);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Antiforgery();

    [GeneratedRegex("/surveys/waves/(\\d+)")]
    private static partial Regex WaveId();
}
