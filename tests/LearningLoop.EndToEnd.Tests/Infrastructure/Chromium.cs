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

    /// <summary>Screenshots go to artifacts/screenshots in the repository, for people to look at; not committed.</summary>
    public static async Task ScreenshotAsync(IPage page, string name)
    {
        var dir = Path.Combine(RunningApp.RepositoryRoot(), "artifacts", "screenshots");
        Directory.CreateDirectory(dir);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(dir, name + ".png"), FullPage = true });
    }
}
