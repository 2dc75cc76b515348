using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using LearningLoop.Web.Tests.Infrastructure;

namespace LearningLoop.Web.Tests.Surveys;

/// <summary>FHIR in and out through the API: Questionnaire export and import (a new version), and responses exported
/// as QuestionnaireResponses with nothing that identifies anyone.</summary>
public abstract class FhirApiTests(LearningLoopApp app)
{
    private readonly SurveyHarness _survey = new(app);
    private static readonly FhirJsonDeserializer Fhir = new(new DeserializerSettings());

    [Fact]
    public async System.Threading.Tasks.Task The_instrument_exports_as_a_questionnaire_and_importing_it_back_adds_a_version()
    {
        var admin = await app.ClientForAsync(SurveyHarness.Admin);
        var instruments = await admin.GetFromJsonAsync<JsonElement[]>("/api/v1/surveys/instruments", SurveyHarness.Json);
        var rc = instruments!.Single(i => i.GetProperty("key").GetString() == "relational-coordination");
        var response = await admin.GetAsync($"/api/v1/surveys/instruments/{rc.GetProperty("id").GetInt32()}/fhir");
        Assert.Equal("application/fhir+json", response.Content.Headers.ContentType!.MediaType);
        var json = await response.Content.ReadAsStringAsync();
        var questionnaire = Fhir.Deserialize<Questionnaire>(json);
        Assert.Equal("How we work together", questionnaire.Title);

        var staff = await app.ClientForAsync("staff@riverside.example");
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.PostAsync("/api/v1/surveys/instruments/fhir", new StringContent(json, Encoding.UTF8, "application/fhir+json"))).StatusCode);

        var imported = await admin.PostAsync("/api/v1/surveys/instruments/fhir", new StringContent(json, Encoding.UTF8, "application/fhir+json"));
        Assert.Equal(HttpStatusCode.Created, imported.StatusCode);
        var body = await imported.Content.ReadFromJsonAsync<JsonElement>(SurveyHarness.Json);
        Assert.Equal(rc.GetProperty("id").GetInt32(), body.GetProperty("id").GetInt32());
        Assert.True(body.GetProperty("latestVersion").GetInt32() >= 2);
        Assert.Equal(["en", "fr", "es"], body.GetProperty("languages").EnumerateArray().Select(l => l.GetString()));

        var refused = await admin.PostAsync("/api/v1/surveys/instruments/fhir", new StringContent("""{"resourceType":"Questionnaire","status":"active","name":"Bad","item":[{"linkId":"when","type":"dateTime"}]}""", Encoding.UTF8, "application/fhir+json"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("when", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain((await admin.GetFromJsonAsync<JsonElement[]>("/api/v1/surveys/instruments", SurveyHarness.Json))!, i => i.GetProperty("key").GetString() == "bad");
    }

    [Fact]
    public async System.Threading.Tasks.Task Responses_export_as_fhir_without_identifiers_times_units_or_small_groups()
    {
        var wave = await _survey.CreateWaveAsync("FHIR export", "nurse", "pharmacist");
        var tokens = await _survey.LinksAsync(wave, 7);
        for (var i = 0; i < 7; i++)
        {
            var fields = _survey.Answers(i < 5 ? "nurse" : "pharmacist", 2 + i % 3, "nurse", "pharmacist");
            fields["t.comments"] = i < 5 ? "nurses say hello" : "pharmacists say hello";
            await _survey.PostAsync(tokens[i], "submit", fields);
        }
        await _survey.CloseAsync(wave);
        var admin = await app.ClientForAsync(SurveyHarness.Admin);
        var json = await admin.GetStringAsync($"/api/v1/surveys/waves/{wave}/responses.fhir");
        var bundle = Fhir.Deserialize<Bundle>(json);
        var responses = bundle.Entry.Select(e => Assert.IsType<QuestionnaireResponse>(e.Resource)).ToList();
        Assert.Equal(5, responses.Count);
        Assert.All(responses, r =>
        {
            Assert.Null(r.Id);
            Assert.Empty(r.Identifier is null ? [] : new[] { r.Identifier });
            Assert.Null(r.AuthoredElement);
            Assert.Null(r.Author);
            Assert.Null(r.Subject);
            Assert.Equal(2, r.Item.Count(i => i.LinkId == "ratings"));
            Assert.Equal(7, r.Item.First(i => i.LinkId == "ratings").Item.Count(i => i.LinkId != "target"));
        });
        Assert.DoesNotContain("pharmacists say hello", json, StringComparison.Ordinal);
        Assert.DoesNotContain("4 West", json, StringComparison.Ordinal);
        foreach (var token in tokens) Assert.DoesNotContain(token, json, StringComparison.Ordinal);
        foreach (var id in app.WithSystemScope(db => db.Responses.Where(r => r.WaveId == wave).Select(r => r.Id).ToList()))
        {
            Assert.DoesNotContain(id.ToString(), json, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async System.Threading.Tasks.Task Respondent_pages_are_open_to_anyone_and_show_nothing_of_the_organisation()
    {
        var anonymous = app.CreateClient(new() { AllowAutoRedirect = false });
        var open = await anonymous.GetAsync("/s");
        Assert.Equal(HttpStatusCode.OK, open.StatusCode);
        var html = await open.Content.ReadAsStringAsync();
        Assert.DoesNotContain("Riverside", html, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"sidebar\"", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await anonymous.GetAsync("/surveys")).StatusCode);
        var manager = await app.ClientForAsync("manager@riverside.example");
        Assert.Equal(HttpStatusCode.Forbidden, (await manager.GetAsync("/surveys/waves/new")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await manager.GetAsync("/surveys")).StatusCode);
    }
}

public sealed class SqliteFhirApiTests(SqliteApp app) : FhirApiTests(app), IClassFixture<SqliteApp>;

public sealed class PostgresFhirApiTests(PostgresApp app) : FhirApiTests(app), IClassFixture<PostgresApp>;
