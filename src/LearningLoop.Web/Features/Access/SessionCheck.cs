using System.Security.Claims;
using LearningLoop.Core.Persistence;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace LearningLoop.Web.Features.Access;

/// <summary>Checks every cookie-authenticated request against the account as stored now, instead of Identity's default
/// of every 30 minutes: deactivation, a role change, a password change, sign-out and lockout end the person's open
/// sessions on their next request. One indexed read of three columns; nothing is written, so it costs a request little.</summary>
public static class SessionCheck
{
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var principal = context.Principal;
        var userId = principal?.FindFirstValue(ClaimTypes.NameIdentifier);
        var services = context.HttpContext.RequestServices;
        var stampClaim = services.GetRequiredService<Microsoft.Extensions.Options.IOptions<IdentityOptions>>().Value.ClaimsIdentity.SecurityStampClaimType;
        var stamp = principal?.FindFirstValue(stampClaim);
        if (userId is null || stamp is null)
        {
            await RejectAsync(context);
            return;
        }
        var db = services.GetRequiredService<LearningLoopDbContext>();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var account = await db.Users.AsNoTracking().Where(u => u.Id == userId)
            .Select(u => new { u.SecurityStamp, u.LockoutEnd, u.DeactivatedUtc }).FirstOrDefaultAsync(context.HttpContext.RequestAborted);
        if (account is null || account.SecurityStamp != stamp || account.DeactivatedUtc is not null || account.LockoutEnd is { } end && end > now)
        {
            await RejectAsync(context);
        }
    }

    private static async Task RejectAsync(CookieValidatePrincipalContext context)
    {
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
    }
}
