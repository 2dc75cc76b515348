using System.Net;
using System.Text.Json;
using LearningLoop.EndToEnd.Tests.Infrastructure;

namespace LearningLoop.EndToEnd.Tests.Faults;

/// <summary>Issue 13 item 10b: PostgreSQL restarts while the app serves (a throwaway cluster the test starts itself).
/// During the outage requests that need the database get 503 with <c>Retry-After</c> and a problem saying so, never a
/// 500; once the server is back the same session reads and writes again, with no step by anyone.</summary>
public sealed class DatabaseRestartTests
{
    [Fact]
    public async Task The_app_answers_503_while_postgres_is_down_and_serves_again_once_it_is_back()
    {
        if (ThrowawayPostgres.Binaries is null) return; // test.sh installs them; without, there is nothing to restart
        await using var postgres = await ThrowawayPostgres.StartAsync();
        await using var app = await RunningApp.StartAsync(demo: true, new Dictionary<string, string>
        {
            ["Database__Provider"] = "Postgres", ["ConnectionStrings__LearningLoop"] = postgres.ConnectionString, ["RateLimits__SignInPerMinute"] = "0",
        });
        using var lead = new FaultClient(app.Address);
        await lead.SignInAsync("lead@riverside.example");
        Assert.Equal(HttpStatusCode.OK, (await lead.Http.GetAsync("/api/v1/units")).StatusCode);

        await postgres.StopAsync();
        for (var i = 0; i < 3; i++)
        {
            var refused = await lead.Http.GetAsync("/api/v1/units");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
            Assert.True(refused.Headers.Contains("Retry-After"));
            var problem = JsonDocument.Parse(await refused.Content.ReadAsStringAsync()).RootElement;
            Assert.Equal("The database is not answering", problem.GetProperty("title").GetString());
        }
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await lead.Http.GetAsync("/health/ready")).StatusCode);

        await postgres.StartAgainAsync();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        HttpStatusCode status;
        do
        {
            status = (await lead.Http.GetAsync("/api/v1/units")).StatusCode;
            if (status != HttpStatusCode.OK) await Task.Delay(500);
        }
        while (status != HttpStatusCode.OK && DateTime.UtcNow < deadline);
        Assert.Equal(HttpStatusCode.OK, status);
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await lead.Http.GetAsync("/api/v1/units")).StatusCode);
        }
        // Writes work again too: a wave with links, answered once.
        var (_, tokens) = await lead.WaveWithLinksAsync("After the restart", 1);
        Assert.Contains("Your answers are in", await FaultClient.AnswerAsync(app.Address, tokens[0], await lead.RatedWorkgroupsAsync(), 4), StringComparison.Ordinal);
    }
}
