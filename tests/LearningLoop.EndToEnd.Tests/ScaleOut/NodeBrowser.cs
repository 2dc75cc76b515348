using System.Net;
using System.Text.RegularExpressions;

namespace LearningLoop.EndToEnd.Tests.ScaleOut;

/// <summary>A browser without scripts in front of several web nodes, as behind a load balancer without sticky sessions:
/// one cookie jar for all of them (cookies do not depend on the port), each request to whichever node the test names.</summary>
public sealed partial class NodeBrowser : IDisposable
{
    public const string DemoPassword = "Demo-learning-2025";

    private readonly HttpClient _client;

    public NodeBrowser() =>
        _client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false })
        {
            Timeout = TimeSpan.FromSeconds(100),
        };

    public Task<HttpResponseMessage> GetAsync(Uri node, string path) => _client.GetAsync(new Uri(node, path));

    /// <summary>Opens the form at <paramref name="path"/> on <paramref name="formNode"/> and posts it, with the antiforgery
    /// token that page carried, to the same path on <paramref name="postNode"/>. <paramref name="spoilToken"/> changes one
    /// character in the middle of the token first.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(
        Uri formNode, Uri postNode, string path, string handler, IEnumerable<KeyValuePair<string, string>> fields, bool spoilToken = false)
    {
        var page = await (await GetAsync(formNode, path)).Content.ReadAsStringAsync();
        var token = WebUtility.HtmlDecode(Token().Match(page).Groups[1].Value);
        Assert.False(string.IsNullOrEmpty(token), $"{path} on {formNode} has no antiforgery token");
        Assert.Contains($"name=\"_handler\" value=\"{handler}\"", page, StringComparison.Ordinal);
        if (spoilToken) token = token[..20] + (token[20] == 'A' ? 'B' : 'A') + token[21..];
        var body = new FormUrlEncodedContent(fields.Append(new("_handler", handler)).Append(new("__RequestVerificationToken", token)));
        return await _client.PostAsync(new Uri(postNode, path), body);
    }

    /// <summary>Signs in through the login form of <paramref name="node"/>.</summary>
    public async Task SignInAsync(Uri node, string email)
    {
        var response = await PostFormAsync(node, node, "/login", "login", [new("Input.Email", email), new("Input.Password", DemoPassword)]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    /// <summary>Creates an API key through the form of <paramref name="formNode"/> posted to <paramref name="postNode"/>;
    /// returns the page's answer and the key it shows once (null when none).</summary>
    public async Task<(HttpResponseMessage Response, string? Key)> CreateApiKeyAsync(Uri formNode, Uri postNode, string name, bool spoilToken = false)
    {
        var response = await PostFormAsync(formNode, postNode, "/account/api-keys", "create-key", [new("Input.Name", name)], spoilToken);
        var key = NewKey().Match(await response.Content.ReadAsStringAsync());
        return (response, key.Success ? key.Groups[1].Value : null);
    }

    public void Dispose() => _client.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    [GeneratedRegex("data-testid=\"new-api-key\">([^<]+)<")]
    private static partial Regex NewKey();
}
