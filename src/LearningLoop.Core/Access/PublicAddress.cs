using Microsoft.Extensions.Configuration;

namespace LearningLoop.Core.Access;

/// <summary>The address people reach the app at (<c>App:PublicBaseUrl</c>, e.g. https://learningloop.hospital.org).
/// Links that leave the app (invitations, survey links) are built from it and never from a request's Host header,
/// which a client chooses: a forged Host would otherwise send a set-password link to an attacker's site.</summary>
public sealed class PublicAddress(string baseUrl)
{
    public const string Key = "App:PublicBaseUrl";

    /// <summary>What <c>dotnet run</c> serves; the demo's links work out of the box, production sets the key.</summary>
    public const string Development = "http://localhost:5080";

    public string BaseUrl { get; } = baseUrl.TrimEnd('/');

    public bool Configured { get; private init; }

    public string Link(string pathAndFragment) => BaseUrl + "/" + pathAndFragment.TrimStart('/');

    public static PublicAddress From(IConfiguration configuration)
    {
        var configured = configuration[Key] is { Length: > 0 } url ? url : configuration["Surveys:PublicBaseUrl"];
        return string.IsNullOrWhiteSpace(configured)
            ? new PublicAddress(Development)
            : new PublicAddress(configured) { Configured = true };
    }
}
