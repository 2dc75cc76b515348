using System.Collections.Concurrent;
using LearningLoop.EndToEnd.Tests.Infrastructure;
using LearningLoop.Web.Tests.Infrastructure;

namespace LearningLoop.EndToEnd.Tests.Faults;

/// <summary>Issue 13 item 10a: the server process is killed (SIGKILL) while respondents submit, then started again on the
/// same database. Every submission the server acknowledged is stored exactly once, no response is half-written (each has
/// all its answers and its used-link hash), and answering every link again stores each link's response once in all.</summary>
public sealed class KilledServerTests
{
    private const int Links = 240;
    private const int AnswersEach = 14;

    [Fact]
    public Task Sqlite_keeps_every_acknowledged_submission_once_after_a_kill() => SubmissionsSurviveAKillAsync("Sqlite");

    [PostgresFact]
    public Task Postgres_keeps_every_acknowledged_submission_once_after_a_kill() => SubmissionsSurviveAKillAsync("Postgres");

    private static async Task SubmissionsSurviveAKillAsync(string provider)
    {
        await using var database = await FaultDatabase.CreateAsync(provider);
        var app = await RunningApp.StartAsync(demo: true, database.Settings);
        int wave;
        List<string> tokens;
        int[] workgroups;
        var acknowledged = new ConcurrentBag<string>();
        try
        {
            using var lead = new FaultClient(app.Address);
            await lead.SignInAsync("lead@riverside.example");
            (wave, tokens) = await lead.WaveWithLinksAsync("Killed mid-way", Links);
            workgroups = await lead.RatedWorkgroupsAsync();
            using var kill = new CancellationTokenSource();
            var answering = Task.WhenAll(Enumerable.Range(0, 12).Select(worker => Task.Run(async () =>
            {
                for (var i = worker; i < tokens.Count && !kill.IsCancellationRequested; i += 12)
                {
                    try
                    {
                        if ((await FaultClient.AnswerAsync(app.Address, tokens[i], workgroups, 3)).Contains("Your answers are in", StringComparison.Ordinal))
                        {
                            acknowledged.Add(tokens[i]);
                        }
                    }
                    catch (HttpRequestException)
                    {
                        return; // the server is gone
                    }
                }
            })));
            while (acknowledged.Count < 40 && !answering.IsCompleted) await Task.Delay(20);
            await app.KillAsync(); // while the other respondents' submissions are in flight
            await kill.CancelAsync();
            await answering;
        }
        finally
        {
            await app.DisposeAsync();
        }
        Assert.InRange(acknowledged.Count, 40, Links - 1);

        var restarted = await RunningApp.StartAsync(demo: true, database.Settings);
        await using (restarted)
        {
            var stored = await database.CountAsync($"""SELECT count(*) FROM "Responses" WHERE "WaveId" = {wave}""");
            Assert.True(stored >= acknowledged.Count, $"{acknowledged.Count} acknowledged, {stored} stored");
            Assert.Equal(stored, await database.CountAsync($"""SELECT count(*) FROM "UsedTokenHashes" WHERE "WaveId" = {wave}"""));
            Assert.Equal(0, await database.CountAsync($"""
                SELECT count(*) FROM "Responses" r WHERE r."WaveId" = {wave}
                AND (SELECT count(*) FROM "Answers" a WHERE a."ResponseId" = r."Id") <> {AnswersEach}
                """));
            foreach (var token in acknowledged.Take(10))
            {
                Assert.Contains("already been used", await FaultClient.AnswerAsync(restarted.Address, token, workgroups, 1), StringComparison.Ordinal);
            }
            // Everyone answers again: links stored before the kill (acknowledged or not) are refused, the rest stored now.
            var pages = await Task.WhenAll(tokens.Select(t => FaultClient.AnswerAsync(restarted.Address, t, workgroups, 5)));
            var acceptedNow = pages.Count(p => p.Contains("Your answers are in", StringComparison.Ordinal));
            Assert.Equal(Links - stored, acceptedNow);
            Assert.Equal(stored, pages.Count(p => p.Contains("already been used", StringComparison.Ordinal)));
            Assert.Equal(Links, await database.CountAsync($"""SELECT count(*) FROM "Responses" WHERE "WaveId" = {wave}"""));
            Assert.Equal(Links, await database.CountAsync($"""SELECT count(*) FROM "UsedTokenHashes" WHERE "WaveId" = {wave}"""));
            Assert.Equal(Links * AnswersEach, await database.CountAsync($"""
                SELECT count(*) FROM "Answers" a JOIN "Responses" r ON r."Id" = a."ResponseId" WHERE r."WaveId" = {wave}
                """));
            Assert.Equal(0, await database.CountAsync($"""
                SELECT count(*) FROM "Answers" a JOIN "Responses" r ON r."Id" = a."ResponseId" WHERE r."WaveId" = {wave} AND a."Value" = 1
                """));
        }
    }
}
