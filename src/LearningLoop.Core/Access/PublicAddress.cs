using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace LearningLoop.Core.Access;

/// <summary>The address people reach the app at, for every link the app sends or shows to be opened elsewhere (survey
/// invitations, generated survey links, the kiosk link; set-password links too). It comes from configuration
/// (<c>App:PublicBaseUrl</c>, i.e. <c>App__PublicBaseUrl</c>; the older <c>Surveys:PublicBaseUrl</c> is still read), never
/// from the request: a forged <c>Host</c> header would otherwise put an attacker's address into e-mails that carry
/// single-use links. When nothing is configured, Development and the demo use http://localhost:5080 (the app's own
/// default address); anywhere else links are refused with <see cref="Problem"/>, which names the setting.</summary>
public sealed class PublicAddress
{
    public const string Setting = "App:PublicBaseUrl";
    public const string EnvironmentVariable = "App__PublicBaseUrl";
    public const string LegacySetting = "Surveys:PublicBaseUrl";
    public const string LocalDefault = "http://localhost:5080";

    private PublicAddress(string? baseUrl, string? problem) => (BaseUrl, Problem) = (baseUrl, problem);

    /// <summary>Scheme, host and path prefix without a trailing slash; null when links cannot be made.</summary>
    public string? BaseUrl { get; }

    /// <summary>Why links cannot be made (nothing configured, or not an absolute http(s) address); null when they can.</summary>
    public string? Problem { get; }

    /// <summary><paramref name="environment"/> is null outside a web host (the CLI): then only a configured address serves.</summary>
    public static PublicAddress From(IConfiguration configuration, IHostEnvironment? environment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var configured = new[] { configuration[Setting], configuration[LegacySetting] }.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
        if (configured is null)
        {
            return environment is not null && (environment.IsDevelopment() || configuration.GetValue("Demo:Enabled", true))
                ? new PublicAddress(LocalDefault, null)
                : new PublicAddress(null, $"No public address is configured, so no link can be made: set {EnvironmentVariable} "
                    + "(configuration key App:PublicBaseUrl) to the address people open the app at, e.g. https://learningloop.example.org.");
        }
        return Uri.TryCreate(configured.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? new PublicAddress(uri.GetLeftPart(UriPartial.Path).TrimEnd('/'), null)
            : new PublicAddress(null, $"{EnvironmentVariable} is \"{configured}\", which is not an absolute http or https address.");
    }

    /// <summary>An absolute link to <paramref name="pathAndFragment"/> (starting with '/'); call only when <see cref="Problem"/> is null.</summary>
    public string Link(string pathAndFragment) =>
        (BaseUrl ?? throw new InvalidOperationException(Problem)) + pathAndFragment;
}
