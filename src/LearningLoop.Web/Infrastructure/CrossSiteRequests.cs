using Microsoft.AspNetCore.Antiforgery;

namespace LearningLoop.Web.Infrastructure;

/// <summary>Refuses cross-site writes to the API made with a signed-in person's cookie. A browser sends the cookie with
/// any site's form or fetch to us; without this, a page elsewhere could close a survey wave in a colleague's name.
/// A cookie-authenticated API write must come from our own origin (the <c>Origin</c> header browsers attach to every
/// non-GET request) or carry an antiforgery token in <see cref="TokenHeader"/>. API keys are not sent by browsers on
/// their own, so requests that carry one are not cross-site and pass.</summary>
public static class CrossSiteRequests
{
    public const string TokenHeader = "X-CSRF-TOKEN";

    /// <summary>Antiforgery reads the token of script requests from <see cref="TokenHeader"/>.</summary>
    public static IServiceCollection AddCrossSiteRequestRefusal(this IServiceCollection services) =>
        services.Configure<AntiforgeryOptions>(o => o.HeaderName = TokenHeader);

    public static IApplicationBuilder UseCrossSiteRequestRefusal(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var request = context.Request;
        if (request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
            && !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method))
            && context.User.Identity?.IsAuthenticated == true
            && ApiKeyAuthenticationHandler.KeyFrom(request) is null
            && !SameOrigin(request, context.RequestServices.GetRequiredService<Core.Access.PublicAddress>())
            && !await HasValidTokenAsync(context))
        {
            await Results.Problem(
                title: "Cross-site request refused",
                detail: $"A change made with a browser session must come from this site (its Origin header) or carry the {TokenHeader} header. Scripts use an API key.",
                statusCode: StatusCodes.Status403Forbidden).ExecuteAsync(context);
            return;
        }
        await next(context);
    });

    private static bool SameOrigin(HttpRequest request, Core.Access.PublicAddress address)
    {
        var origin = request.Headers.Origin.ToString();
        if (origin.Length == 0 || !Uri.TryCreate(origin, UriKind.Absolute, out var from)) return false;
        // The Host is the one the person's browser addressed: a foreign page cannot choose it for the victim's request.
        var own = $"{request.Scheme}://{request.Host}";
        return string.Equals(from.GetLeftPart(UriPartial.Authority), own, StringComparison.OrdinalIgnoreCase)
            || address.BaseUrl is { } configured && string.Equals(from.GetLeftPart(UriPartial.Authority),
                new Uri(configured).GetLeftPart(UriPartial.Authority), StringComparison.OrdinalIgnoreCase);
    }

    private static async Task<bool> HasValidTokenAsync(HttpContext context) =>
        context.Request.Headers.ContainsKey(TokenHeader)
        && await context.RequestServices.GetRequiredService<IAntiforgery>().IsRequestValidAsync(context);
}
