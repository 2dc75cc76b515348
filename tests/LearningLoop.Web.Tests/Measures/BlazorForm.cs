using System.Net;
using System.Text.RegularExpressions;

namespace LearningLoop.Web.Tests.Measures;

/// <summary>Posts a static-SSR Blazor form as a browser without scripts would: the antiforgery token and the form's
/// handler name come from the page first.</summary>
public static partial class BlazorForm
{
    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string path, string handler, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var page = await client.GetStringAsync(path);
        var token = WebUtility.HtmlDecode(Token().Match(page).Groups[1].Value);
        Assert.False(string.IsNullOrEmpty(token), $"{path} has no antiforgery token");
        Assert.Contains($"name=\"_handler\" value=\"{handler}\"", page, StringComparison.Ordinal);
        var body = new FormUrlEncodedContent(fields.Append(new("_handler", handler)).Append(new("__RequestVerificationToken", token)));
        return await client.PostAsync(path, body);
    }
}
