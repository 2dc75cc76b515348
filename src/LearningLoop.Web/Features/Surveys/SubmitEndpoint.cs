using LearningLoop.Core.Surveys;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LearningLoop.Web.Features.Surveys;

/// <summary><c>POST /s/submit</c>, where the respondent form's Submit button posts (<c>formaction</c>), decision 0030. The
/// common case, a complete and valid submission, is stored by a group commit and answered with a redirect to the thank-you
/// page, without rendering the form again. Anything else (a used or unknown link, a missing answer, a wave not yet open)
/// is handed back to the form page with a 307, which re-posts the same fields there, so the page shows the problem exactly
/// as before. The antiforgery token of the form is checked here as on the page.</summary>
public static class SubmitEndpoint
{
    public const string Route = "/s/submit";
    public const string ThanksRoute = "/s/thanks";

    public static IEndpointRouteBuilder MapSurveySubmission(this IEndpointRouteBuilder app)
    {
        app.MapPost(Route, SubmitAsync).AllowAnonymous().RequireRateLimiting(KioskRateLimit.Policy).ExcludeFromDescription();
        return app;
    }

    public static async Task<Results<RedirectHttpResult, BadRequest<string>>> SubmitAsync(HttpContext http, IAntiforgery antiforgery, Respondents respondents)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(antiforgery);
        ArgumentNullException.ThrowIfNull(respondents);
        if (!http.Request.HasFormContentType || !await antiforgery.IsRequestValidAsync(http))
        {
            return TypedResults.BadRequest("The form has expired or did not come from this site. Open your link again.");
        }
        var posted = await http.Request.ReadFormAsync(http.RequestAborted);
        var language = SurveyLanguages.IsSupported(posted["lang"]) ? posted["lang"].ToString() : SurveyLanguages.Default;
        var kiosk = posted["kiosk"].ToString() is { Length: > 0 and <= 20 } code && code.All(char.IsAsciiLetterOrDigit) ? code : null;
        var page = kiosk is null ? "/s" : $"/k/{kiosk}";
        var (entered, parseErrors) = RespondentForm.Read(posted, language);
        if (posted["action"] != "submit" || parseErrors.Count > 0)
        {
            return TypedResults.Redirect(page, permanent: false, preserveMethod: true);
        }
        // Not cancelled with the request: once queued, the submission is committed or refused whatever the client does.
        var outcome = await respondents.SubmitAsync(posted["token"].ToString().Trim(), entered, CancellationToken.None);
        if (!outcome.Submitted)
        {
            return TypedResults.Redirect(page, permanent: false, preserveMethod: true);
        }
        var query = $"?lang={language}" + (kiosk is null ? "" : $"&kiosk={kiosk}");
        return TypedResults.Redirect(ThanksRoute + query);
    }
}
