using LearningLoop.Core.Access;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace LearningLoop.Web.Features.Access;

/// <summary>Identity's sign-in, with two rules of ours: a deactivated account cannot sign in, and every sign-in is
/// remembered (the home page shows what changed since the one before).</summary>
public sealed class AccountSignIn(
    UserManager<AppUser> users, IHttpContextAccessor context, IUserClaimsPrincipalFactory<AppUser> principals,
    IOptions<IdentityOptions> options, ILogger<SignInManager<AppUser>> logger, IAuthenticationSchemeProvider schemes,
    IUserConfirmation<AppUser> confirmation, TimeProvider clock)
    : SignInManager<AppUser>(users, context, principals, options, logger, schemes, confirmation)
{
    public override async Task<bool> CanSignInAsync(AppUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.DeactivatedUtc is null && await base.CanSignInAsync(user);
    }

    public override async Task SignInWithClaimsAsync(AppUser user, AuthenticationProperties? authenticationProperties, IEnumerable<System.Security.Claims.Claim> additionalClaims)
    {
        ArgumentNullException.ThrowIfNull(user);
        user.RecordSignIn(clock.GetUtcNow().UtcDateTime);
        await UserManager.UpdateAsync(user);
        await base.SignInWithClaimsAsync(user, authenticationProperties, additionalClaims);
    }
}
