using LearningLoop.Core.Access;
using LearningLoop.Web.Infrastructure;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace LearningLoop.Web.Features.Access;

public static class AccessEndpoints
{
    /// <summary>Sign-out, and the hand-over to an organisation's identity provider.</summary>
    public static IEndpointRouteBuilder MapAccessEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/logout", SignOutAsync).ExcludeFromDescription();

        app.MapPost("/login/oidc", ([FromForm] string? returnUrl, OidcSettings oidc) => oidc.Enabled
            ? Results.Challenge(new AuthenticationProperties { RedirectUri = LocalUrl.OrHome(returnUrl) }, [AccessRegistration.OidcScheme])
            : Results.NotFound()).AllowAnonymous().ExcludeFromDescription().RequireRateLimiting(ClientRateLimits.SignIn);
        return app;
    }

    /// <summary>Signing out also renews the account's security stamp, so a copy of the cookie (another device, a stolen
    /// one) stops working too: a shared ward computer must not leave a session behind.</summary>
    private static async Task<IResult> SignOutAsync(HttpContext http, SignInManager<AppUser> signIn, Microsoft.AspNetCore.Antiforgery.IAntiforgery antiforgery)
    {
        // The token is checked: a foreign page must not be able to sign a person out (and end their other sessions).
        if (!await antiforgery.IsRequestValidAsync(http))
        {
            return Results.Problem(title: "Sign-out refused", detail: "The request did not come from a LearningLoop page.", statusCode: StatusCodes.Status400BadRequest);
        }
        if (await signIn.UserManager.GetUserAsync(http.User) is { } user)
        {
            await signIn.UserManager.UpdateSecurityStampAsync(user);
        }
        await signIn.SignOutAsync();
        return Results.Redirect("/login");
    }

    public sealed record Me(string Id, string Email, string DisplayName, int OrganisationId, IReadOnlyList<string> Roles);

    /// <summary><c>GET /api/v1/me</c>: who the key or cookie belongs to; a script's first sanity check.</summary>
    public static RouteGroupBuilder MapAccessApi(this RouteGroupBuilder api)
    {
        api.MapGet("/me", async Task<Results<Ok<Me>, UnauthorizedHttpResult>> (HttpContext http, UserManager<AppUser> users) =>
        {
            var user = await users.GetUserAsync(http.User);
            if (user is null)
            {
                return TypedResults.Unauthorized();
            }
            var roles = await users.GetRolesAsync(user);
            return TypedResults.Ok(new Me(user.Id, user.Email ?? "", user.DisplayName, user.OrganisationId, roles.ToList()));
        }).WithSummary("The signed-in user or API key owner");
        return api;
    }
}
