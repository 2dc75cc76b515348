using System.Globalization;
using System.Text.RegularExpressions;
using LearningLoop.EndToEnd.Tests.Infrastructure;
using Microsoft.Playwright;

namespace LearningLoop.EndToEnd.Tests;

/// <summary>Managing the partnership in a real browser (decision 0021): the improvement lead records a meeting with its
/// attendance, a decision co-made with a partner, a request for partners and a stakeholder assessment from the
/// initiative's partnership page, and starts a participant questionnaire on the survey engine; 6 North shows its alignment
/// survey with the divergent middle managers; a manager checks an item of the four practices with its evidence and reads
/// the engagement evaluation; staff and the partner are refused the managers' pages.</summary>
public sealed class PartnershipManagementJourneyTests
{
    private const string FourWest = "Safer, smoother discharges on 4 West";
    private const string SixNorth = "Fewer falls on 6 North Cardiology";

    [Fact]
    public async Task A_lead_keeps_the_partnership_from_the_browser_and_managers_see_the_practices_and_the_evaluation()
    {
        await using var app = await RunningApp.StartAsync(demo: true);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var yesterday = DateTime.UtcNow.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var stamp = DateTime.UtcNow.Ticks.ToString(CultureInfo.InvariantCulture)[^5..];

        var lead = await SignedInAsync(browser, app.Address, "lead@riverside.example");
        var fourWest = await IdOfAsync(lead, FourWest);
        await lead.GotoAsync($"/initiatives/{fourWest}/partnership");
        await Assertions.Expect(lead.GetByTestId("participant-evaluation")).ToContainTextAsync("Influence");
        await Chromium.ScreenshotAsync(lead, "lead-partnership-page");

        // A meeting with its attendance: the lead and the first partner ticked.
        await lead.GetByRole(AriaRole.Link, new() { Name = "Record a meeting" }).ClickAsync();
        await lead.GetByLabel("Held on").FillAsync(yesterday);
        await lead.GetByLabel("Meeting", new() { Exact = true }).FillAsync("Leaflet review " + stamp);
        await lead.GetByLabel("Place").FillAsync("4 West seminar room");
        var attendees = lead.GetByTestId("attendees");
        await attendees.Locator("label", new() { HasText = "(patient partner)" }).First.Locator("input").CheckAsync();
        await attendees.Locator("input").Nth(3).CheckAsync();
        await Chromium.ScreenshotAsync(lead, "lead-meeting-form");
        await lead.GetByRole(AriaRole.Button, new() { Name = "Save meeting" }).ClickAsync();
        await Assertions.Expect(lead).ToHaveURLAsync(new Regex($"/initiatives/{fourWest}/partnership$"), new() { Timeout = 30_000 });
        await Assertions.Expect(lead.Locator("li", new() { HasText = "Leaflet review " + stamp })).ToContainTextAsync("partners among them");

        // A decision co-made with a partner.
        await lead.GetByRole(AriaRole.Link, new() { Name = "Record a decision" }).ClickAsync();
        await lead.GetByLabel("What was decided").FillAsync("Discharge leaflet goes to print " + stamp);
        await lead.GetByTestId("co-makers").Locator("label", new() { HasText = "(patient partner)" }).First.Locator("input").CheckAsync();
        await lead.GetByRole(AriaRole.Button, new() { Name = "Save decision" }).ClickAsync();
        await Assertions.Expect(lead.GetByTestId("decisions").Locator("li", new() { HasText = "Discharge leaflet goes to print " + stamp }))
            .ToContainTextAsync("co-made with a patient partner", new() { Timeout = 30_000 });

        // A request for partners, then a stakeholder assessment: both from their forms.
        await lead.GetByRole(AriaRole.Link, new() { Name = "Ask for partners" }).ClickAsync();
        await lead.GetByLabel("Lived experience").FillAsync("heart failure, carer");
        await lead.GetByLabel("Language needed").FillAsync("French");
        await lead.GetByLabel("Remotely").CheckAsync();
        await Chromium.ScreenshotAsync(lead, "lead-request-form");
        await lead.GetByRole(AriaRole.Button, new() { Name = "Ask for partners" }).ClickAsync();
        await Assertions.Expect(lead.Locator("#recruitment").Locator("xpath=../..")).ToContainTextAsync("heart failure, carer", new() { Timeout = 30_000 });

        await lead.GetByRole(AriaRole.Link, new() { Name = "Assess a group" }).ClickAsync();
        await lead.GetByLabel("Group", new() { Exact = true }).SelectOptionAsync("Support staff");
        await lead.GetByLabel("Priority of the initiative to the group: 1").CheckAsync();
        await lead.GetByLabel("Effort asked of the group (high is harder): 5").CheckAsync();
        await lead.GetByLabel("Benefit the group expects: 1").CheckAsync();
        await Chromium.ScreenshotAsync(lead, "lead-assessment-form");
        await lead.GetByRole(AriaRole.Button, new() { Name = "Save assessment" }).ClickAsync();
        await Assertions.Expect(lead.GetByTestId("misaligned")).ToContainTextAsync("Support staff", new() { Timeout = 30_000 });
        await Assertions.Expect(lead.Locator("[data-testid=alignment-map] g.am-group.misaligned[data-group='Support staff']")).ToHaveCountAsync(1);

        // A participant questionnaire starts as a survey wave whose links the organiser hands out.
        await lead.GetByRole(AriaRole.Link, new() { Name = "Start a participant questionnaire" }).ClickAsync();
        await Chromium.ScreenshotAsync(lead, "lead-survey-form");
        await lead.GetByRole(AriaRole.Button, new() { Name = "Start the survey" }).ClickAsync();
        await Assertions.Expect(lead).ToHaveURLAsync(new Regex(@"/surveys/waves/\d+$"), new() { Timeout = 30_000 });

        var sixNorth = await IdOfAsync(lead, SixNorth);
        await lead.GotoAsync($"/initiatives/{sixNorth}/partnership");
        await Assertions.Expect(lead.GetByTestId("alignment-rounds")).ToContainTextAsync("alignment survey: Middle managers diverge");
        await Assertions.Expect(lead.Locator("[data-testid=alignment-map] g.am-group.misaligned")).ToHaveAttributeAsync("data-group", "Middle managers");
        await Assertions.Expect(lead.GetByTestId("stakeholder-groups")).ToContainTextAsync("survey, 6 answered");
        await Chromium.ScreenshotAsync(lead, "lead-six-north-alignment-survey");
        await lead.GotoAsync("/partners/evaluation");
        await Assertions.Expect(lead.GetByTestId("organisation-evaluation")).ToContainTextAsync("Commitment");
        await Chromium.ScreenshotAsync(lead, "lead-engagement-evaluation");

        // A manager checks a practice with its evidence; the matrix and the list of what is missing follow.
        var manager = await SignedInAsync(browser, app.Address, "manager@riverside.example");
        await manager.GotoAsync("/partners/practices");
        await Assertions.Expect(manager.GetByTestId("practice-matrix")).ToContainTextAsync("Manage each partner's integration");
        await Assertions.Expect(manager.GetByTestId("practice-missing")).ToContainTextAsync("Middle managers");
        await Chromium.ScreenshotAsync(manager, "manager-practices");
        var cell = manager.Locator("td[data-item='structure-recruitment'][data-level='MiddleManager']");
        await Assertions.Expect(cell).ToContainTextAsync("Missing");
        await cell.GetByRole(AriaRole.Link, new() { Name = "Missing" }).ClickAsync();
        await manager.GetByLabel("In place").CheckAsync();
        await manager.GetByLabel("Evidence").FillAsync("https://intranet.riverside.example/medicine/partners");
        await Chromium.ScreenshotAsync(manager, "manager-practice-check");
        await manager.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(cell).ToContainTextAsync("In place", new() { Timeout = 30_000 });
        await Assertions.Expect(cell.GetByRole(AriaRole.Link, new() { Name = "evidence" }))
            .ToHaveAttributeAsync("href", "https://intranet.riverside.example/medicine/partners");
        await manager.GotoAsync("/partners/evaluation");
        await Assertions.Expect(manager.GetByTestId("initiative-evaluations")).ToContainTextAsync(FourWest);
        await Chromium.ScreenshotAsync(manager, "manager-engagement-evaluation");

        var admin = await SignedInAsync(browser, app.Address, "admin@riverside.example");
        await admin.GotoAsync("/partners/practices");
        await Chromium.ScreenshotAsync(admin, "admin-practices");

        foreach (var who in new[] { "staff@riverside.example", "partner@riverside.example" })
        {
            var page = await SignedInAsync(browser, app.Address, who);
            foreach (var url in new[] { "/partners/practices", "/partners/evaluation", $"/initiatives/{fourWest}/alignment/new",
                         $"/initiatives/{fourWest}/partnership/surveys/new", $"/initiatives/{sixNorth}/partnership/meetings/new" })
            {
                var response = await page.GotoAsync(url);
                Assert.True(response!.Status == 403, $"{who} {url}: {response.Status}");
            }
        }
        var partner = await SignedInAsync(browser, app.Address, "partner@riverside.example");
        await partner.GotoAsync($"/initiatives/{fourWest}/partnership");
        await Assertions.Expect(partner.GetByTestId("participant-evaluation")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Assertions.Expect(partner.GetByRole(AriaRole.Link, new() { Name = "Assess a group" })).ToHaveCountAsync(0);
        await Chromium.ScreenshotAsync(partner, "partner-partnership-evaluation");
    }

    private static async Task<int> IdOfAsync(IPage page, string title)
    {
        await page.GotoAsync("/initiatives");
        var href = await page.GetByRole(AriaRole.Link, new() { Name = title }).First.GetAttributeAsync("href");
        return int.Parse(Regex.Match(href!, @"/initiatives/(\d+)").Groups[1].Value, CultureInfo.InvariantCulture);
    }

    private static async Task<IPage> SignedInAsync(IBrowser browser, Uri address, string email)
    {
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = address.ToString(), ViewportSize = new ViewportSize { Width = 1280, Height = 860 } });
        await page.GotoAsync("/login");
        await page.GetByLabel("E-mail").FillAsync(email);
        await page.GetByLabel("Password").FillAsync("Demo-learning-2025");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(new Regex("^Hello, "));
        return page;
    }
}
