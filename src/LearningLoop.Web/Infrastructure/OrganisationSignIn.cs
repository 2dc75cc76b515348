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
        o.RequireHttpsMetadata = settings.RequireHttpsMetadata;
        // Keep the token's claim names (email, name, groups) instead of mapping them to long XML-schema URIs.
        o.MapInboundClaims = false;
        o.SignInScheme = IdentityConstants.ApplicationScheme;
        o.Scope.Add("email");
        o.Scope.Add("profile");
        foreach (var scope in settings.AdditionalScopes) o.Scope.Add(scope);
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
                Refuse(ctx.HttpContext, Refusal.NoAccount);
                ctx.Fail("No LearningLoop account has this e-mail address; ask an administrator to add you.");
                return;
            }
            if (user.DeactivatedUtc is not null)
            {
                Refuse(ctx.HttpContext, Refusal.Deactivated);
                ctx.Fail("This LearningLoop account is deactivated; ask an administrator of your organisation.");
                return;
            }
            var groups = ctx.Principal!.FindAll(settings.RoleClaim).Select(c => c.Value);
            if (OidcRoleMapping.RolesFor(settings.RoleMappings, user.OrganisationId, groups) is { } roles)
            {
                await ctx.HttpContext.RequestServices.GetRequiredService<Accounts>().SetRolesFromProviderAsync(user, roles);
            }
            user.RecordSignIn(DateTime.UtcNow);
            await users.UpdateAsync(user);
            var factory = ctx.HttpContext.RequestServices.GetRequiredService<IUserClaimsPrincipalFactory<AppUser>>();
            ctx.Principal = await factory.CreateAsync(user);
        };
        o.Events.OnRemoteFailure = ctx =>
        {
            // A refused account, a token that fails validation (tampered, expired, wrong audience) or an error from the
            // provider: the person gets the sign-in page with a plain explanation, not an exception page.
            var reason = ctx.HttpContext.Items[RefusalKey] as string ?? Refusal.Failed;
            ctx.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(OrganisationSignIn))
                .LogWarning(ctx.Failure, "Organisation sign-in refused ({Reason})", reason);
            ctx.Response.Redirect("/login?refused=" + reason);
            ctx.HandleResponse();
            return Task.CompletedTask;
        };
    }

    private const string RefusalKey = "LearningLoop.OrganisationSignIn.Refusal";

    private static void Refuse(HttpContext http, string reason) => http.Items[RefusalKey] = reason;

    /// <summary>Why organisation sign-in was refused, as carried to the sign-in page (<c>/login?refused=…</c>).</summary>
    public static class Refusal
    {
        public const string NoAccount = "no-account";
        public const string Deactivated = "deactivated";
        public const string Failed = "failed";

        public static string? Explain(string? reason) => reason switch
        {
            NoAccount => "Your organisation's sign-in knows you, but no LearningLoop account has your e-mail address. " +
                         "Ask an administrator of your organisation to add you.",
            Deactivated => "Your LearningLoop account is deactivated. Ask an administrator of your organisation.",
            Failed => "Organisation sign-in did not complete: the answer from your organisation's sign-in could not be " +
                      "verified, or it was cancelled. Try again; if it keeps happening, tell your administrator.",
            _ => null,
        };
    }
}
