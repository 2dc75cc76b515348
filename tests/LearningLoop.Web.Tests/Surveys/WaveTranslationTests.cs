using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using LearningLoop.Web.Tests.Infrastructure;
using LearningLoop.Web.Tests.Measures;

namespace LearningLoop.Web.Tests.Surveys;

/// <summary>Surveys entirely in the respondent's language: the organiser translates the wave's own words (focal work
/// process, workgroup names); a French respondent then reads none of the English set-up, and the organiser sees what is
/// still missing, where respondents fall back to the English.</summary>
public abstract partial class WaveTranslationTests(LearningLoopApp app)
{
    private const string Process = "planning the journey home";
    private readonly SurveyHarness _survey = new(app);

    [Fact]
    public async Task A_french_respondent_reads_no_english_words_from_the_waves_set_up()
    {
        var (wave, ids) = await CreateTranslatedWaveAsync("Journey home " + app.Provider);
        var token = (await _survey.LinksAsync(wave, 1))[0];

        var french = await _survey.PostAsync(token, "lang:fr");
        Assert.Equal(HttpStatusCode.OK, french.Status);
        var text = VisibleText(french.Html);
        Assert.Contains("la préparation du retour à domicile", text, StringComparison.Ordinal);
        Assert.Contains("Infirmières", text, StringComparison.Ordinal);
        Assert.Contains("Pharmaciens", text, StringComparison.Ordinal);
        Assert.Contains("Gestionnaires de cas", text, StringComparison.Ordinal);
        var english = app.WithSystemScope(db => db.Workgroups.Where(w => ids.Contains(w.Id)).Select(w => w.Name).ToList()).Append(Process);
        foreach (var word in english.SelectMany(t => t.Split(' ')).Where(w => w.Length > 3))
        {
            Assert.DoesNotMatch(new Regex($@"\b{Regex.Escape(word)}\b", RegexOptions.IgnoreCase), text);
        }

        // Spanish is half done: what is missing falls back to the English, the rest is Spanish.
        var spanish = VisibleText((await _survey.PostAsync(token, "lang:es")).Html);
        Assert.Contains("Enfermeras", spanish, StringComparison.Ordinal);
        Assert.Contains("Pharmacists", spanish, StringComparison.Ordinal);
        Assert.Contains(Process, spanish, StringComparison.Ordinal);
        Assert.Equal((0, 0, 0, 0), _survey.Stored(wave));
    }

    [Fact]
    public async Task The_organiser_sees_what_is_missing_and_completes_it_on_the_page()
    {
        var (wave, ids) = await CreateTranslatedWaveAsync("Missing texts " + app.Provider);
        var admin = await app.ClientForAsync(SurveyHarness.Admin);
        var state = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/surveys/waves/{wave}/translations", SurveyHarness.Json);
        var missing = state.GetProperty("missing").EnumerateArray().ToList();
        Assert.Equal(3, missing.Count); // Spanish: the process and two of the three workgroups
        Assert.All(missing, m => Assert.Equal("es", m.GetProperty("language").GetString()));
        Assert.Contains(missing, m => m.GetProperty("workgroupId").ValueKind == JsonValueKind.Null && m.GetProperty("default").GetString() == Process);

        var browser = await app.SignInAsync(SurveyHarness.Admin);
        Assert.Contains("3 missing", WebUtility.HtmlDecode(await browser.GetStringAsync($"/surveys/waves/{wave}")), StringComparison.Ordinal);
        var page = WebUtility.HtmlDecode(await browser.GetStringAsync($"/surveys/waves/{wave}/translations"));
        Assert.Contains("Missing: Español (planning the journey home, Pharmacists, Case managers)", page, StringComparison.Ordinal);

        var fields = new Dictionary<string, string>
        {
            ["t-fr-process"] = "la préparation du retour à domicile", ["t-es-process"] = "la preparación del regreso a casa",
            [$"t-fr-{ids[0]}"] = "Infirmières", [$"t-es-{ids[0]}"] = "Enfermeras", [$"t-fr-{ids[1]}"] = "Pharmaciens",
            [$"t-es-{ids[1]}"] = "Farmacéuticos", [$"t-fr-{ids[2]}"] = "Gestionnaires de cas", [$"t-es-{ids[2]}"] = "Gestores de casos",
        };
        var saved = await BlazorForm.PostAsync(browser, $"/surveys/waves/{wave}/translations", "translations", fields);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Contains("Every text of the wave is translated.", WebUtility.HtmlDecode(await saved.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        var after = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/surveys/waves/{wave}/translations", SurveyHarness.Json);
        Assert.Empty(after.GetProperty("missing").EnumerateArray());
        Assert.Equal(8, after.GetProperty("translations").GetArrayLength());
        Assert.Contains("French and Spanish complete", WebUtility.HtmlDecode(await browser.GetStringAsync($"/surveys/waves/{wave}")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Translations_are_checked_and_kept_to_the_organisers_own_waves()
    {
        var (wave, ids) = await CreateTranslatedWaveAsync("Checked texts " + app.Provider);
        var admin = await app.ClientForAsync(SurveyHarness.Admin);
        foreach (var (body, field) in new (object, string)[]
        {
            (new { language = "de", text = "Entlassung" }, "Translations[0].Language"),
            (new { language = "en", text = "discharge" }, "Translations[0].Language"),
            (new { language = "fr", workgroupId = _survey.WorkgroupId("physiotherapist"), text = "Physiothérapeutes" }, "Translations[0].WorkgroupId"),
            (new { language = "fr", text = new string('x', 201) }, "Translations[0].Text"),
        })
        {
            var refused = await admin.PutAsJsonAsync($"/api/v1/surveys/waves/{wave}/translations", new { translations = new[] { body } });
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            var problem = await refused.Content.ReadFromJsonAsync<JsonElement>(SurveyHarness.Json);
            Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), field);
        }
        var kept = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/surveys/waves/{wave}", SurveyHarness.Json);
        Assert.Equal(5, kept.GetProperty("translations").GetArrayLength()); // nothing changed by refused requests

        var replaced = await admin.PutAsJsonAsync($"/api/v1/surveys/waves/{wave}/translations",
            new { translations = new object[] { new { language = "fr", text = "le retour" }, new { language = "fr", workgroupId = ids[0], text = " " } } });
        Assert.Equal(HttpStatusCode.OK, replaced.StatusCode);
        var now = await replaced.Content.ReadFromJsonAsync<JsonElement>(SurveyHarness.Json);
        Assert.Equal("le retour", Assert.Single(now.GetProperty("translations").EnumerateArray()).GetProperty("text").GetString());

        var lakeside = await app.ClientForAsync(LearningLoopApp.OtherAdminEmail);
        Assert.Equal(HttpStatusCode.NotFound, (await lakeside.GetAsync($"/api/v1/surveys/waves/{wave}/translations")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await lakeside.PutAsJsonAsync($"/api/v1/surveys/waves/{wave}/translations", new { translations = Array.Empty<object>() })).StatusCode);
        var manager = await app.ClientForAsync("manager@riverside.example");
        Assert.Equal(HttpStatusCode.Forbidden, (await manager.PutAsJsonAsync($"/api/v1/surveys/waves/{wave}/translations", new { translations = Array.Empty<object>() })).StatusCode);
    }

    /// <summary>A wave with French for everything and Spanish for one workgroup only, created with its translations.</summary>
    private async Task<(int Wave, int[] Workgroups)> CreateTranslatedWaveAsync(string name)
    {
        var ids = new[] { _survey.WorkgroupId("nurse"), _survey.WorkgroupId("pharmacist"), _survey.WorkgroupId("case_manager") };
        var admin = await app.ClientForAsync(SurveyHarness.Admin);
        var instruments = await admin.GetFromJsonAsync<JsonElement[]>("/api/v1/surveys/instruments", SurveyHarness.Json);
        var rc = instruments!.Single(i => i.GetProperty("key").GetString() == "relational-coordination").GetProperty("id").GetInt32();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var response = await admin.PostAsJsonAsync("/api/v1/surveys/waves", new
        {
            name, instrumentId = rc, opens = today, closes = today.AddDays(14), focalWorkProcess = Process,
            unitIds = new[] { _survey.UnitId("4 West") }, workgroupIds = ids, links = true,
            translations = new object[]
            {
                new { language = "fr", text = "la préparation du retour à domicile" },
                new { language = "fr", workgroupId = ids[0], text = "Infirmières" },
                new { language = "fr", workgroupId = ids[1], text = "Pharmaciens" },
                new { language = "fr", workgroupId = ids[2], text = "Gestionnaires de cas" },
                new { language = "es", workgroupId = ids[0], text = "Enfermeras" },
            },
        }, SurveyHarness.Json);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return ((await response.Content.ReadFromJsonAsync<JsonElement>(SurveyHarness.Json)).GetProperty("id").GetInt32(), ids);
    }

    /// <summary>What a reader sees: the text between tags, without scripts and attributes.</summary>
    private static string VisibleText(string html) =>
        Tags().Replace(Scripts().Replace(html, " "), " ");

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex("<script[^>]*>.*?</script>", RegexOptions.Singleline)]
    private static partial Regex Scripts();
}

public sealed class SqliteWaveTranslationTests(SqliteApp app) : WaveTranslationTests(app), IClassFixture<SqliteApp>;

public sealed class PostgresWaveTranslationTests(PostgresApp app) : WaveTranslationTests(app), IClassFixture<PostgresApp>;
