using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LearningLoop.Core.Organisations;
using LearningLoop.Web.Tests.Infrastructure;
using static LearningLoop.Web.Tests.Initiatives.InitiativeTestData;

namespace LearningLoop.Web.Tests.Search;

/// <summary>Search everything (decision 0031), on each database's own full-text engine: every kind is found by the words
/// a person types (prefixes, any accents), ranked and highlighted; only what the searcher may see comes back; the index
/// follows edits; no input makes the search fail.</summary>
public abstract class SearchTests(LearningLoopApp app)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [Fact]
    public async Task Each_kind_is_found_by_the_start_of_its_words_with_the_matches_marked()
    {
        var lead = await app.ClientForAsync(Lead);
        var initiative = await SearchAsync(lead, "smooth disch");
        Assert.Contains(Kind(initiative, "initiatives"), r => r.GetProperty("id").GetInt32() == app.InitiativeId(FourWest));
        var first = Kind(initiative, "initiatives")[0];
        Assert.Contains("<mark>smoother</mark>", first.GetProperty("titleHtml").GetString()!, StringComparison.Ordinal);
        Assert.Contains("<mark>discharges</mark>", first.GetProperty("titleHtml").GetString()!, StringComparison.Ordinal);
        Assert.Equal($"/initiatives/{app.InitiativeId(FourWest)}", first.GetProperty("url").GetString());

        var measureId = app.WithSystemScope(db => db.Measures.Where(m => m.Name.Contains("Falls")).Select(m => m.Id).First());
        Assert.Contains(Kind(await SearchAsync(lead, "fall"), "measures"), r => r.GetProperty("id").GetInt32() == measureId);

        var huddles = Kind(await SearchAsync(lead, "hud"), "lessons");
        Assert.NotEmpty(huddles);
        Assert.All(huddles, l => Assert.Contains("<mark>", l.GetProperty("titleHtml").GetString() + l.GetProperty("snippetHtml").GetString(), StringComparison.Ordinal));
        var ranks = huddles.Select(h => h.GetProperty("rank").GetDouble()).ToList();
        Assert.Equal(ranks.OrderDescending(), ranks);

        var units = Kind(await SearchAsync(lead, "4 WEST"), "units");
        Assert.Equal(app.UnitId("4 West"), units[0].GetProperty("id").GetInt32());

        // Diacritics fold both ways: "fernandez" finds "Fernández", and "Fernández" finds it too.
        var olivia = app.WithSystemScope(db => db.People.First(p => p.Name == "Olivia Fernández").Id);
        Assert.Contains(Kind(await SearchAsync(lead, "olivia fernandez"), "people"), r => r.GetProperty("id").GetInt32() == olivia);
        Assert.Contains(Kind(await SearchAsync(lead, "FERNÁNDEZ oli"), "people"), r => r.GetProperty("id").GetInt32() == olivia);

        var onlyUnits = await SearchAsync(lead, "west", "units");
        Assert.Equal(["units"], onlyUnits.GetProperty("groups").EnumerateArray().Select(g => g.GetProperty("kind").GetString()));
    }

    [Fact]
    public async Task Staff_and_partners_see_no_email_addresses_and_no_partner_profiles_they_may_not_open()
    {
        var partnerPerson = app.WithSystemScope(db => db.People.First(p => p.Level == ManagementLevel.PatientPartner && p.Name == "Olivia Fernández"));
        var lead = await app.ClientForAsync(Lead);
        var byEmail = Kind(await SearchAsync(lead, partnerPerson.Email.Split('@')[0]), "people");
        Assert.Contains(byEmail, r => r.GetProperty("id").GetInt32() == partnerPerson.Id && r.GetProperty("detail").GetString()!.Contains('@', StringComparison.Ordinal));

        foreach (var who in new[] { Staff, Partner })
        {
            var client = await app.ClientForAsync(who);
            // The address's own words find nobody: e-mails are not searched for those who may not see them.
            Assert.Empty(Kind(await SearchAsync(client, partnerPerson.Email.Split('@')[0]), "people"));
            Assert.Empty(Kind(await SearchAsync(client, "riverside example"), "people"));
            var colleagues = await SearchAsync(client, "aisha");
            Assert.NotEmpty(Kind(colleagues, "people"));
            Assert.DoesNotContain("@riverside.example", colleagues.GetRawText(), StringComparison.Ordinal);
            // A partner profile the searcher may not open is absent, as on the people list (404 on its page).
            Assert.DoesNotContain(Kind(await SearchAsync(client, "olivia fernandez"), "people"), r => r.GetProperty("id").GetInt32() == partnerPerson.Id);
        }
        var partner = await app.ClientForAsync(Partner);
        var self = app.Person(app.PersonIdOf(Partner));
        Assert.Contains(Kind(await SearchAsync(partner, self.Name), "people"), r => r.GetProperty("id").GetInt32() == self.Id);
    }

    [Fact]
    public async Task Another_organisations_records_never_appear()
    {
        var lakeside = await app.ClientForAsync(LearningLoopApp.OtherAdminEmail);
        var created = await lakeside.PostAsJsonAsync("/api/v1/people", new { name = "Quokka Lakesider " + app.Provider, email = $"quokka.{app.Provider}@lakeside.example" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Single(Kind(await SearchAsync(lakeside, "quokka lakesid"), "people"));

        var lead = await app.ClientForAsync(Lead);
        var none = await SearchAsync(lead, "quokka");
        Assert.All(none.GetProperty("groups").EnumerateArray(), g => Assert.Empty(g.GetProperty("results").EnumerateArray()));

        var riverside = app.WithSystemScope(db => db.Organisations.Single(o => o.Name == "Riverside General Hospital").Id);
        var riversideIds = app.WithSystemScope(db => new
        {
            People = db.People.Where(p => p.OrganisationId == riverside).Select(p => p.Id).ToHashSet(),
            Units = db.Units.Where(u => u.OrganisationId == riverside).Select(u => u.Id).ToHashSet(),
            Initiatives = db.Initiatives.Where(i => i.OrganisationId == riverside).Select(i => i.Id).ToHashSet(),
            Lessons = db.Lessons.Where(l => l.OrganisationId == riverside).Select(l => l.Id).ToHashSet(),
        });
        foreach (var q in new[] { "aisha", "4 west", "discharges", "huddle" })
        {
            var found = await SearchAsync(lakeside, q, limit: 50);
            Assert.DoesNotContain(Kind(found, "people"), r => riversideIds.People.Contains(r.GetProperty("id").GetInt32()));
            Assert.DoesNotContain(Kind(found, "units"), r => riversideIds.Units.Contains(r.GetProperty("id").GetInt32()));
            Assert.DoesNotContain(Kind(found, "initiatives"), r => riversideIds.Initiatives.Contains(r.GetProperty("id").GetInt32()));
            Assert.DoesNotContain(Kind(found, "lessons"), r => riversideIds.Lessons.Contains(r.GetProperty("id").GetInt32()));
        }
    }

    [Fact]
    public async Task A_new_record_is_found_at_once_and_a_rename_moves_it()
    {
        var admin = await app.ClientForAsync(Admin);
        var divisionId = app.WithSystemScope(db => db.Divisions.First(d => d.Name == "Surgery").Id);
        var created = await admin.PostAsJsonAsync("/api/v1/units", new { name = "Wombat recovery " + app.Provider, divisionId, kind = "Ward", beds = 4 });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("id").GetInt32();
        Assert.Equal(id, Assert.Single(Kind(await SearchAsync(admin, "wombat"), "units")).GetProperty("id").GetInt32());

        var renamed = await admin.PutAsJsonAsync($"/api/v1/units/{id}", new { name = "Numbat recovery " + app.Provider, divisionId, kind = "Ward", beds = 4 });
        Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);
        Assert.Empty(Kind(await SearchAsync(admin, "wombat"), "units"));
        Assert.Equal(id, Assert.Single(Kind(await SearchAsync(admin, "numbat"), "units")).GetProperty("id").GetInt32());

        var person = await admin.PostAsJsonAsync("/api/v1/people", new { name = "Hélène Zéphyrin", email = $"h.z.{app.Provider}@riverside.example" });
        var personId = (await person.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("id").GetInt32();
        var staff = await app.ClientForAsync(Staff);
        var found = Assert.Single(Kind(await SearchAsync(staff, "helene zephyr"), "people"));
        Assert.Equal(personId, found.GetProperty("id").GetInt32());
        Assert.Equal("<mark>Hélène</mark> <mark>Zéphyrin</mark>", found.GetProperty("titleHtml").GetString());
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("NEAR(")]
    [InlineData("*")]
    [InlineData("hud*")]
    [InlineData("title:hud")]
    [InlineData("a OR b AND NOT c")]
    [InlineData("') OR 1=1 --")]
    [InlineData("{Name} : x")]
    [InlineData("!(&|:*")]
    [InlineData("^huddle")]
    public async Task Hostile_queries_answer_without_failing(string query)
    {
        var staff = await app.ClientForAsync(Staff);
        var response = await staff.GetAsync("/api/v1/search?q=" + Uri.EscapeDataString(query));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await (await app.SignInAsync(Staff)).GetAsync("/search?q=" + Uri.EscapeDataString(query));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    [Fact]
    public async Task An_empty_or_overlong_query_or_an_unknown_kind_is_refused_naming_the_field()
    {
        var staff = await app.ClientForAsync(Staff);
        foreach (var (url, field) in new[]
        {
            ("/api/v1/search", "q"), ("/api/v1/search?q=%20%20", "q"),
            ("/api/v1/search?q=" + new string('a', 201), "q"), ("/api/v1/search?q=hud&kinds=units,secrets", "kinds"),
        })
        {
            var response = await staff.GetAsync(url);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Json);
            Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), url);
        }
    }

    [Fact]
    public async Task The_page_groups_results_escapes_record_text_and_every_page_has_the_box()
    {
        var manager = await app.ClientForAsync(Manager);
        var lesson = await manager.PostAsJsonAsync("/api/v1/lessons", new
        {
            title = "<script>alert('zebrafinch')</script> handover " + app.Provider, body = "Zebrafinch <b>bold</b>", recordedOn = "2025-10-20",
        });
        Assert.Equal(HttpStatusCode.Created, lesson.StatusCode);
        var api = Kind(await SearchAsync(manager, "zebrafinch"), "lessons");
        Assert.StartsWith("&lt;script&gt;alert(&#39;<mark>zebrafinch</mark>&#39;)", Assert.Single(api).GetProperty("titleHtml").GetString(), StringComparison.Ordinal);

        var browser = await app.SignInAsync(Manager);
        var page = await browser.GetStringAsync("/search?q=zebrafinch");
        Assert.Contains("&lt;script&gt;", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", page, StringComparison.Ordinal);
        Assert.Contains("<mark>zebrafinch</mark>", page, StringComparison.Ordinal);
        Assert.Contains("<mark>Zebrafinch</mark>", page, StringComparison.Ordinal);

        var everything = await browser.GetStringAsync("/search?q=west");
        Assert.Contains("data-kind=\"units\"", everything, StringComparison.Ordinal);
        Assert.Contains("data-kind=\"initiatives\"", everything, StringComparison.Ordinal);
        Assert.True(everything.IndexOf("data-kind=\"initiatives\"", StringComparison.Ordinal) < everything.IndexOf("data-kind=\"units\"", StringComparison.Ordinal));
        Assert.Contains("class=\"site-search\"", await browser.GetStringAsync("/measures"), StringComparison.Ordinal);
        Assert.Contains("Type what to search for", await browser.GetStringAsync("/search?q=+"), StringComparison.Ordinal);
    }

    private static async Task<JsonElement> SearchAsync(HttpClient client, string q, string? kinds = null, int limit = 10)
    {
        var response = await client.GetAsync($"/api/v1/search?q={Uri.EscapeDataString(q)}&limit={limit}" + (kinds is null ? "" : "&kinds=" + kinds));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>(Json);
    }

    private static List<JsonElement> Kind(JsonElement search, string kind) =>
        search.GetProperty("groups").EnumerateArray().Where(g => g.GetProperty("kind").GetString() == kind)
            .SelectMany(g => g.GetProperty("results").EnumerateArray()).ToList();
}

public sealed class SqliteSearchTests(SqliteApp app) : SearchTests(app), IClassFixture<SqliteApp>;

public sealed class PostgresSearchTests(PostgresApp app) : SearchTests(app), IClassFixture<PostgresApp>;
