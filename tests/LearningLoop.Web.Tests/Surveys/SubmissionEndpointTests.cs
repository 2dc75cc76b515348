using System.Net;
using LearningLoop.Web.Tests.Infrastructure;

namespace LearningLoop.Web.Tests.Surveys;

/// <summary>The Submit button's own endpoint, <c>POST /s/submit</c>, and its group commit (decision 0030): a valid
/// submission is stored once and lands on the thank-you page; everything else goes back to the form page (307, the same
/// fields re-posted) and is refused there as before, with nothing stored.</summary>
public abstract class SubmissionEndpointTests(LearningLoopApp app)
{
    private const string Submit = "/s/submit";
    private readonly SurveyHarness _survey = new(app);

    [Fact]
    public async Task A_valid_submission_is_stored_once_and_redirected_to_the_thank_you_page()
    {
        var wave = await _survey.CreateWaveAsync("Fast path", "nurse", "case_manager");
        var token = (await _survey.LinksAsync(wave, 1))[0];
        var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var html = await client.GetStringAsync("/s");
        var antiforgery = WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Match(html, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value);
        var fields = new Dictionary<string, string>(_survey.Answers("nurse", 4, "nurse", "case_manager"))
        {
            ["__RequestVerificationToken"] = antiforgery, ["token"] = token, ["action"] = "submit", ["lang"] = "fr",
        };
        var response = await client.PostAsync(Submit, new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/s/thanks?lang=fr", response.Headers.Location?.OriginalString);
        Assert.Equal((1, 0, 14, 1), _survey.Stored(wave));
        Assert.Contains("Vos réponses sont enregistrées", WebUtility.HtmlDecode(await client.GetStringAsync("/s/thanks?lang=fr")), StringComparison.Ordinal);

        var again = await client.PostAsync(Submit, new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.TemporaryRedirect, again.StatusCode);
        Assert.Equal("/s", again.Headers.Location?.OriginalString);
        Assert.Equal((1, 0, 14, 1), _survey.Stored(wave));
    }

    [Fact]
    public async Task Without_the_forms_antiforgery_token_nothing_is_stored()
    {
        var wave = await _survey.CreateWaveAsync("No token", "nurse", "pharmacist");
        var token = (await _survey.LinksAsync(wave, 1))[0];
        var fields = new Dictionary<string, string>(_survey.Answers("nurse", 3, "nurse", "pharmacist")) { ["token"] = token, ["action"] = "submit" };
        var response = await app.CreateClient().PostAsync(Submit, new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal((0, 0, 0, 0), _survey.Stored(wave));
    }

    [Fact]
    public async Task Many_links_at_once_and_racing_copies_of_one_link_store_each_response_exactly_once()
    {
        var wave = await _survey.CreateWaveAsync("Burst", "nurse", "pharmacist");
        var tokens = await _survey.LinksAsync(wave, 30);
        // 30 links, the first three posted four times each, all at once: several share one batch and one transaction.
        var posts = tokens.Concat(tokens.Take(3)).Concat(tokens.Take(3)).Concat(tokens.Take(3))
            .Select(t => _survey.PostAsync(t, "submit", _survey.Answers("pharmacist", 2, "nurse", "pharmacist"), path: Submit));
        var pages = await Task.WhenAll(posts);
        Assert.Equal(30, pages.Count(p => p.Html.Contains("Your answers are in", StringComparison.Ordinal)));
        Assert.Equal(9, pages.Count(p => p.Html.Contains("already been used", StringComparison.Ordinal)));
        Assert.Equal((30, 0, 30 * 14, 30), _survey.Stored(wave));
    }

    [Fact]
    public async Task A_saved_draft_is_replaced_by_the_submission_and_its_key_is_gone()
    {
        var wave = await _survey.CreateWaveAsync("Draft then fast", "nurse", "resident");
        var token = (await _survey.LinksAsync(wave, 1))[0];
        await _survey.PostAsync(token, "save", _survey.Answers("resident", 2, "nurse"));
        Assert.Equal((0, 1, 7, 0), _survey.Stored(wave));
        var submitted = await _survey.PostAsync(token, "submit", _survey.Answers("resident", 5, "nurse", "resident"), path: Submit);
        Assert.Contains("Your answers are in", submitted.Html, StringComparison.Ordinal);
        Assert.Equal((1, 0, 14, 1), _survey.Stored(wave));
        Assert.Equal(14, app.WithSystemScope(db => db.Answers.Count(a => a.Value == 5 && db.Responses.Any(r => r.Id == a.ResponseId && r.WaveId == wave && r.DraftKey == null))));
    }

    [Fact]
    public async Task An_invalid_submission_goes_back_to_the_form_with_its_errors_and_stores_nothing()
    {
        var wave = await _survey.CreateWaveAsync("Invalid fast", "nurse", "pharmacist");
        var token = (await _survey.LinksAsync(wave, 1))[0];
        var page = await _survey.PostAsync(token, "submit", _survey.Answers("nurse", 7, "nurse"), path: Submit);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("Answers go from 1 to 5; 7 is not one of them.", page.Html, StringComparison.Ordinal);
        Assert.Contains("nothing was saved", page.Html, StringComparison.Ordinal);
        Assert.Equal((0, 0, 0, 0), _survey.Stored(wave));
    }

    [Fact]
    public async Task A_closed_waves_link_is_refused_even_when_its_form_was_read_a_moment_before()
    {
        var wave = await _survey.CreateWaveAsync("Closing", "nurse", "pharmacist");
        var tokens = await _survey.LinksAsync(wave, 2);
        await _survey.PostAsync(tokens[0], "submit", _survey.Answers("nurse", 3, "nurse", "pharmacist"), path: Submit); // the form is now cached
        await _survey.CloseAsync(wave);
        var late = await _survey.PostAsync(tokens[1], "submit", _survey.Answers("nurse", 3, "nurse", "pharmacist"), path: Submit);
        Assert.Contains(SurveyHarness.NotTakingAnswers, late.Html, StringComparison.Ordinal);
        Assert.Equal((1, 0, 14, 1), _survey.Stored(wave));
    }
}

public sealed class SqliteSubmissionEndpointTests(SqliteApp app) : SubmissionEndpointTests(app), IClassFixture<SqliteApp>;

public sealed class PostgresSubmissionEndpointTests(PostgresApp app) : SubmissionEndpointTests(app), IClassFixture<PostgresApp>;
