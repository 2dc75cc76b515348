using System.Globalization;
using System.Security.Claims;
using LearningLoop.Core.Access;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace LearningLoop.Web.Infrastructure;

/// <summary>Puts the user's organisation into their principal, so every request knows its tenant without a lookup.</summary>
public sealed class OrganisationClaimsFactory(UserManager<AppUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<AppUser, IdentityRole>(users, roles, options)
{
    public const string OrganisationClaim = "learningloop:org";
    public const string DisplayNameClaim = "learningloop:name";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(OrganisationClaim, user.OrganisationId.ToString(CultureInfo.InvariantCulture)));
        identity.AddClaim(new Claim(DisplayNameClaim, user.DisplayName.Length > 0 ? user.DisplayName : user.Email ?? ""));
        return identity;
    }
}

public static class PrincipalExtensions
{
    public static int? OrganisationId(this ClaimsPrincipal user) =>
        int.TryParse(user.FindFirstValue(OrganisationClaimsFactory.OrganisationClaim), CultureInfo.InvariantCulture, out var id) ? id : null;

    public static string DisplayName(this ClaimsPrincipal user) =>
        user.FindFirstValue(OrganisationClaimsFactory.DisplayNameClaim) ?? user.Identity?.Name ?? "";
}
