using System.Net;
using System.Text;
using OpenIddict.Abstractions;

namespace LearningLoop.EndToEnd.Tests.Infrastructure.IdentityProvider;

/// <summary>The provider's own sign-in page, posted back to the authorisation endpoint with the original request's
/// parameters (so the flow, PKCE challenge included, continues unchanged).</summary>
public static class ProviderSignInPage
{
    public static string Html(OpenIddictRequest request, string? error)
    {
        var hidden = new StringBuilder();
        foreach (var (name, value) in request.GetParameters())
        {
            if (name.StartsWith("login_", StringComparison.Ordinal)) continue;
            hidden.Append($"<input type=\"hidden\" name=\"{Encode(name)}\" value=\"{Encode((string?)value)}\">");
        }
        var alert = error is null ? "" : $"<p role=\"alert\">{Encode(error)}</p>";
        return $"""
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Loopback identity provider</title></head>
            <body style="font-family:sans-serif;max-width:28rem;margin:3rem auto">
            <h1>Loopback identity provider</h1>{alert}
            <form method="post" action="/connect/authorize">{hidden}
            <p><label for="login_email">Work e-mail</label><br><input id="login_email" name="login_email" type="email"></p>
            <p><label for="login_password">Provider password</label><br>
            <input id="login_password" name="login_password" type="password"></p>
            <p><button type="submit">Continue</button></p>
            </form></body></html>
            """;
    }

    private static string Encode(string? value) => WebUtility.HtmlEncode(value ?? "");
}
