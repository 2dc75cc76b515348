using Microsoft.Playwright;

namespace LearningLoop.EndToEnd.Tests.Infrastructure;

/// <summary>Headless Debian Chromium driven by Playwright; no browser is downloaded.</summary>
public static class Chromium
{
    public static string ExecutablePath =>
        Environment.GetEnvironmentVariable("LEARNINGLOOP_TEST_CHROMIUM") is { Length: > 0 } configured ? configured : "/usr/bin/chromium";

    public static Task<IBrowser> LaunchAsync(IPlaywright playwright) => playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
    {
        ExecutablePath = ExecutablePath,
        Headless = true,
        // This machine has no network beyond loopback: background services would only fail to connect.
        Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"],
    });

    /// <summary>Screenshots go to artifacts/screenshots in the repository, for people to look at; not committed. Every page
    /// a journey shows people is also held to the accessibility budget (decision 0034), as the person the journey signed
    /// in as: the screenshot is taken first, so a failing page can still be looked at.</summary>
    public static async Task ScreenshotAsync(IPage page, string name)
    {
        var dir = Path.Combine(RunningApp.RepositoryRoot(), "artifacts", "screenshots");
        Directory.CreateDirectory(dir);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(dir, name + ".png"), FullPage = true });
        await Accessibility.AssertWithinBudgetAsync(page);
    }

    /// <summary>Clicks a link and waits until the browser is at its page. On a loaded machine a click can land while
    /// Blazor's enhanced navigation is still patching the previous page in, and is then lost (a CI run waited 30 s on
    /// the driver diagram's edit link); a person would click again, and so does this, up to three times. The link is
    /// still what takes the browser there: no attempt navigates by address.</summary>
    public static async Task FollowAsync(IPage page, ILocator link, string urlGlob)
    {
        for (var attempt = 1; ; attempt++)
        {
            await link.ClickAsync();
            try
            {
                await page.WaitForURLAsync(urlGlob, new() { Timeout = 10_000 });
                return;
            }
            catch (TimeoutException) when (attempt < 3)
            {
            }
        }
    }

    /// <summary>Signs a demo person in through the login form and waits for their home ("Hello, …").</summary>
    public static async Task SignInAsync(IPage page, string email)
    {
        await page.GotoAsync("/login");
        await page.GetByLabel("E-mail").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(LearningLoop.Web.Tests.Infrastructure.SiteCrawl.DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^Hello, "));
    }
}
