using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LearningLoop.Core.Organisations;
using LearningLoop.Web.Tests.Infrastructure;
using static LearningLoop.Web.Tests.Initiatives.InitiativeTestData;

namespace LearningLoop.Web.Tests.Access;

/// <summary>Least privilege, decided per field (docs/guide/access.md): who sees colleagues' contact details, patient
/// partners' profiles and interview notes, through the API and the pages, for each role, on both databases.</summary>
public abstract class WhoSeesWhatTests(LearningLoopApp app)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [Theory]
    [InlineData(Admin, true)]
    [InlineData(Lead, true)]
    [InlineData(Manager, true)]
    [InlineData(Staff, false)]
    [InlineData(Partner, false)]
    public async Task Only_those_who_organise_people_see_their_e_mail_addresses(string email, bool seesEmail)
    {
        var client = await app.ClientForAsync(email);
        var colleague = app.PersonIdOf(Manager);
        var page = await client.GetFromJsonAsync<JsonElement>("/api/v1/people?take=100", Json);
        var emails = page.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("email")).ToList();
        Assert.NotEmpty(emails);
        Assert.All(emails, e => Assert.Equal(seesEmail, e.ValueKind == JsonValueKind.String));
        var one = await client.GetFromJsonAsync<JsonElement>($"/api/v1/people/{colleague}", Json);
        Assert.Equal(seesEmail, one.GetProperty("email").ValueKind == JsonValueKind.String);
        Assert.False(string.IsNullOrEmpty(one.GetProperty("name").GetString()));

        var managerEmail = app.Person(colleague).Email;
        Assert.Equal(seesEmail, (await client.GetStringAsync("/people")).Contains("@riverside.example", StringComparison.Ordinal));
        Assert.Equal(seesEmail, (await client.GetStringAsync($"/people/{colleague}")).Contains(managerEmail, StringComparison.Ordinal));
        // Searching by address cannot be used to test whether an address belongs to someone.
        var byEmail = await client.GetFromJsonAsync<JsonElement>($"/api/v1/people?q={Uri.EscapeDataString(managerEmail)}", Json);
        Assert.Equal(seesEmail ? 1 : 0, byEmail.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task A_patient_partners_profile_is_seen_by_administrators_improvement_leads_and_the_leads_of_their_initiatives()
    {
        var fourWestPartner = app.PersonIdOf(Partner);
        var otherPartner = app.WithSystemScope(db => db.People.Where(p => p.Level == ManagementLevel.PatientPartner && p.Id != fourWestPartner
            && db.Organisations.Any(o => o.Id == p.OrganisationId && o.Name == "Riverside General Hospital")).OrderBy(p => p.Id).First().Id);
        (string Who, int Partner, HttpStatusCode Expected)[] cases =
        [
            (Admin, otherPartner, HttpStatusCode.OK),
            (Lead, otherPartner, HttpStatusCode.OK),
            (Manager, fourWestPartner, HttpStatusCode.OK),   // leads 4 West's initiative, where this partner serves
            (Manager, otherPartner, HttpStatusCode.NotFound),
            (Staff, fourWestPartner, HttpStatusCode.NotFound),
            (Partner, fourWestPartner, HttpStatusCode.OK),   // their own profile
            (Partner, otherPartner, HttpStatusCode.NotFound),
        ];
        foreach (var (who, partner, expected) in cases)
        {
            var client = await app.ClientForAsync(who);
            Assert.True(expected == (await client.GetAsync($"/api/v1/people/{partner}")).StatusCode, $"{who} API person {partner}");
            Assert.True(expected == (await client.GetAsync($"/people/{partner}")).StatusCode, $"{who} page person {partner}");
            var listed = (await client.GetFromJsonAsync<JsonElement>("/api/v1/people?take=500", Json)).GetProperty("items").EnumerateArray()
                .Any(p => p.GetProperty("id").GetInt32() == partner);
            Assert.True(listed == (expected == HttpStatusCode.OK), $"{who} list person {partner}");
        }
    }

    [Fact]
    public async Task Interview_notes_are_read_by_administrators_improvement_leads_and_their_authors_only()
    {
        var fourWest = app.InitiativeId(FourWest);
        var manager = await app.ClientForAsync(Manager);
        var created = await manager.PostAsJsonAsync("/api/v1/interview-notes", new
        {
            initiativeId = fourWest, interviewedOn = "2025-06-02", intervieweeRole = "night nurse " + app.Provider,
            summary = "Huddles help", themes = new[] { "Engagement" },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var noteId = (await created.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("id").GetInt32();
        var demoNote = app.WithSystemScope(db => db.InterviewNotes.First(n => n.AuthorUserId == null).Id);

        foreach (var (who, readsMine, readsDemo) in new[] { (Admin, true, true), (Lead, true, true), (Manager, true, false), (Staff, false, false) })
        {
            var client = await app.ClientForAsync(who);
            var ids = (await client.GetFromJsonAsync<JsonElement[]>("/api/v1/interview-notes", Json))!.Select(n => n.GetProperty("id").GetInt32()).ToList();
            Assert.True(readsMine == ids.Contains(noteId), $"{who} list, the manager's note");
            Assert.True(readsDemo == ids.Contains(demoNote), $"{who} list, a note nobody signed");
            Assert.True(readsMine == (await client.GetStringAsync("/interviews")).Contains("night nurse " + app.Provider, StringComparison.Ordinal), $"{who} page");
        }
        // Patient partners keep no interview notes and read none: the list itself is refused (decision 0016).
        var partner = await app.ClientForAsync(Partner);
        Assert.Equal(HttpStatusCode.Forbidden, (await partner.GetAsync("/api/v1/interview-notes")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await partner.GetAsync("/interviews")).StatusCode);
        var staff = await app.ClientForAsync(Staff);
        Assert.Equal(HttpStatusCode.NotFound, (await manager.GetAsync($"/interviews/{demoNote}/edit")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await manager.PutAsJsonAsync($"/api/v1/interview-notes/{demoNote}", new { intervieweeRole = "x", interviewedOn = "2025-06-02", themes = new[] { "Engagement" } })).StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await staff.GetAsync($"/interviews/{noteId}/edit")).StatusCode);
    }

    [Fact]
    public async Task A_refused_page_answers_403_with_the_friendly_page_and_a_missing_one_404()
    {
        var browser = await app.SignInAsync(Staff);
        var refused = await browser.GetAsync("/units/new");
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        var body = await refused.Content.ReadAsStringAsync();
        Assert.Contains("<h1>Not allowed</h1>", body, StringComparison.Ordinal);
        Assert.StartsWith("text/html", refused.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);

        var missing = await browser.GetAsync("/no-such-page");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("<h1>Not found</h1>", await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var record = await browser.GetAsync("/people/999999");
        Assert.Equal(HttpStatusCode.NotFound, record.StatusCode);
        Assert.Contains("<h1>Not found</h1>", await record.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // The API keeps answering in problem details, never with the HTML page.
        var api = await browser.PostAsJsonAsync("/api/v1/units", new { name = "x" });
        Assert.Equal(HttpStatusCode.Forbidden, api.StatusCode);
        Assert.DoesNotContain("<h1>", await api.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Menus_and_links_lead_each_role_only_where_it_may_go()
    {
        var staff = await app.SignInAsync(Staff);
        var people = await staff.GetStringAsync("/people");
        Assert.DoesNotContain("/edit\"", people, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/surveys\"", people, StringComparison.Ordinal);
        var interventions = await staff.GetStringAsync("/interventions");
        Assert.DoesNotContain("/interventions/", interventions.Replace("/interventions/new", "", StringComparison.Ordinal), StringComparison.Ordinal);

        var partner = await app.SignInAsync(Partner);
        var home = await partner.GetStringAsync("/");
        Assert.DoesNotContain("href=\"/interviews\"", home, StringComparison.Ordinal);
        Assert.Contains(FourWest, home, StringComparison.Ordinal);

        var admin = await app.SignInAsync(Admin);
        Assert.Contains("href=\"/surveys\"", await admin.GetStringAsync("/people"), StringComparison.Ordinal);
    }
}

public sealed class SqliteWhoSeesWhatTests(SqliteApp app) : WhoSeesWhatTests(app), IClassFixture<SqliteApp>;

public sealed class PostgresWhoSeesWhatTests(PostgresApp app) : WhoSeesWhatTests(app), IClassFixture<PostgresApp>;
