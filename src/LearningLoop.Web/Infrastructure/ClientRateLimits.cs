using System.Globalization;
using System.Security.Claims;
using System.Threading.RateLimiting;
using LearningLoop.Web.Features.Surveys;
using Microsoft.AspNetCore.RateLimiting;

namespace LearningLoop.Web.Infrastructure;

/// <summary>How often one client may sign in, answer a survey and report a safety event (issue 13 item 4). Configured
/// under <c>RateLimits</c>; a limit of 0 or less turns that limit off (load runs).</summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    /// <summary>Sign-in attempts (form posts) a minute from one client address. Guessing is slowed here rather than by
    /// locking the account, which anyone could do to a colleague (decision 0025).</summary>
    public int SignInPerMinute { get; set; } = 10;

    /// <summary>Survey answers (form posts to /s and /k) a minute from one client address: generous, because a ward's
    /// staff may all answer from behind one hospital address.</summary>
    public int SurveyAnswersPerMinute { get; set; } = 300;

    /// <summary>Safety reports a minute from one signed-in person (API or page).</summary>
    public int EventReportsPerMinute { get; set; } = 10;
}

/// <summary>ASP.NET Core's rate limiter, partitioned per client: the address for sign-in and survey answers, the person for
/// safety reports (so colleagues behind one address do not share a budget). Only form posts and API writes count; pages
/// read freely. A refused request gets 429 with <c>Retry-After</c>.</summary>
public static class ClientRateLimits
{
    public const string SignIn = "sign-in";
    public const string EventReport = "event-report";

    public static IServiceCollection AddClientRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(RateLimitOptions.Section).Get<RateLimitOptions>() ?? new RateLimitOptions();
        services.AddSingleton(options);
        return services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = RefuseAsync;
            limiter.AddPolicy(SignIn, http => Posts(http, "sign-in:" + Address(http), options.SignInPerMinute));
            limiter.AddPolicy(EventReport, http => Posts(http,
                "report:" + (http.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? Address(http)), options.EventReportsPerMinute));
        });
    }

    /// <summary>The client's address; behind a proxy it is the forwarded one when <c>Security:ForwardedHeaders</c> is on.</summary>
    public static string Address(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    /// <summary>A fixed one-minute window per key for writes; reads and a switched-off limit are not limited.</summary>
    public static RateLimitPartition<string> Posts(HttpContext http, string key, int perMinute) =>
        perMinute <= 0 || HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method)
            ? RateLimitPartition.GetNoLimiter("not-limited")
            : RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0,
            });

    private static async ValueTask RefuseAsync(OnRejectedContext context, CancellationToken ct)
    {
        var http = context.HttpContext;
        var seconds = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retry) ? Math.Max(1, (int)Math.Ceiling(retry.TotalSeconds)) : 60;
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        if (KioskRateLimit.IsRespondentPath(http.Request))
        {
            await KioskRateLimit.RefuseAsync(http, ct);
            return;
        }
        await Results.Problem(title: "Too many requests",
            detail: $"Too many attempts from this client in the last minute. Try again in {seconds} seconds.",
            statusCode: StatusCodes.Status429TooManyRequests).ExecuteAsync(http);
    }
}
