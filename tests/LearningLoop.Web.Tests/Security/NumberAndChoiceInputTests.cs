using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using LearningLoop.Web.Tests.Infrastructure;
using LearningLoop.Web.Tests.Initiatives;
using LearningLoop.Web.Tests.Measures;

namespace LearningLoop.Web.Tests.Security;

/// <summary>The promise: no API body, query or form stores NaN, an infinity or an enum number that names nothing, and
/// no absurd query value reaches the database as a 500. Each is refused with a 400 that names the field. One
/// representative per endpoint that takes numbers or choices (see docs/security.md for the list).</summary>
public abstract class NumberAndChoiceInputTests(LearningLoopApp app)
{
    private const string Admin = InitiativeTestData.Admin;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string url, string json) =>
        await client.SendAsync(new HttpRequestMessage(method, url) { Content = new StringContent(json, Encoding.UTF8, "application/json") });

    private static async Task AssertRefusedAsync(HttpResponseMessage response, string field)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{response.RequestMessage?.RequestUri}: {(int)response.StatusCode} {text}");
        Assert.StartsWith("application/problem+json", response.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
        var errors = JsonDocument.Parse(text).RootElement.GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out var messages), $"no error for {field}: {text}");
        Assert.NotEmpty(messages.EnumerateArray());
    }

    private int AnyMeasureId() => app.MeasureId("Length of stay", "4 West");

    [Theory]
    [InlineData("target", "\"-Infinity\"", "Target")]
    [InlineData("target", "\"NaN\"", "Target")]
    [InlineData("multiplier", "\"Infinity\"", "Multiplier")]
    [InlineData("ownerLevel", "99", "OwnerLevel")]
    [InlineData("kind", "-1", "Kind")]
    [InlineData("chart", "42", "Chart")]
    public async Task A_measure_with_a_non_finite_number_or_unknown_choice_is_refused_and_the_list_still_reads(string field, string value, string key)
    {
        var client = await app.ClientForAsync(Admin);
        var before = app.WithSystemScope(db => db.Measures.Count());
        var body = $"{{\"name\":\"Probe {field}\",\"ownerLevel\":\"Organisation\",\"multiplier\":1,\"{field}\":{value}}}";
        await AssertRefusedAsync(await SendAsync(client, HttpMethod.Post, "/api/v1/measures", body), key);
        await AssertRefusedAsync(await SendAsync(client, HttpMethod.Put, $"/api/v1/measures/{AnyMeasureId()}", body), key);
        Assert.Equal(before, app.WithSystemScope(db => db.Measures.Count()));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/measures")).StatusCode);
    }

    [Fact]
    public async Task Measure_values_and_queries_refuse_non_finite_numbers_unknown_levels_and_absurd_months()
    {
        var client = await app.ClientForAsync(Admin);
        await AssertRefusedAsync(await SendAsync(client, HttpMethod.Put, $"/api/v1/measures/{AnyMeasureId()}/values",
            "[{\"period\":\"2024-01\",\"numerator\":\"Infinity\",\"denominator\":10}]"), "[0].Numerator");
        await AssertRefusedAsync(await client.GetAsync("/api/v1/measures?level=99"), "level");
        await AssertRefusedAsync(await client.GetAsync("/api/v1/measures/compare?name=Falls&from=0001-01&to=9999-12"), "from");
        await AssertRefusedAsync(await client.GetAsync("/api/v1/measures/compare.csv?name=Falls&from=2024-01&to=9999-12"), "to");
    }

    [Fact]
    public async Task Initiatives_refuse_non_finite_aims_unknown_phases_and_roles_and_absurd_stale_weeks()
    {
        var client = await app.ClientForAsync(Admin);
        var id = app.InitiativeId(InitiativeTestData.FourWest);
        await AssertRefusedAsync(await SendAsync(client, HttpMethod.Post, "/api/v1/initiatives",
            "{\"title\":\"Probe\",\"startedOn\":\"2025-01-01\",\"aimBaseline\":\"NaN\"}"), "AimBaseline");
        await AssertRefusedAsync(await SendAsync(client, HttpMethod.Put, $"/api/v1/initiatives/{id}",
            "{\"title\":\"Probe\",\"startedOn\":\"2025-01-01\",\"aimTarget\":\"-Infinity\",\"phase\":7}"), "AimTarget");
        await AssertRefusedAsync(await SendAsync(client, HttpMethod.Post, $"/api/v1/initiatives/{id}/team", "{\"personId\":1,\"role\":99}"), "Role");
        await AssertRefusedAsync(await SendAsync(client, HttpMethod.Post, $"/api/v1/initiatives/{id}/cycles", "{\"decision\":99}"), "Decision");
        await AssertRefusedAsync(await SendAsync(client, HttpMethod.Post, "/api/v1/interventions", $"{{\"initiativeId\":{id},\"kind\":99}}"), "Kind");
        await AssertRefusedAsync(await client.GetAsync("/api/v1/initiatives?staleAfterWeeks=2147483647"), "staleAfterWeeks");
        await AssertRefusedAsync(await client.GetAsync("/api/v1/initiatives?phase=99"), "phase");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/initiatives?staleAfterWeeks=8")).StatusCode);
    }

    [Fact]
    public async Task Interview_notes_units_people_and_survey_results_refuse_unknown_choices_and_non_finite_bands()
    {
        var client = await app.ClientForAsync(Admin);
        await AssertRefusedAsync(await SendAsync(client, HttpMethod.Post, "/api/v1/interview-notes",
            "{\"interviewedOn\":\"2025-01-01\",\"intervieweeRole\":\"Nurse\",\"themes\":[1048576]}"), "Themes[0]");
        await AssertRefusedAsync(await client.GetAsync("/api/v1/interview-notes?theme=1048576"), "theme");
        await AssertRefusedAsync(await SendAsync(client, HttpMethod.Post, "/api/v1/units", "{\"name\":\"Probe\",\"divisionId\":1,\"kind\":99}"), "Kind");
        await AssertRefusedAsync(await SendAsync(client, HttpMethod.Post, "/api/v1/people",
            "{\"name\":\"Probe\",\"email\":\"probe@riverside.example\",\"level\":99}"), "Level");
        await AssertRefusedAsync(await client.GetAsync("/api/v1/surveys/waves/1/results?moderate=NaN"), "moderate");
    }

    [Fact]
    public async Task The_measure_and_initiative_forms_refuse_non_finite_numbers_beside_the_field()
    {
        var client = await app.ClientForAsync(Admin);
        var measure = await BlazorForm.PostAsync(client, "/measures/new", "measure", new Dictionary<string, string>
        {
            ["Input.Name"] = "Probe form measure", ["Input.Owner"] = "organisation", ["Input.Kind"] = "Process", ["Input.Frequency"] = "Month",
            ["Input.Chart"] = "", ["Input.Multiplier"] = "1", ["Input.Direction"] = "Up", ["Input.Target"] = "NaN",
        });
        Assert.Equal(HttpStatusCode.OK, measure.StatusCode);
        Assert.Contains("validation-message", await measure.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, app.WithSystemScope(db => db.Measures.Count(m => m.Name == "Probe form measure")));

        var initiative = await BlazorForm.PostAsync(client, "/initiatives/new", "initiative", new Dictionary<string, string>
        {
            ["Input.Title"] = "Probe form initiative", ["Input.StartedOn"] = "2025-01-01", ["Input.Phase"] = "Idea", ["Input.AimBaseline"] = "Infinity",
        });
        Assert.Equal(HttpStatusCode.OK, initiative.StatusCode);
        Assert.Contains("validation-message", await initiative.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, app.WithSystemScope(db => db.Initiatives.Count(i => i.Title == "Probe form initiative")));
    }
}

public sealed class SqliteNumberAndChoiceInputTests(SqliteApp app) : NumberAndChoiceInputTests(app), IClassFixture<SqliteApp>;

public sealed class PostgresNumberAndChoiceInputTests(PostgresApp app) : NumberAndChoiceInputTests(app), IClassFixture<PostgresApp>;
