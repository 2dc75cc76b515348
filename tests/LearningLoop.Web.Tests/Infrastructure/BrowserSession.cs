using System.Net;
using LearningLoop.Web.Tests.Measures;

namespace LearningLoop.Web.Tests.Infrastructure;

/// <summary>A client that signs in through the login form and then carries the session cookie, as a browser does.</summary>
public static class BrowserSession
{
    public const string DemoPassword = "Demo-learning-2025";

    public static async Task<HttpClient> SignInAsync(this LearningLoopApp app, string email, string password = DemoPassword)
    {
        var client = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
        var response = await BlazorForm.PostAsync(client, "/login", "login", [new("Input.Email", email), new("Input.Password", password)]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    /// <summary>Is the client's session still accepted? A page answers 200 when it is, a redirect to the login when not.</summary>
    public static async Task<bool> IsSignedInAsync(this HttpClient client)
    {
        var response = await client.GetAsync("/people");
        return response.StatusCode == HttpStatusCode.OK;
    }
}
