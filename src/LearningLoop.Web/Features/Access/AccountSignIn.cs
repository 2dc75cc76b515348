using LearningLoop.Core.Access;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace LearningLoop.Web.Features.Access;

/// <summary>Identity's sign-in, with rules of ours: a deactivated account cannot sign in; every sign-in is remembered (the
/// home page shows what changed since the one before); and a sign-in does the same work, one password hash, whether the
/// e-mail names an account or not, and whether the account may sign in or not, so that its time does not tell which
/// e-mails exist (issue 13 item 4). Identity skips the hash for an unknown e-mail or a locked or deactivated account.</summary>
public sealed class AccountSignIn(
    UserManager<AppUser> users, IHttpContextAccessor context, IUserClaimsPrincipalFactory<AppUser> principals,
    IOptions<IdentityOptions> options, ILogger<SignInManager<AppUser>> logger, IAuthenticationSchemeProvider schemes,
    IUserConfirmation<AppUser> confirmation, TimeProvider clock)
    : SignInManager<AppUser>(users, context, principals, options, logger, schemes, confirmation)
{
    /// <summary>A hash of a password nobody knows, made once with the app's own hasher and its cost.</summary>
    private static string? _decoy;

    public override async Task<SignInResult> PasswordSignInAsync(string userName, string password, bool isPersistent, bool lockoutOnFailure)
    {
        var user = await UserManager.FindByNameAsync(userName);
        if (user is null)
        {
            HashLikeASignIn(password);
            return SignInResult.Failed;
        }
        return await PasswordSignInAsync(user, password, isPersistent, lockoutOnFailure);
    }

    public override async Task<SignInResult> PasswordSignInAsync(AppUser user, string password, bool isPersistent, bool lockoutOnFailure)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!await CanSignInAsync(user) || await IsLockedOut(user)) HashLikeASignIn(password);
        return await base.PasswordSignInAsync(user, password, isPersistent, lockoutOnFailure);
    }

    private void HashLikeASignIn(string password)
    {
        var decoyUser = new AppUser();
        _decoy ??= UserManager.PasswordHasher.HashPassword(decoyUser, Guid.NewGuid().ToString("N"));
        UserManager.PasswordHasher.VerifyHashedPassword(decoyUser, _decoy, password ?? "");
    }

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
