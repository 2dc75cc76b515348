using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LearningLoop.Web.Tests.Infrastructure;
using LearningLoop.Web.Tests.Measures;
using static LearningLoop.Web.Tests.Initiatives.InitiativeTestData;

namespace LearningLoop.Web.Tests.Access;

/// <summary>Accounts for people: an administrator invites, sets roles, deactivates and reactivates; the person sets a
/// password from a single-use link; every change ends the person's open sessions at once and is recorded.</summary>
public abstract class AccountTests(LearningLoopApp app)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private const string Password = "Chosen-password-2026";

    [Fact]
    public async Task An_invited_person_sets_a_password_once_signs_in_and_is_signed_out_everywhere_when_deactivated()
    {
        var (personId, email) = NewPerson("Invited Nurse");
        var admin = await app.ClientForAsync(Admin);
        var invited = await PutAsync(admin, personId, new { roles = new[] { "Staff" } });
        Assert.Equal("Invited", invited.GetProperty("status").GetString());
        var link = invited.GetProperty("invitationLink").GetString()!;
        // Built from the configured public address, never from the request's Host; the secret is in the fragment.
        Assert.StartsWith("http://localhost:5080/account/set-password#", link, StringComparison.Ordinal);
        var invitation = link[(link.IndexOf('#', StringComparison.Ordinal) + 1)..];

        var anonymous = app.CreateClient(new() { AllowAutoRedirect = false });
        var weak = await SetPasswordAsync(anonymous, invitation, "short");
        Assert.Contains("at least 10 characters", weak, StringComparison.Ordinal);
        Assert.Contains("Your password is set", await SetPasswordAsync(anonymous, invitation, Password), StringComparison.Ordinal);
        // Single use: the same link cannot set a password again.
        Assert.Contains("already been used", await SetPasswordAsync(anonymous, invitation, "Another-password-2026"), StringComparison.Ordinal);

        var browser = await app.SignInAsync(email, Password);
        Assert.True(await browser.IsSignedInAsync());
        var key = await app.ClientForAsync(email);
        Assert.Equal(HttpStatusCode.OK, (await key.GetAsync("/api/v1/me")).StatusCode);

        var deactivated = await PutAsync(admin, personId, new { roles = new[] { "Staff" }, active = false });
        Assert.Equal("Deactivated", deactivated.GetProperty("status").GetString());
        Assert.False(await browser.IsSignedInAsync());
        Assert.Equal(HttpStatusCode.Unauthorized, (await key.GetAsync("/api/v1/me")).StatusCode);
        var refused = await BlazorForm.PostAsync(app.CreateClient(new() { AllowAutoRedirect = false }), "/login", "login",
            [new("Input.Email", email), new("Input.Password", Password)]);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);

        // Reactivation restores the account as it was, API key included: deactivation revoked nothing.
        await PutAsync(admin, personId, new { roles = new[] { "Staff" }, active = true });
        Assert.True(await (await app.SignInAsync(email, Password)).IsSignedInAsync());
        Assert.Equal(HttpStatusCode.OK, (await key.GetAsync("/api/v1/me")).StatusCode);

        var history = (await admin.GetFromJsonAsync<JsonElement>($"/api/v1/people/{personId}/account", Json))
            .GetProperty("changes").EnumerateArray().Select(c => c.GetProperty("what").GetString()).ToList();
        Assert.Contains("Account created", history);
        Assert.Contains("Password set from the invitation link", history);
        Assert.Contains("Deactivated", history);
        Assert.Contains("Reactivated", history);
        Assert.All((await admin.GetFromJsonAsync<JsonElement>($"/api/v1/people/{personId}/account", Json)).GetProperty("changes").EnumerateArray(),
            c => Assert.False(string.IsNullOrEmpty(c.GetProperty("actor").GetString())));
    }

    [Fact]
    public async Task A_role_change_and_signing_out_end_open_sessions_and_nothing_else()
    {
        var (personId, email) = NewPerson("Role Change");
        var admin = await app.ClientForAsync(Admin);
        await AcceptAsync(await PutAsync(admin, personId, new { roles = new[] { "Staff" } }));
        var first = await app.SignInAsync(email, Password);
        var second = await app.SignInAsync(email, Password);
        var key = await app.ClientForAsync(email);

        await PutAsync(admin, personId, new { roles = new[] { "Staff", "Manager" } });
        Assert.False(await first.IsSignedInAsync());
        Assert.False(await second.IsSignedInAsync());
        // An API key is not a session: it keeps working, with the new roles.
        var me = await key.GetFromJsonAsync<JsonElement>("/api/v1/me", Json);
        Assert.Contains("Manager", me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));

        var mine = await app.SignInAsync(email, Password);
        var copy = await app.SignInAsync(email, Password);
        var page = await mine.GetStringAsync("/people");
        var token = System.Net.WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value);
        var signOut = await mine.PostAsync("/logout", new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        Assert.False(await copy.IsSignedInAsync());
    }

    [Fact]
    public async Task Only_administrators_manage_accounts_and_bad_requests_name_the_field()
    {
        var (personId, _) = NewPerson("Not Yours");
        foreach (var email in new[] { Lead, Manager, Staff, Partner })
        {
            var client = await app.ClientForAsync(email);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/api/v1/people/{personId}/account")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.PutAsJsonAsync($"/api/v1/people/{personId}/account", new { roles = new[] { "Administrator" } })).StatusCode);
        }
        var admin = await app.ClientForAsync(Admin);
        var bad = await admin.PutAsJsonAsync($"/api/v1/people/{personId}/account", new { roles = new[] { "Overlord" } });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("Overlord", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/api/v1/people/999999/account")).StatusCode);
        var other = await app.ClientForAsync(LearningLoopApp.OtherAdminEmail);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PutAsJsonAsync($"/api/v1/people/{personId}/account", new { roles = new[] { "Staff" } })).StatusCode);
        Assert.False(app.WithSystemScope(db => db.Users.Any(u => u.PersonId == personId)));
    }

    [Fact]
    public async Task An_administrator_cannot_lock_themselves_out()
    {
        var (personId, email) = NewPerson("Second Admin");
        var admin = await app.ClientForAsync(Admin);
        await AcceptAsync(await PutAsync(admin, personId, new { roles = new[] { "Administrator" } }));
        var self = await app.ClientForAsync(email);
        var demote = await self.PutAsJsonAsync($"/api/v1/people/{personId}/account", new { roles = new[] { "Staff" } });
        Assert.Equal(HttpStatusCode.BadRequest, demote.StatusCode);
        var deactivate = await self.PutAsJsonAsync($"/api/v1/people/{personId}/account", new { roles = new[] { "Administrator" }, active = false });
        Assert.Equal(HttpStatusCode.BadRequest, deactivate.StatusCode);
    }

    private (int PersonId, string Email) NewPerson(string name)
    {
        var email = $"{name.Replace(' ', '.').ToLowerInvariant()}.{Guid.NewGuid():N}@riverside.example"[..60];
        var id = app.WithSystemScope(db =>
        {
            var organisation = db.Organisations.Single(o => o.Name == "Riverside General Hospital").Id;
            var person = new Core.Organisations.Person { OrganisationId = organisation, Name = name, Email = email };
            db.People.Add(person);
            db.SaveChanges();
            return person.Id;
        });
        return (id, email);
    }

    private static async Task<JsonElement> PutAsync(HttpClient admin, int personId, object body)
    {
        var response = await admin.PutAsJsonAsync($"/api/v1/people/{personId}/account", body);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>(Json);
    }

    private async Task AcceptAsync(JsonElement invited)
    {
        var link = invited.GetProperty("invitationLink").GetString()!;
        var page = await SetPasswordAsync(app.CreateClient(new() { AllowAutoRedirect = false }), link[(link.IndexOf('#', StringComparison.Ordinal) + 1)..], Password);
        Assert.Contains("Your password is set", page, StringComparison.Ordinal);
    }

    private static async Task<string> SetPasswordAsync(HttpClient client, string invitation, string password)
    {
        var response = await BlazorForm.PostAsync(client, "/account/set-password", "set-password",
            [new("Input.Invitation", invitation), new("Input.Password", password), new("Input.Confirm", password)]);
        return await response.Content.ReadAsStringAsync();
    }
}

public sealed class SqliteAccountTests(SqliteApp app) : AccountTests(app), IClassFixture<SqliteApp>;

public sealed class PostgresAccountTests(PostgresApp app) : AccountTests(app), IClassFixture<PostgresApp>;
