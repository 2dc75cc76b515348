using System.Text.RegularExpressions;
using LearningLoop.EndToEnd.Tests.Infrastructure;
using Microsoft.Playwright;

namespace LearningLoop.EndToEnd.Tests;

/// <summary>In a real browser on the seeded demo: the top bar's search box finds what a person types the start of, grouped
/// by kind with the words marked, and shows a patient partner no e-mail address; a wave translated on its translations page
/// reads in French to a French respondent. Screenshots land in artifacts/screenshots.</summary>
public sealed partial class SearchJourneyTests
{
    private static readonly BrowserNewPageOptions Laptop = new() { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } };

    [Fact]
    public async Task The_top_bar_finds_everything_a_person_may_see_and_a_translated_wave_reads_in_french()
    {
        await using var app = await RunningApp.StartAsync(demo: true);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);

        var lead = await browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = app.Address.ToString(), ViewportSize = Laptop.ViewportSize });
        await Chromium.SignInAsync(lead, "lead@riverside.example");
        await lead.GetByRole(AriaRole.Search).First.GetByLabel("Search everything").FillAsync("hud");
        await lead.Keyboard.PressAsync("Enter");
        await Assertions.Expect(lead.GetByRole(AriaRole.Heading, new() { Level = 2, Name = "Lessons learned" })).ToBeVisibleAsync();
        await Assertions.Expect(lead.Locator("section[data-kind=lessons] mark").First).ToHaveTextAsync(new Regex("^[Hh]ud"));
        await Chromium.ScreenshotAsync(lead, "search-lead");
        await lead.GotoAsync("/search?q=aisha");
        await Assertions.Expect(lead.Locator("section[data-kind=people]")).ToContainTextAsync("@riverside.example");

        var partner = await browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = app.Address.ToString(), ViewportSize = Laptop.ViewportSize });
        await Chromium.SignInAsync(partner, "partner@riverside.example");
        await partner.GetByLabel("Search everything").FillAsync("aisha west");
        await partner.Keyboard.PressAsync("Enter");
        await Assertions.Expect(partner.GetByRole(AriaRole.Status)).ToBeVisibleAsync();
        await partner.GotoAsync("/search?q=aisha");
        await Assertions.Expect(partner.Locator("section[data-kind=people] li").First).ToBeVisibleAsync();
        await Assertions.Expect(partner.Locator("main")).Not.ToContainTextAsync("@riverside.example");
        await Chromium.ScreenshotAsync(partner, "search-partner");

        // A wave on 4 West, its set-up translated into French on the translations page.
        await lead.GotoAsync("/surveys/waves/new");
        await lead.GetByLabel("Name").FillAsync("4 West discharge RC, in French");
        await lead.GetByLabel("Focal work process").FillAsync("discharging a patient");
        await lead.GetByLabel("4 West").CheckAsync();
        foreach (var group in new[] { "Nurses", "Case managers" })
        {
            await lead.GetByLabel(group, new() { Exact = true }).CheckAsync();
        }
        await lead.GetByRole(AriaRole.Button, new() { Name = "Create wave" }).ClickAsync();
        await Assertions.Expect(lead.GetByTestId("translation-state")).ToContainTextAsync("6 missing");
        await lead.GetByRole(AriaRole.Link, new() { Name = "Translate" }).ClickAsync();
        await lead.GetByLabel("discharging a patient in Français").FillAsync("la sortie d'un patient");
        await lead.GetByLabel("Nurses in Français").FillAsync("Infirmières");
        await lead.GetByLabel("Case managers in Français").FillAsync("Gestionnaires de cas");
        await lead.GetByLabel("Nurses in Español").FillAsync("Enfermeras");
        await lead.GetByRole(AriaRole.Button, new() { Name = "Save translations" }).ClickAsync();
        await Assertions.Expect(lead.GetByTestId("missing-translations")).ToContainTextAsync("Missing: Español (discharging a patient, Case managers)");
        await Chromium.ScreenshotAsync(lead, "survey-wave-translations");
        await lead.GetByRole(AriaRole.Link, new() { Name = "Back to the wave" }).ClickAsync();
        await lead.GetByLabel("How many").FillAsync("1");
        await lead.GetByRole(AriaRole.Button, new() { Name = "Generate links" }).ClickAsync();
        var link = (await lead.Locator("[data-testid=links]").InputValueAsync()).Trim();

        var respondent = await browser.NewPageAsync(new BrowserNewPageOptions
        {
            ViewportSize = Laptop.ViewportSize, Locale = "fr-FR", ExtraHTTPHeaders = new Dictionary<string, string> { ["Accept-Language"] = "fr-FR,fr;q=0.9" },
        });
        await respondent.GotoAsync(link);
        await Assertions.Expect(respondent.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Comment nous travaillons ensemble");
        await Assertions.Expect(respondent.GetByRole(AriaRole.Radio, new() { Name = "Infirmières", Exact = true })).ToBeVisibleAsync();
        var text = await respondent.Locator("main").InnerTextAsync();
        Assert.Contains("la sortie d'un patient", text, StringComparison.Ordinal);
        foreach (var english in new[] { "Nurses", "Case managers", "discharging" })
        {
            Assert.DoesNotContain(english, text, StringComparison.OrdinalIgnoreCase);
        }
        await Chromium.ScreenshotAsync(respondent, "survey-respondent-french");
    }
}
