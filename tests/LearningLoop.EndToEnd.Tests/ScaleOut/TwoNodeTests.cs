using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Reflection;
using System.Text.Json;
using LearningLoop.Core.Persistence;
using LearningLoop.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace LearningLoop.EndToEnd.Tests.ScaleOut;

/// <summary>Scale-out as a network deploys it (issue 15, decision 0019): two web nodes share nothing but one PostgreSQL
/// database, so whatever one node hands out (a session, a form's token, an API key) the other accepts, and whatever
/// one node records (a used survey link, a response) the other sees.</summary>
public sealed class TwoNodeTests(TwoNodes nodes) : IClassFixture<TwoNodes>
{
    private const string Admin = "admin@riverside.example";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private static readonly string[] Dimensions = ["frequency", "timeliness", "accuracy", "problem_solving", "shared_goals", "shared_knowledge", "mutual_respect"];

    [PostgresFact]
    public async Task Both_nodes_started_together_on_an_empty_database_migrate_it_once_seed_one_demo_and_come_up()
    {
        foreach (var node in nodes.All)
        {
            Assert.Equal(HttpStatusCode.OK, (await new HttpClient().GetAsync(new Uri(node.Address, "/health/ready"))).StatusCode);
        }
        var migrations = typeof(PostgresLearningLoopDbContext).Assembly.GetTypes().Count(t =>
            t.GetCustomAttribute<MigrationAttribute>() is not null && t.GetCustomAttribute<DbContextAttribute>()?.ContextType == typeof(PostgresLearningLoopDbContext));
        Assert.True(migrations > 5);
        Assert.Equal(migrations, await nodes.QueryAsync<long>("""SELECT count(*) FROM "__EFMigrationsHistory" """));
        // One node seeded the demo; the other waited for it, found it and seeded nothing.
        Assert.Single(nodes.All, n => n.Output.Contains("demo organisation seeded", StringComparison.Ordinal));
        Assert.Equal(1L, await nodes.QueryAsync<long>("""SELECT count(*) FROM "Organisations" WHERE "Name" = 'Riverside General Hospital'"""));
        // The demo has the same measure on several units, never twice on one.
        Assert.Equal(0L, await nodes.QueryAsync<long>("""
            SELECT count(*) FROM (SELECT 1 FROM "Measures" GROUP BY "OrganisationId", "UnitId", "DivisionId", "Name" HAVING count(*) > 1) AS twice
            """));
        Assert.Equal(0L, await nodes.QueryAsync<long>("""SELECT count(*) FROM (SELECT 1 FROM "Waves" GROUP BY "OrganisationId", "Name" HAVING count(*) > 1) AS twice"""));
        Assert.Equal(0L, await nodes.QueryAsync<long>("""
            SELECT count(*) FROM (SELECT 1 FROM "Initiatives" GROUP BY "OrganisationId", "Title" HAVING count(*) > 1) AS twice
            """));
    }

    [PostgresFact]
    public async Task A_person_signed_in_on_one_node_is_signed_in_on_the_other()
    {
        using var browser = new NodeBrowser();
        await browser.SignInAsync(nodes.A.Address, Admin);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync(nodes.B.Address, "/people")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync(nodes.A.Address, "/people")).StatusCode);

        using var stranger = new NodeBrowser();
        var refused = await stranger.GetAsync(nodes.B.Address, "/people");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Equal("/login", refused.Headers.Location?.AbsolutePath);
    }

    [PostgresFact]
    public async Task A_form_from_one_node_is_accepted_by_the_other_and_a_spoilt_token_is_not()
    {
        using var browser = new NodeBrowser();
        await browser.SignInAsync(nodes.A.Address, Admin);

        var (accepted, key) = await browser.CreateApiKeyAsync(nodes.A.Address, nodes.B.Address, "form from A, posted to B");
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.StartsWith("ll_", key, StringComparison.Ordinal);

        var (refused, none) = await browser.CreateApiKeyAsync(nodes.A.Address, nodes.B.Address, "spoilt token", spoilToken: true);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Null(none);
        Assert.Equal(0L, await nodes.QueryAsync<long>("""SELECT count(*) FROM "ApiKeys" WHERE "Name" = 'spoilt token'"""));
    }

    [PostgresFact]
    public async Task An_api_key_made_on_one_node_works_on_the_other()
    {
        var key = await ApiKeyMadeOnAAsync("script key");
        using var script = ScriptFor(nodes.B, key);
        var me = await script.GetFromJsonAsync<JsonElement>("/api/v1/me", Json);
        Assert.Equal(Admin, me.GetProperty("email").GetString());
        using var wrongKey = ScriptFor(nodes.B, key[..^3] + "xyz");
        Assert.Equal(HttpStatusCode.Unauthorized, (await wrongKey.GetAsync("/api/v1/me")).StatusCode);
    }

    [PostgresFact]
    public async Task A_single_use_survey_link_answered_on_one_node_is_refused_on_the_other()
    {
        var (wave, tokens) = await WaveWithLinksAsync("Link used on A", 1);
        var first = await AnswerAsync(nodes.A.Address, tokens[0], 4);
        Assert.Contains("Your answers are in", first, StringComparison.Ordinal);
        var again = await AnswerAsync(nodes.B.Address, tokens[0], 1);
        Assert.Contains("already been used", again, StringComparison.Ordinal);
        Assert.Equal(1L, await nodes.QueryAsync<long>($"""SELECT count(*) FROM "Responses" WHERE "WaveId" = {wave}"""));
        Assert.Equal(0L, await nodes.QueryAsync<long>($"""
            SELECT count(*) FROM "Answers" a JOIN "Responses" r ON r."Id" = a."ResponseId" WHERE r."WaveId" = {wave} AND a."Value" = 1
            """));
    }

    [PostgresFact]
    public async Task Two_hundred_respondents_split_across_both_nodes_at_once_are_each_stored_once()
    {
        const int respondents = 200;
        var (wave, tokens) = await WaveWithLinksAsync("Two hundred at once", respondents);
        using var gate = new SemaphoreSlim(16); // as many at once as a ward's kiosks and phones might manage
        var pages = await Task.WhenAll(tokens.Select(async (token, i) =>
        {
            await gate.WaitAsync();
            try
            {
                return await AnswerAsync((i % 2 == 0 ? nodes.A : nodes.B).Address, token, 1 + i % 5);
            }
            finally
            {
                gate.Release();
            }
        }));

        Assert.All(pages, p => Assert.Contains("Your answers are in", p, StringComparison.Ordinal));
        Assert.Equal(respondents, await nodes.QueryAsync<long>($"""SELECT count(*) FROM "Responses" WHERE "WaveId" = {wave} AND "Status" = 'Submitted'"""));
        Assert.Equal(respondents, await nodes.QueryAsync<long>($"""SELECT count(*) FROM "UsedTokenHashes" WHERE "WaveId" = {wave}"""));
        Assert.Equal(respondents * 14, await nodes.QueryAsync<long>($"""
            SELECT count(*) FROM "Answers" a JOIN "Responses" r ON r."Id" = a."ResponseId" WHERE r."WaveId" = {wave}
            """));
        // Each respondent's values, not only their number: the sum of 1 + i mod 5 over all of them, 14 answers each.
        var expected = Enumerable.Range(0, respondents).Sum(i => 14L * (1 + i % 5));
        Assert.Equal(expected, await nodes.QueryAsync<long>($"""
            SELECT sum(a."Value")::bigint FROM "Answers" a JOIN "Responses" r ON r."Id" = a."ResponseId" WHERE r."WaveId" = {wave}
            """));
    }

    private async Task<string> ApiKeyMadeOnAAsync(string name)
    {
        using var browser = new NodeBrowser();
        await browser.SignInAsync(nodes.A.Address, Admin);
        var (response, key) = await browser.CreateApiKeyAsync(nodes.A.Address, nodes.A.Address, name);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return key!;
    }

    private static HttpClient ScriptFor(Infrastructure.RunningApp node, string key)
    {
        var client = new HttpClient { BaseAddress = node.Address };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return client;
    }

    /// <summary>A relational coordination wave on 4 West rating nurses and case managers, made through node B's API with a
    /// key made on node A, and links made through node A.</summary>
    private async Task<(int Wave, List<string> Tokens)> WaveWithLinksAsync(string name, int count)
    {
        var key = await ApiKeyMadeOnAAsync($"organiser for {name}");
        using var onB = ScriptFor(nodes.B, key);
        var instruments = await onB.GetFromJsonAsync<JsonElement[]>("/api/v1/surveys/instruments", Json);
        var rc = instruments!.Single(i => i.GetProperty("key").GetString() == "relational-coordination").GetProperty("id").GetInt32();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var created = await onB.PostAsJsonAsync("/api/v1/surveys/waves", new
        {
            name, instrumentId = rc, opens = today, closes = today.AddDays(14), focalWorkProcess = "discharging a patient",
            unitIds = new[] { await UnitIdAsync("4 West") }, workgroupIds = new[] { await WorkgroupIdAsync("nurse"), await WorkgroupIdAsync("case_manager") },
            links = true, kiosk = false,
        }, Json);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var wave = (await created.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("id").GetInt32();

        using var onA = ScriptFor(nodes.A, key);
        var links = await onA.PostAsJsonAsync($"/api/v1/surveys/waves/{wave}/links", new { count }, Json);
        Assert.Equal(HttpStatusCode.OK, links.StatusCode);
        var tokens = (await links.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("links").EnumerateArray()
            .Select(l => l.GetString()!).Select(l => l[(l.IndexOf('#', StringComparison.Ordinal) + 1)..]).ToList();
        Assert.Equal(count, tokens.Count);
        return (wave, tokens);
    }

    /// <summary>A respondent on <paramref name="node"/>: opens the anonymous form, answers every question about both
    /// workgroups with <paramref name="value"/> as a nurse, and submits. Returns the page.</summary>
    private async Task<string> AnswerAsync(Uri node, string token, int value)
    {
        var fields = new Dictionary<string, string> { ["workgroup"] = (await WorkgroupIdAsync("nurse")).ToString(CultureInfo.InvariantCulture) };
        foreach (var workgroup in new[] { "nurse", "case_manager" })
        {
            var id = await WorkgroupIdAsync(workgroup);
            foreach (var item in Dimensions) fields[$"a.{item}.{id}"] = value.ToString(CultureInfo.InvariantCulture);
        }
        fields["token"] = token;
        fields["action"] = "submit";
        fields["lang"] = "en";
        using var respondent = new NodeBrowser();
        var response = await respondent.PostFormAsync(node, node, "/s", "survey", fields);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    private readonly Dictionary<string, int> _ids = [];

    private async Task<int> IdAsync(string sql)
    {
        lock (_ids)
        {
            if (_ids.TryGetValue(sql, out var known)) return known;
        }
        var id = await nodes.QueryAsync<int>(sql);
        lock (_ids) _ids[sql] = id;
        return id;
    }

    private Task<int> UnitIdAsync(string name) => IdAsync($"""
        SELECT u."Id" FROM "Units" u JOIN "Organisations" o ON o."Id" = u."OrganisationId"
        WHERE o."Name" = 'Riverside General Hospital' AND u."Name" = '{name}'
        """);

    private Task<int> WorkgroupIdAsync(string key) => IdAsync($"""
        SELECT w."Id" FROM "Workgroups" w JOIN "Organisations" o ON o."Id" = w."OrganisationId"
        WHERE o."Name" = 'Riverside General Hospital' AND w."Key" = '{key}'
        """);
}
