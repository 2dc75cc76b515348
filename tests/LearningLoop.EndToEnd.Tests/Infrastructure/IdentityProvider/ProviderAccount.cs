namespace LearningLoop.EndToEnd.Tests.Infrastructure.IdentityProvider;

/// <summary>A person the loopback provider knows, with the claims it vouches for in the ID token: <c>sub</c>,
/// <c>email</c>, <c>name</c> and <c>groups</c> (as Microsoft Entra ID and Keycloak send group membership).</summary>
public sealed record ProviderAccount(string Subject, string Email, string Name, string Password, IReadOnlyList<string> Groups);

/// <summary>How the provider spoils the next ID token it issues, so that a test can see the app refuse it.</summary>
public enum IdentityTokenFault
{
    None,
    /// <summary>The payload is changed after signing (the e-mail becomes another person's); the signature no longer matches.</summary>
    Tampered,
    /// <summary>Correctly signed, but it expired an hour ago (well beyond the five minutes of clock skew a client allows).</summary>
    Expired,
}

/// <summary>One exchange of an authorisation code at the token endpoint, as the provider saw it: the proof that the
/// client used PKCE (RFC 7636) is here, at the provider, not in anything the client says about itself.</summary>
public sealed record CodeExchange(string ClientId, string? CodeChallengeMethod, bool CodeVerifierSent, string Subject);
