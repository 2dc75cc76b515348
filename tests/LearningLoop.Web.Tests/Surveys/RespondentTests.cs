using System.Net;
using System.Net.Http.Json;
using LearningLoop.Web.Tests.Infrastructure;

namespace LearningLoop.Web.Tests.Surveys;

/// <summary>The anonymous respondent's side: single-use links, partial saves, refused input that stores nothing.</summary>
public abstract class RespondentTests(LearningLoopApp app)
{
    private readonly SurveyHarness _survey = new(app);

    [Fact]
    public async Task A_link_submits_once_and_a_second_submission_is_refused_with_nothing_stored()
    {
        var wave = await _survey.CreateWaveAsync("Once only", "nurse", "case_manager");
        var token = (await _survey.LinksAsync(wave, 1))[0];
        var answers = _survey.Answers("nurse", 4, "nurse", "case_manager");

        var first = await _survey.PostAsync(token, "submit", answers);
        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.Contains("Your answers are in", first.Html, StringComparison.Ordinal);
        Assert.Equal((1, 0, 14, 1), _survey.Stored(wave));

        var again = await _survey.PostAsync(token, "submit", _survey.Answers("nurse", 1, "nurse", "case_manager"));
        Assert.Contains("already been used", again.Html, StringComparison.Ordinal);
        Assert.Equal((1, 0, 14, 1), _survey.Stored(wave));
        Assert.Equal(14, app.WithSystemScope(db => db.Answers.Count(a => a.Value == 4 && db.Responses.Any(r => r.Id == a.ResponseId && r.WaveId == wave))));

        var reopened = await _survey.PostAsync(token, "open");
        Assert.Contains("already been used", reopened.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Concurrent_submissions_of_one_link_store_exactly_one_response()
    {
        var wave = await _survey.CreateWaveAsync("Race", "nurse", "pharmacist");
        var token = (await _survey.LinksAsync(wave, 1))[0];
        var posts = Enumerable.Range(0, 6).Select(_ => _survey.PostAsync(token, "submit", _survey.Answers("nurse", 3, "nurse", "pharmacist")));
        var pages = await Task.WhenAll(posts);
        Assert.Single(pages, p => p.Html.Contains("Your answers are in", StringComparison.Ordinal));
        Assert.Equal((1, 0, 14, 1), _survey.Stored(wave));
    }

    [Fact]
    public async Task A_respondent_saves_part_way_comes_back_with_the_same_link_and_submits()
    {
        var wave = await _survey.CreateWaveAsync("Partial", "nurse", "resident");
        var token = (await _survey.LinksAsync(wave, 1))[0];
        var partial = _survey.Answers("resident", 2, "nurse");

        var saved = await _survey.PostAsync(token, "save", partial);
        Assert.Contains("Your answers are saved", saved.Html, StringComparison.Ordinal);
        Assert.Equal((0, 1, 7, 0), _survey.Stored(wave));

        var resumed = await _survey.PostAsync(token, "open");
        var nurse = _survey.WorkgroupId("nurse");
        Assert.Matches($"name=\"a.frequency.{nurse}\" value=\"2\" checked", resumed.Html);

        var submitted = await _survey.PostAsync(token, "submit", _survey.Answers("resident", 2, "nurse", "resident"));
        Assert.Contains("Your answers are in", submitted.Html, StringComparison.Ordinal);
        Assert.Equal((1, 0, 14, 1), _survey.Stored(wave));
        Assert.Null(app.WithSystemScope(db => db.Responses.Single(r => r.WaveId == wave).DraftKey));
    }

    [Fact]
    public async Task An_answer_off_the_scale_is_refused_by_name_and_nothing_is_stored()
    {
        var wave = await _survey.CreateWaveAsync("Out of range", "nurse", "pharmacist");
        var token = (await _survey.LinksAsync(wave, 1))[0];
        var answers = _survey.Answers("nurse", 4, "nurse", "pharmacist");
        answers[$"a.accuracy.{_survey.WorkgroupId("pharmacist")}"] = "7";

        var page = await _survey.PostAsync(token, "submit", answers);
        Assert.Contains("Answers go from 1 to 5; 7 is not one of them.", page.Html, StringComparison.Ordinal);
        Assert.Contains("nothing was saved", page.Html, StringComparison.Ordinal);
        Assert.Equal((0, 0, 0, 0), _survey.Stored(wave));

        answers[$"a.accuracy.{_survey.WorkgroupId("pharmacist")}"] = "four";
        Assert.Contains("Choose one of the answers.", (await _survey.PostAsync(token, "save", answers)).Html, StringComparison.Ordinal);
        answers.Remove($"a.accuracy.{_survey.WorkgroupId("pharmacist")}");
        answers[$"a.accuracy.{_survey.WorkgroupId("physiotherapist")}"] = "3";
        Assert.Contains("not part of the survey", (await _survey.PostAsync(token, "submit", answers)).Html, StringComparison.Ordinal);
        Assert.Equal((0, 0, 0, 0), _survey.Stored(wave));

        // Nothing used the link up: it still submits.
        answers.Remove($"a.accuracy.{_survey.WorkgroupId("physiotherapist")}");
        Assert.Contains("Your answers are in", (await _survey.PostAsync(token, "submit", answers)).Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_closed_wave_refuses_answers_and_stores_nothing()
    {
        var wave = await _survey.CreateWaveAsync("Closed", "nurse", "pharmacist");
        var tokens = await _survey.LinksAsync(wave, 2);
        Assert.Contains("Your answers are saved", (await _survey.PostAsync(tokens[1], "save", _survey.Answers("nurse", 3, "nurse"))).Html, StringComparison.Ordinal);

        var admin = await app.ClientForAsync(SurveyHarness.Admin);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsync($"/api/v1/surveys/waves/{wave}/close", null)).StatusCode);

        var page = await _survey.PostAsync(tokens[0], "submit", _survey.Answers("nurse", 4, "nurse", "pharmacist"));
        Assert.Contains(SurveyHarness.NotTakingAnswers, page.Html, StringComparison.Ordinal);
        Assert.Equal((0, 0, 0, 0), _survey.Stored(wave)); // the draft went with the wave's closing
        Assert.Null(app.WithSystemScope(db => db.Waves.Single(w => w.Id == wave).LinkKey));
        var links = await admin.PostAsJsonAsync($"/api/v1/surveys/waves/{wave}/links", new { count = 1 });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, links.StatusCode);
    }

    [Fact]
    public async Task A_forged_or_garbled_link_is_refused()
    {
        var wave = await _survey.CreateWaveAsync("Forgery", "nurse", "pharmacist");
        var token = (await _survey.LinksAsync(wave, 1))[0];
        var forged = token[..^4] + (token[^4..] == "AAAA" ? "BBBB" : "AAAA");
        Assert.Contains(SurveyHarness.NotTakingAnswers, (await _survey.PostAsync(forged, "submit", _survey.Answers("nurse", 4, "nurse"))).Html, StringComparison.Ordinal);
        Assert.Contains(SurveyHarness.NotTakingAnswers, (await _survey.PostAsync("nonsense", "open")).Html, StringComparison.Ordinal);
        Assert.Equal((0, 0, 0, 0), _survey.Stored(wave));
    }

    [Fact]
    public async Task The_form_is_in_the_respondents_language_and_can_be_switched()
    {
        var wave = await _survey.CreateWaveAsync("Languages", "nurse", "pharmacist");
        var token = (await _survey.LinksAsync(wave, 1))[0];
        var client = app.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr-CA,fr;q=0.9,en;q=0.5");
        Assert.Contains("Ouvrir votre questionnaire", await client.GetStringAsync("/s"), StringComparison.Ordinal);
        Assert.Contains("Abrir su encuesta", await app.CreateClient().GetStringAsync("/s?lang=es"), StringComparison.Ordinal);

        var spanish = await _survey.PostAsync(token, "lang:es", _survey.Answers("nurse", 5, "pharmacist"));
        Assert.Contains("¿A qué grupo pertenece?", spanish.Html, StringComparison.Ordinal);
        Assert.Contains("discharging a patient", spanish.Html, StringComparison.Ordinal);
        Assert.Matches($"name=\"a.frequency.{_survey.WorkgroupId("pharmacist")}\" value=\"5\" checked", spanish.Html);
        Assert.Equal((0, 0, 0, 0), _survey.Stored(wave)); // switching language stores nothing
    }

    [Fact]
    public async Task A_kiosk_link_hands_each_visitor_a_fresh_single_use_form()
    {
        var wave = await _survey.CreateWaveAsync("Kiosk", "nurse", "pharmacist");
        var code = app.WithSystemScope(db => db.Waves.Single(w => w.Id == wave).KioskCode)!;
        var client = app.CreateClient();
        var page = await client.GetStringAsync($"/k/{code}");
        var token = System.Text.RegularExpressions.Regex.Match(page, "name=\"token\" value=\"([^\"]+)\"").Groups[1].Value;
        Assert.NotEmpty(token);
        Assert.NotEqual(token, System.Text.RegularExpressions.Regex.Match(await client.GetStringAsync($"/k/{code}"), "name=\"token\" value=\"([^\"]+)\"").Groups[1].Value);
        Assert.Contains("Your answers are in", (await _survey.PostAsync(token, "submit", _survey.Answers("pharmacist", 3, "nurse"))).Html, StringComparison.Ordinal);
        Assert.Contains(SurveyHarness.NotTakingAnswers, await client.GetStringAsync("/k/nosuchcode"), StringComparison.Ordinal);
    }
}

public sealed class SqliteRespondentTests(SqliteApp app) : RespondentTests(app), IClassFixture<SqliteApp>;

public sealed class PostgresRespondentTests(PostgresApp app) : RespondentTests(app), IClassFixture<PostgresApp>;
