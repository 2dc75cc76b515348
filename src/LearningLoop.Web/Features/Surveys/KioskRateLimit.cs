using System.Globalization;
using System.Threading.RateLimiting;
using LearningLoop.Core.Surveys;
using Microsoft.AspNetCore.RateLimiting;

namespace LearningLoop.Web.Features.Surveys;

/// <summary>The <c>kiosk</c> rate-limiting policy (ASP.NET Core's rate limiter) on the respondent page: each client
/// address may open <see cref="SurveyOptions.KioskVisitsPerMinute"/> kiosk forms a minute (GET <c>/k/{code}</c>, each of
/// which hands out a fresh single-use form). Answers (POST to /s and /k) have their own, generous, per-address budget
/// (<see cref="Infrastructure.RateLimitOptions.SurveyAnswersPerMinute"/>): respondents behind one hospital address must
/// all be able to submit. A refused visit gets 429 and a plain page (written by <see cref="Infrastructure.ClientRateLimits"/>).</summary>
public static class KioskRateLimit
{
    public const string Policy = "kiosk";

    public static IServiceCollection AddKioskRateLimit(this IServiceCollection services, SurveyOptions options, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(options);
        var answers = configuration.GetSection(Infrastructure.RateLimitOptions.Section).Get<Infrastructure.RateLimitOptions>()?.SurveyAnswersPerMinute
            ?? new Infrastructure.RateLimitOptions().SurveyAnswersPerMinute;
        return services.AddRateLimiter(limiter =>
        {
            limiter.AddPolicy(Policy, http => IsKioskVisit(http.Request)
                ? RateLimitPartition.GetFixedWindowLimiter(http.Connection.RemoteIpAddress?.ToString() ?? "unknown", _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = Math.Max(1, options.KioskVisitsPerMinute), Window = TimeSpan.FromMinutes(1), QueueLimit = 0,
                })
                : Infrastructure.ClientRateLimits.Posts(http, "answer:" + Infrastructure.ClientRateLimits.Address(http), answers));
        });
    }

    private static bool IsKioskVisit(HttpRequest request) =>
        HttpMethods.IsGet(request.Method) && request.Path.StartsWithSegments("/k", StringComparison.OrdinalIgnoreCase);

    /// <summary>The respondent pages, whose refusals are a page in the respondent's languages.</summary>
    public static bool IsRespondentPath(HttpRequest request) =>
        request.Path.StartsWithSegments("/k", StringComparison.OrdinalIgnoreCase) || request.Path.StartsWithSegments("/s", StringComparison.OrdinalIgnoreCase);

    public static async ValueTask RefuseAsync(HttpContext http, CancellationToken ct)
    {
        http.Response.ContentType = "text/html; charset=utf-8";
        await http.Response.WriteAsync(string.Create(CultureInfo.InvariantCulture, $$"""
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Please wait a moment · LearningLoop</title><link rel="stylesheet" href="/app.css"></head>
            <body><div class="respondent-page"><main class="respondent-card" id="main">
            <h1>Please wait a moment</h1>
            <p class="lead" data-testid="kiosk-busy">This survey kiosk has opened many forms in the last minute. Wait a minute, then start again.</p>
            <p lang="fr">Ce poste a ouvert beaucoup de questionnaires en une minute. Attendez une minute, puis recommencez.</p>
            <p lang="es">Este puesto abrió muchas encuestas en el último minuto. Espere un minuto y vuelva a empezar.</p>
            </main></div></body></html>
            """), ct);
    }
}
