using System.Collections.Concurrent;
using System.Security.Claims;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using OpenIddict.Server;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace LearningLoop.EndToEnd.Tests.Infrastructure.IdentityProvider;

/// <summary>A small but real OpenID Connect provider (OpenIddict's server) on loopback, started inside the test
/// process: discovery, signing keys, a sign-in page, the authorisation-code flow with PKCE required, and an ID token
/// carrying e-mail, name and groups. It knows one client, the LearningLoop app under test. OpenIddict runs in its
/// degraded mode (no database): the checks it would make against stored clients are made here, by hand.</summary>
public sealed class LoopbackIdentityProvider : IAsyncDisposable
{
    public const string ClientId = "learningloop";
    public const string ClientSecret = "loopback-client-secret";
    public const string GroupsClaim = "groups";

    private readonly WebApplication _host;
    private readonly IReadOnlyList<ProviderAccount> _accounts;
    private readonly ConcurrentQueue<CodeExchange> _exchanges = new();
    private readonly ConcurrentDictionary<string, string?> _challengeMethods = new();
    private volatile IdentityTokenFault _nextFault;

    private LoopbackIdentityProvider(WebApplication host, IReadOnlyList<ProviderAccount> accounts)
    {
        _host = host;
        _accounts = accounts;
    }

    public Uri Authority { get; private set; } = null!;

    /// <summary>The app's callback; set once the app's address is known (the provider starts first).</summary>
    public Uri? RedirectUri { get; set; }

    /// <summary>Every authorisation code exchanged so far.</summary>
    public IReadOnlyList<CodeExchange> Exchanges => [.. _exchanges];

    /// <summary>Spoils the next ID token (only the next one).</summary>
    public void SpoilNextIdentityToken(IdentityTokenFault fault) => _nextFault = fault;

    public static async Task<LoopbackIdentityProvider> StartAsync(IReadOnlyList<ProviderAccount> accounts)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        LoopbackIdentityProvider? provider = null;
        builder.Services.AddOpenIddict().AddServer(o =>
        {
            o.SetAuthorizationEndpointUris("connect/authorize").SetTokenEndpointUris("connect/token");
            o.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange();
            o.RegisterScopes(Scopes.Email, Scopes.Profile);
            o.RegisterClaims(Claims.Email, Claims.Name, GroupsClaim);
            o.AddEphemeralEncryptionKey().AddEphemeralSigningKey();
            // Degraded mode: no stores; this class checks the client and its redirect address itself.
            o.EnableDegradedMode();
            o.UseAspNetCore().EnableAuthorizationEndpointPassthrough().DisableTransportSecurityRequirement();
            o.AddEventHandler<ValidateAuthorizationRequestContext>(b => b.UseInlineHandler(c => provider!.ValidateAuthorization(c)));
            o.AddEventHandler<ValidateTokenRequestContext>(b => b.UseInlineHandler(c => provider!.ValidateToken(c)));
            o.AddEventHandler<ProcessSignInContext>(b => b.UseInlineHandler(c => provider!.BeforeIdentityToken(c))
                .SetOrder(OpenIddictServerHandlers.PrepareIdentityTokenPrincipal.Descriptor.Order + 1));
            o.AddEventHandler<ApplyTokenResponseContext>(b => b.UseInlineHandler(c => provider!.AfterIdentityToken(c)));
        });
        var host = builder.Build();
        provider = new LoopbackIdentityProvider(host, accounts);
        host.MapMethods("/connect/authorize", ["GET", "POST"], provider.AuthorizeAsync);
        await host.StartAsync();
        var address = host.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        provider.Authority = new Uri(address);
        return provider;
    }

    /// <summary>The sign-in page, then the sign-in itself once the person has typed a known e-mail and password.</summary>
    private IResult AuthorizeAsync(HttpContext http)
    {
        var request = http.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
        var email = (string?)request["login_email"];
        var password = (string?)request["login_password"];
        var account = _accounts.FirstOrDefault(a =>
            string.Equals(a.Email, email, StringComparison.OrdinalIgnoreCase) && a.Password == password);
        if (account is null)
        {
            var error = email is null ? null : "Unknown e-mail or wrong password.";
            return Results.Content(ProviderSignInPage.Html(request, error), "text/html");
        }

        var identity = new ClaimsIdentity(TokenValidationParameters.DefaultAuthenticationType, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, account.Subject).SetClaim(Claims.Email, account.Email).SetClaim(Claims.Name, account.Name);
        identity.SetClaims(GroupsClaim, [.. account.Groups]);
        identity.SetScopes(request.GetScopes());
        identity.SetDestinations(_ => [Destinations.IdentityToken]);
        _challengeMethods[account.Subject] = request.CodeChallengeMethod;
        return Results.SignIn(new ClaimsPrincipal(identity), properties: null, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    private ValueTask ValidateAuthorization(ValidateAuthorizationRequestContext context)
    {
        if (context.ClientId != ClientId)
            context.Reject(Errors.InvalidClient, "Unknown client.");
        else if (RedirectUri is null || context.RedirectUri != RedirectUri.AbsoluteUri)
            context.Reject(Errors.InvalidRequest, "The redirect_uri is not registered for this client.");
        return ValueTask.CompletedTask;
    }

    private ValueTask ValidateToken(ValidateTokenRequestContext context)
    {
        if (context.ClientId != ClientId || context.Request.ClientSecret != ClientSecret)
            context.Reject(Errors.InvalidClient, "Wrong client credentials.");
        return ValueTask.CompletedTask;
    }

    /// <summary>Runs at the token endpoint after the code (and its PKCE verifier) has been validated by OpenIddict.</summary>
    private ValueTask BeforeIdentityToken(ProcessSignInContext context)
    {
        if (context.EndpointType != OpenIddictServerEndpointType.Token || context.IdentityTokenPrincipal is not { } principal)
            return ValueTask.CompletedTask;
        var subject = principal.GetClaim(Claims.Subject) ?? "";
        _exchanges.Enqueue(new CodeExchange(context.ClientId ?? "", _challengeMethods.GetValueOrDefault(subject),
            !string.IsNullOrEmpty(context.Request.CodeVerifier), subject));
        if (_nextFault == IdentityTokenFault.Expired)
        {
            _nextFault = IdentityTokenFault.None;
            principal.SetCreationDate(DateTimeOffset.UtcNow.AddHours(-2)).SetExpirationDate(DateTimeOffset.UtcNow.AddHours(-1));
        }
        return ValueTask.CompletedTask;
    }

    private ValueTask AfterIdentityToken(ApplyTokenResponseContext context)
    {
        if (_nextFault != IdentityTokenFault.Tampered || context.Response.IdToken is not { } token) return ValueTask.CompletedTask;
        _nextFault = IdentityTokenFault.None;
        context.Response.IdToken = Tamper(token, _accounts.Select(a => a.Email));
        return ValueTask.CompletedTask;
    }

    /// <summary>Replaces the e-mail in a signed JWT's payload, keeping the original signature: what an attacker who
    /// intercepted a token would try, to be taken for someone else.</summary>
    private static string Tamper(string jwt, IEnumerable<string> emails)
    {
        var parts = jwt.Split('.');
        var payload = JsonNode.Parse(Base64UrlEncoder.Decode(parts[1]))!.AsObject();
        payload[Claims.Email] = emails.First(e => e != (string?)payload[Claims.Email]);
        parts[1] = Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes(payload.ToJsonString()));
        return string.Join('.', parts);
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        await _host.DisposeAsync();
    }
}
