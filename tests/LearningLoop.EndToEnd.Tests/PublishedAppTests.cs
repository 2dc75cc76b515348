using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using LearningLoop.EndToEnd.Tests.Infrastructure;

namespace LearningLoop.EndToEnd.Tests;

/// <summary>`dotnet publish` output runs as is, as a hospital deploys it: the database is created and migrated on first
/// start, and the pages' stylesheet and other static assets are served from the published folder.</summary>
public sealed partial class PublishedAppTests
{
    [GeneratedRegex("<link rel=\"stylesheet\" href=\"([^\"]+)\"")]
    private static partial Regex Stylesheet();

    [Fact]
    public async Task The_published_app_migrates_its_database_and_serves_its_stylesheet()
    {
        var output = Directory.CreateTempSubdirectory("learningloop-publish-");
        try
        {
            var project = Path.Combine(RunningApp.RepositoryRoot(), "src", "LearningLoop.Web");
            // The test command has just built the solution; publishing reuses that build instead of compiling again.
            var publish = Process.Start(new ProcessStartInfo("dotnet", ["publish", project, "-c", RunningApp.BuildConfiguration, "--no-build", "-o", output.FullName])
            {
                RedirectStandardOutput = true, RedirectStandardError = true,
            })!;
            var log = await publish.StandardOutput.ReadToEndAsync() + await publish.StandardError.ReadToEndAsync();
            await publish.WaitForExitAsync();
            Assert.True(publish.ExitCode == 0, log);

            await using var app = await RunningApp.StartPublishedAsync(output.FullName, demo: false);
            using var http = new HttpClient { BaseAddress = app.Address };
            var setup = await http.GetAsync("/setup");
            Assert.Equal(HttpStatusCode.OK, setup.StatusCode);
            var href = Stylesheet().Match(await setup.Content.ReadAsStringAsync()).Groups[1].Value;
            Assert.Matches(@"^/?app\.[a-z0-9]+\.css$", href);   // fingerprinted by MapStaticAssets

            var css = await http.GetAsync(href.StartsWith('/') ? href : "/" + href);
            Assert.Equal(HttpStatusCode.OK, css.StatusCode);
            Assert.Equal("text/css", css.Content.Headers.ContentType?.MediaType);
            Assert.Contains(".home-grid", await css.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/favicon.svg")).StatusCode);
        }
        finally
        {
            output.Delete(recursive: true);
        }
    }
}
