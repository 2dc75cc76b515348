using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace LearningLoop.Web.Infrastructure;

/// <summary>Configuration section <c>Security</c>.</summary>
public sealed class SecurityOptions
{
    public const string Section = "Security";

    /// <summary>Honour <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> from a reverse proxy that terminates TLS, so
    /// that the app knows a request came over HTTPS (HSTS, Secure cookies, links). Only from the proxies below.</summary>
    public bool ForwardedHeaders { get; set; }

    /// <summary>The proxies' addresses; empty trusts the loopback proxy only (ASP.NET Core's default).</summary>
    public string[] KnownProxies { get; set; } = [];
}

/// <summary>The headers every response carries, whatever produced it (page, API, file, static asset, error page), and
/// HTTPS behind a proxy. Threat model and choices: docs/security.md.</summary>
public static class SecurityHeaders
{
    /// <summary>Scripts only from the app's own files (no inline script, no event-handler attributes, no eval): an
    /// injected <c>&lt;script&gt;</c> does not run. Inline styles are allowed: the server-drawn SVG charts and a few
    /// layouts use <c>style</c> attributes, and a style cannot run script. No plugins, no foreign base URL, framing by
    /// the app itself only. <c>data:</c> and <c>blob:</c> images serve the chart's PNG download.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self'; "
        + "connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'self'";

    /// <summary>The Scalar API reference is a third-party page whose bootstrap is an inline script; it shows the public
    /// OpenAPI document only, so it alone may run inline script.</summary>
    public const string ApiReferencePolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; "
        + "connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'self'";

    public static WebApplicationBuilder AddLearningLoopSecurity(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(SecurityOptions.Section).Get<SecurityOptions>() ?? new SecurityOptions();
        builder.Services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var proxy in options.KnownProxies) o.KnownProxies.Add(IPAddress.Parse(proxy));
        });
        // Every cookie (sign-in, antiforgery, external sign-in) is Secure whenever the request came over HTTPS.
        builder.Services.Configure<CookiePolicyOptions>(o => o.Secure = CookieSecurePolicy.SameAsRequest);
        builder.Services.AddHsts(o => o.MaxAge = TimeSpan.FromDays(365));
        builder.Services.AddClientRateLimits(builder.Configuration);
        return builder;
    }

    public static WebApplication UseLearningLoopSecurity(this WebApplication app)
    {
        if (app.Configuration.GetValue($"{SecurityOptions.Section}:{nameof(SecurityOptions.ForwardedHeaders)}", false))
        {
            app.UseForwardedHeaders();
        }
        if (!app.Environment.IsDevelopment())
        {
            // Sent over HTTPS only, and never for localhost.
            app.UseHsts();
        }
        app.UseCookiePolicy();
        app.Use((context, next) =>
        {
            // Set as the response starts: an error page replaces the headers set before it.
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments("/api/reference") ? ApiReferencePolicy : ContentSecurityPolicy;
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = "same-origin";
                headers.XFrameOptions = "SAMEORIGIN";
                headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=()";
                return Task.CompletedTask;
            });
            return next(context);
        });
        return app;
    }
}
