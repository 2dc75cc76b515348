using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using LearningLoop.Core.Organisations;
using LearningLoop.Web.Tests.Infrastructure;

namespace LearningLoop.Web.Tests.Organisation;

/// <summary>The organisation API and pages on a real database; run once per provider by the subclasses below.</summary>
public abstract class OrganisationApiTests(LearningLoopApp app)
{
    private const string Admin = "admin@riverside.example";
    private const string Staff = "staff@riverside.example";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private int RiversideUnitId(string name) => app.WithSystemScope(db => db.Units.Single(u => u.Name == name).Id);

    [Fact]
    public async Task Lists_the_demo_hospitals_twelve_units_to_its_staff()
    {
        var client = await app.ClientForAsync(Staff);
        var units = await client.GetFromJsonAsync<JsonElement[]>("/api/v1/units", Json);
        Assert.NotNull(units);
        var riverside = app.WithSystemScope(db => db.Units.Where(u => u.OrganisationId == db.Organisations.Single(o => o.Name == "Riverside General Hospital").Id).Select(u => u.Name).ToList());
        Assert.Equal(riverside.Order(), units.Select(u => u.GetProperty("name").GetString()!).Order());
        Assert.True(units.Length >= 12);
        Assert.Contains(units, u => u.GetProperty("name").GetString() == "4 West" && u.GetProperty("beds").GetInt32() == 28);
    }

    [Fact]
    public async Task Another_organisations_unit_is_not_found_by_api_or_page()
    {
        var unitId = RiversideUnitId("4 West");
        var other = await app.ClientForAsync(LearningLoopApp.OtherAdminEmail);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/units/{unitId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/units/{unitId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/units/{unitId}/edit")).StatusCode);
        Assert.Empty((await other.GetFromJsonAsync<JsonElement[]>("/api/v1/units", Json))!);

        var own = await app.ClientForAsync(Staff);
        Assert.Equal(HttpStatusCode.OK, (await own.GetAsync($"/api/v1/units/{unitId}")).StatusCode);
        var page = await own.GetStringAsync($"/units/{unitId}");
        Assert.Contains("<h1>4 West</h1>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_organisation_cannot_change_a_unit_it_cannot_see()
    {
        var unitId = RiversideUnitId("5 West");
        var other = await app.ClientForAsync(LearningLoopApp.OtherAdminEmail);
        var response = await other.PutAsJsonAsync($"/api/v1/units/{unitId}", new { name = "Taken over", divisionId = 1, kind = "Ward" });
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("5 West", app.WithSystemScope(db => db.Units.Single(u => u.Id == unitId).Name));
    }

    [Fact]
    public async Task Requests_without_credentials_get_401_from_the_api_and_a_sign_in_redirect_from_pages()
    {
        var anonymous = app.CreateClient(new() { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/v1/units")).StatusCode);
        var page = await anonymous.GetAsync("/units");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/login", page.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Staff_can_read_but_not_create_units()
    {
        var staff = await app.ClientForAsync(Staff);
        var response = await staff.PostAsJsonAsync("/api/v1/units", new { name = "Staff unit", divisionId = 1, kind = "Ward" });
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.GetAsync("/units/new")).StatusCode);
    }

    [Fact]
    public async Task An_administrator_creates_a_unit_and_bad_fields_are_named()
    {
        var admin = await app.ClientForAsync(Admin);
        var divisionId = app.WithSystemScope(db => db.Divisions.Single(d => d.Name == "Surgery").Id);

        var created = await admin.PostAsJsonAsync("/api/v1/units", new { name = "Recovery", divisionId, kind = "Department", beds = 10 });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await created.Content.ReadFromJsonAsync<JsonElement>(Json);
        Assert.Equal("Surgery", body.GetProperty("division").GetString());

        var duplicate = await admin.PostAsJsonAsync("/api/v1/units", new { name = "Recovery", divisionId, kind = "Ward" });
        await AssertFieldError(duplicate, "Name", "already a unit called 'Recovery'");

        var foreignDivision = await admin.PostAsJsonAsync("/api/v1/units", new { name = "Elsewhere", divisionId = 999_999, kind = "Ward" });
        await AssertFieldError(foreignDivision, "DivisionId", "no division 999999");

        var empty = await admin.PostAsJsonAsync("/api/v1/units", new { name = "", divisionId, kind = "Ward", beds = -3 });
        var problem = await AssertFieldError(empty, "Name", "Name the unit.");
        Assert.Contains("between 0 and 2,000", problem.GetProperty("errors").GetProperty("Beds")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_people_csv_with_bad_rows_imports_nothing_and_names_every_bad_row()
    {
        var admin = await app.ClientForAsync(Admin);
        var before = app.WithSystemScope(db => db.People.Count());
        const string csv = """
            name,email,workgroup,level,units
            Ana Lopez,ana.lopez@riverside.example,nurse,FrontLineStaff,4 West
            ,nobody@riverside.example,nurse,,
            Bo Chen,not-an-email,astronaut,Wizard,Atlantis
            Cy Roy,ana.lopez@riverside.example,,,
            """;
        var response = await admin.PostAsync("/api/v1/people/import", new StringContent(csv, Encoding.UTF8, "text/csv"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Json);
        var errors = problem.GetProperty("errors").EnumerateArray()
            .Select(e => (Line: e.GetProperty("line").GetInt32(), Column: e.GetProperty("column").GetString())).ToList();
        Assert.Contains((3, "name"), errors);
        Assert.Contains((4, "email"), errors);
        Assert.Contains((4, "workgroup"), errors);
        Assert.Contains((4, "level"), errors);
        Assert.Contains((4, "units"), errors);
        Assert.Contains((5, "email"), errors);
        Assert.DoesNotContain(errors, e => e.Line == 2);
        Assert.Equal(before, app.WithSystemScope(db => db.People.Count()));
    }

    [Fact]
    public async Task A_good_people_csv_creates_and_updates_in_one_go()
    {
        var admin = await app.ClientForAsync(Admin);
        var existing = app.WithSystemScope(db => db.People.OrderBy(p => p.Id).First(p => p.Level == ManagementLevel.FrontLineStaff).Email);
        var csv = $"""
            name,email,workgroup,level,units
            Dana Import,dana.import@riverside.example,Pharmacists,Front-line staff,ICU;Maternity
            Renamed Person,{existing},,,
            """;
        var response = await admin.PostAsync("/api/v1/people/import", new StringContent(csv, Encoding.UTF8, "text/csv"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await response.Content.ReadFromJsonAsync<JsonElement>(Json);
        Assert.Equal(1, result.GetProperty("created").GetInt32());
        Assert.Equal(1, result.GetProperty("updated").GetInt32());

        var found = await admin.GetFromJsonAsync<JsonElement>("/api/v1/people?q=DANA.IMPORT", Json);
        var dana = Assert.Single(found.GetProperty("items").EnumerateArray());
        Assert.Equal("Pharmacists", dana.GetProperty("workgroup").GetString());
        Assert.Equal(2, dana.GetProperty("unitIds").GetArrayLength());
        Assert.Equal("Renamed Person", app.WithSystemScope(db => db.People.Single(p => p.Email == existing).Name));
    }

    [Fact]
    public async Task People_search_pages_through_the_whole_organisation()
    {
        var staff = await app.ClientForAsync(Staff);
        var first = await staff.GetFromJsonAsync<JsonElement>("/api/v1/people?take=10", Json);
        Assert.True(first.GetProperty("total").GetInt32() >= 590, "the demo hospital has about 600 staff (staff do not see its 20 partners)");
        Assert.Equal(10, first.GetProperty("items").GetArrayLength());
        var second = await staff.GetFromJsonAsync<JsonElement>("/api/v1/people?take=10&skip=10", Json);
        var firstIds = first.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("id").GetInt32());
        var secondIds = second.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("id").GetInt32());
        Assert.Empty(firstIds.Intersect(secondIds));
    }

    private static async Task<JsonElement> AssertFieldError(HttpResponseMessage response, string field, string fragment)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Json);
        var messages = problem.GetProperty("errors").GetProperty(field).EnumerateArray().Select(m => m.GetString()!);
        Assert.Contains(messages, m => m.Contains(fragment, StringComparison.Ordinal));
        return problem;
    }
}

public sealed class SqliteOrganisationApiTests(SqliteApp app) : OrganisationApiTests(app), IClassFixture<SqliteApp>;

public sealed class PostgresOrganisationApiTests(PostgresApp app) : OrganisationApiTests(app), IClassFixture<PostgresApp>;
