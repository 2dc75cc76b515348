using LearningLoop.Core.Access;
using LearningLoop.Core.Persistence;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;

namespace LearningLoop.Web.Infrastructure;

public static class AccessRegistration
{
    /// <summary>Chooses the API-key handler when a request carries a key, the Identity cookie otherwise.</summary>
    public const string SmartScheme = "CookieOrApiKey";
    public const string OidcScheme = "oidc";

    public static IServiceCollection AddLearningLoopAccess(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddLearningLoopAccounts(configuration);
        services.AddCrossSiteRequestRefusal();
        services.AddIdentity<AppUser, IdentityRole>(IdentityRegistration.ConfigureIdentity)
            .AddEntityFrameworkStores<LearningLoopDbContext>()
            .AddClaimsPrincipalFactory<OrganisationClaimsFactory>()
            .AddSignInManager<Features.Access.AccountSignIn>()
            .AddDefaultTokenProviders();
        services.AddSingleton<Features.Setup.SetupState>();
        services.AddScoped<PageLinks>();

        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/login";
            o.LogoutPath = "/logout";
            o.AccessDeniedPath = "/access-denied";
            o.Cookie.Name = "learningloop.auth";
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.SlidingExpiration = true;
            o.ExpireTimeSpan = TimeSpan.FromHours(12);
            o.Events.OnRedirectToLogin = ctx => ApiAwareRedirect(ctx, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = ctx => ApiAwareRedirect(ctx, StatusCodes.Status403Forbidden);
            o.Events.OnValidatePrincipal = Features.Access.SessionCheck.ValidateAsync;
        });

        var auth = services.AddAuthentication(o =>
        {
            // AddIdentity made the cookie the default for authenticate and challenge; take both back so that the
            // authentication middleware also recognises API keys before the tenancy scope is set.
            o.DefaultScheme = SmartScheme;
            o.DefaultAuthenticateScheme = SmartScheme;
            o.DefaultChallengeScheme = SmartScheme;
        })
        .AddPolicyScheme(SmartScheme, "Cookie or API key", o => o.ForwardDefaultSelector = ctx =>
            ApiKeyAuthenticationHandler.KeyFrom(ctx.Request) is null ? IdentityConstants.ApplicationScheme : ApiKeyAuthenticationHandler.SchemeName)
        .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null);

        var oidc = configuration.GetSection("Authentication:OpenIdConnect").Get<OidcSettings>();
        if (oidc is { Enabled: true })
        {
            auth.AddOpenIdConnect(OidcScheme, oidc.DisplayName, o => OrganisationSignIn.Configure(o, oidc));
        }
        services.AddSingleton(oidc ?? new OidcSettings());

        services.AddAuthorization(Policies.Configure);
        services.AddCascadingAuthenticationState();
        return services;
    }

    /// <summary>An API caller gets a status code it can act on, not an HTML login page; a browser refused a page gets 403
    /// with the friendly status page (<see cref="StatusPages"/>), not a redirect.</summary>
    private static Task ApiAwareRedirect(RedirectContext<CookieAuthenticationOptions> ctx, int status)
    {
        if (status == StatusCodes.Status403Forbidden || StatusPages.IsApi(ctx.Request))
        {
            ctx.Response.StatusCode = status;
            return Task.CompletedTask;
        }
        ctx.Response.Redirect(ctx.RedirectUri);
        return Task.CompletedTask;
    }
}

/// <summary>Configuration section <c>Authentication:OpenIdConnect</c>: an organisation's identity provider.</summary>
public sealed class OidcSettings
{
    public string Authority { get; set; } = "";
    public string ClientId { get; set; } = "";
    public string ClientSecret { get; set; } = "";
    public string DisplayName { get; set; } = "Organisation sign-in";
    /// <summary>When set, a person who signs in through the provider without an account gets one, as Staff of this organisation.</summary>
    public int? AutoProvisionOrganisationId { get; set; }
    /// <summary>Fetch the provider's metadata over HTTPS only. Turn off only for a provider on loopback (the end-to-end
    /// tests) or a trusted development network: over plain HTTP its signing keys could be replaced in transit.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;
    /// <summary>The ID token claim listing the person's groups or roles at the provider (<c>groups</c> in Entra ID and
    /// Keycloak with a group mapper, <c>role</c> from ADFS); read only when <see cref="RoleMappings"/> has entries.</summary>
    public string RoleClaim { get; set; } = "groups";
    /// <summary>Scopes asked for besides openid, email and profile (ADFS puts custom claims in the ID token only with <c>allatclaims</c>).</summary>
    public IList<string> AdditionalScopes { get; } = [];
    /// <summary>Optional, per organisation: provider group or role values that set the LearningLoop roles at each sign-in.</summary>
    public IList<OidcRoleMapping> RoleMappings { get; } = [];
    public bool Enabled => Authority.Length > 0 && ClientId.Length > 0;
}
