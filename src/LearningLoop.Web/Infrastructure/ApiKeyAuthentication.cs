using System.Text.Encodings.Web;
using LearningLoop.Core.Access;
using LearningLoop.Core.Persistence;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LearningLoop.Web.Infrastructure;

/// <summary>Authenticates scripts by <c>Authorization: Bearer ll_...</c> or <c>X-Api-Key: ll_...</c>.</summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    LearningLoopDbContext db, UserManager<AppUser> users, IUserClaimsPrincipalFactory<AppUser> principals)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string HeaderName = "X-Api-Key";

    public static string? KeyFrom(HttpRequest request)
    {
        if (request.Headers.TryGetValue(HeaderName, out var header) && header.ToString().StartsWith(ApiKeySecret.Marker, StringComparison.Ordinal))
        {
            return header.ToString();
        }
        var authorization = request.Headers.Authorization.ToString();
        return authorization.StartsWith("Bearer " + ApiKeySecret.Marker, StringComparison.Ordinal) ? authorization["Bearer ".Length..] : null;
    }

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (KeyFrom(Request) is not { } key)
        {
            return AuthenticateResult.NoResult();
        }
        var hash = ApiKeySecret.Hash(key);
        var apiKey = await db.ApiKeys.FirstOrDefaultAsync(k => k.Hash == hash && k.RevokedUtc == null, Context.RequestAborted);
        var user = apiKey is null ? null : await users.FindByIdAsync(apiKey.UserId);
        if (apiKey is null || user is null || user.DeactivatedUtc is not null || await users.IsLockedOutAsync(user))
        {
            return AuthenticateResult.Fail("The API key is unknown or revoked, or its account is deactivated or locked.");
        }
        apiKey.LastUsedUtc = DateTime.UtcNow;
        await db.SaveChangesAsync(Context.RequestAborted);
        var principal = await principals.CreateAsync(user);
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }
}
