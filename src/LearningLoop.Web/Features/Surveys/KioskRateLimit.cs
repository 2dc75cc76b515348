using System.Globalization;
using System.Threading.RateLimiting;
using LearningLoop.Core.Surveys;
using Microsoft.AspNetCore.RateLimiting;

namespace LearningLoop.Web.Features.Surveys;

/// <summary>The <c>kiosk</c> rate-limiting policy (ASP.NET Core's rate limiter) on the respondent page: each client
/// address may open <see cref="SurveyOptions.KioskVisitsPerMinute"/> kiosk forms a minute (GET <c>/k/{code}</c>, each of
/// which hands out a fresh single-use form). Answering (POST) and the personal-link page <c>/s</c> are not limited:
/// respondents behind one hospital address must all be able to submit. A refused visit gets 429 and a plain page.</summary>
public static class KioskRateLimit
{
    public const string Policy = "kiosk";

    public static IServiceCollection AddKioskRateLimit(this IServiceCollection services, SurveyOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = (context, ct) => RefuseAsync(context.HttpContext, ct);
            limiter.AddPolicy(Policy, http => IsKioskVisit(http.Request)
                ? RateLimitPartition.GetFixedWindowLimiter(http.Connection.RemoteIpAddress?.ToString() ?? "unknown", _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = Math.Max(1, options.KioskVisitsPerMinute), Window = TimeSpan.FromMinutes(1), QueueLimit = 0,
                })
                : RateLimitPartition.GetNoLimiter("not-a-kiosk-visit"));
        });
    }

    private static bool IsKioskVisit(HttpRequest request) =>
        HttpMethods.IsGet(request.Method) && request.Path.StartsWithSegments("/k", StringComparison.OrdinalIgnoreCase);

    private static async ValueTask RefuseAsync(HttpContext http, CancellationToken ct)
    {
        http.Response.ContentType = "text/html; charset=utf-8";
        http.Response.Headers.RetryAfter = "60";
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
