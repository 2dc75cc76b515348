using System.Security.Claims;
using LearningLoop.Core.Access;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Identity;

namespace LearningLoop.Web.Infrastructure;

/// <summary>Sign-in through an organisation's OpenID Connect provider. The provider vouches for the e-mail; the
/// LearningLoop account (and so the organisation and roles) is looked up by it, or provisioned when configured.</summary>
public static class OrganisationSignIn
{
    public static void Configure(OpenIdConnectOptions o, OidcSettings settings)
    {
        o.Authority = settings.Authority;
        o.ClientId = settings.ClientId;
        o.ClientSecret = settings.ClientSecret;
        o.ResponseType = "code";
        o.UsePkce = true;
        o.SignInScheme = IdentityConstants.ApplicationScheme;
        o.Scope.Add("email");
        o.Scope.Add("profile");
        o.Events.OnTokenValidated = async ctx =>
        {
            var email = ctx.Principal?.FindFirstValue(ClaimTypes.Email) ?? ctx.Principal?.FindFirstValue("email");
            var users = ctx.HttpContext.RequestServices.GetRequiredService<UserManager<AppUser>>();
            var user = email is null ? null : await users.FindByEmailAsync(email);
            if (user is null && email is not null && settings.AutoProvisionOrganisationId is { } organisationId)
            {
                user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, OrganisationId = organisationId, DisplayName = ctx.Principal?.FindFirstValue("name") ?? email };
                if ((await users.CreateAsync(user)).Succeeded)
                {
                    await users.AddToRoleAsync(user, Roles.Staff);
                }
            }
            if (user is null)
            {
                ctx.Fail("No LearningLoop account has this e-mail address; ask an administrator to add you.");
                return;
            }
            if (user.DeactivatedUtc is not null)
            {
                ctx.Fail("This LearningLoop account is deactivated; ask an administrator of your organisation.");
                return;
            }
            user.RecordSignIn(DateTime.UtcNow);
            await users.UpdateAsync(user);
            var factory = ctx.HttpContext.RequestServices.GetRequiredService<IUserClaimsPrincipalFactory<AppUser>>();
            ctx.Principal = await factory.CreateAsync(user);
        };
    }
}
