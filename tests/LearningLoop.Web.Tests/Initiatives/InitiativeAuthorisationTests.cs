using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LearningLoop.Web.Tests.Infrastructure;
using static LearningLoop.Web.Tests.Initiatives.InitiativeTestData;

namespace LearningLoop.Web.Tests.Initiatives;

/// <summary>Who may read and change an initiative, through the API and the pages, on both databases.</summary>
public abstract class InitiativeAuthorisationTests(LearningLoopApp app)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static object Body(string title) => new { title, startedOn = "2024-03-01", phase = "Spreading", problem = "Late discharges." };

    [Fact]
    public async Task Staff_outside_the_team_read_the_initiative_but_cannot_change_it_by_api_or_page()
    {
        var id = app.InitiativeId(FourWest);
        var staff = await app.ClientForAsync(Staff);

        var read = await staff.GetFromJsonAsync<JsonElement>($"/api/v1/initiatives/{id}", Json);
        Assert.Equal(FourWest, read.GetProperty("title").GetString());
        Assert.False(read.GetProperty("canEdit").GetBoolean());
        var page = await staff.GetStringAsync($"/initiatives/{id}");
        Assert.Contains(FourWest, page, StringComparison.Ordinal);
        Assert.DoesNotContain("Edit initiative", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Plan the next cycle", await staff.GetStringAsync($"/initiatives/{id}/cycles"), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Forbidden, (await staff.PutAsJsonAsync($"/api/v1/initiatives/{id}", Body("Taken over"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.PostAsJsonAsync($"/api/v1/initiatives/{id}/drivers", new { text = "Mine" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.PostAsJsonAsync($"/api/v1/initiatives/{id}/adoptions", new { unitId = app.UnitId("Paediatrics"), adoptedOn = "2025-10-01" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.PostAsJsonAsync("/api/v1/lessons", new { initiativeId = id, title = "x", body = "y", recordedOn = "2025-01-01" })).StatusCode);
        foreach (var path in new[] { "/edit", "/drivers/edit", "/cycles/new", "/team/edit", "/adoptions/new" })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await staff.GetAsync($"/initiatives/{id}{path}")).StatusCode);
        }
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.PostAsJsonAsync("/api/v1/initiatives", Body("Staff initiative"))).StatusCode);
        Assert.Equal(FourWest, app.WithSystemScope(db => db.Initiatives.Single(i => i.Id == id).Title));
    }

    [Fact]
    public async Task A_staff_member_on_the_team_contributes_until_removed_but_only_as_lead_changes_aim_phase_and_team()
    {
        var id = await CreateAsync("Team test " + app.Provider);
        var admin = await app.ClientForAsync(Admin);
        var staff = await app.ClientForAsync(Staff);
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.GetAsync($"/initiatives/{id}/drivers/edit")).StatusCode);

        var added = await admin.PostAsJsonAsync($"/api/v1/initiatives/{id}/team", new { personId = app.PersonIdOf(Staff), role = "Clinician" });
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        var member = (await added.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("id").GetInt32();

        // A team member contributes: drivers, cycles, lessons...
        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync($"/initiatives/{id}/drivers/edit")).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await staff.PostAsJsonAsync($"/api/v1/initiatives/{id}/drivers", new { text = "From the team" })).StatusCode);
        var read = await staff.GetFromJsonAsync<JsonElement>($"/api/v1/initiatives/{id}", Json);
        Assert.True(read.GetProperty("canEdit").GetBoolean());
        Assert.False(read.GetProperty("canGovern").GetBoolean());
        // ...but does not redefine the initiative or its membership.
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.PutAsJsonAsync($"/api/v1/initiatives/{id}", Body("Renamed by a member"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.PostAsJsonAsync($"/api/v1/initiatives/{id}/team", new { personId = app.PersonIdOf(Manager), role = "Clinician" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.DeleteAsync($"/api/v1/initiatives/{id}/team/{member}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.GetAsync($"/initiatives/{id}/edit")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.GetAsync($"/initiatives/{id}/team/edit")).StatusCode);
        Assert.DoesNotContain("Edit initiative", await staff.GetStringAsync($"/initiatives/{id}"), StringComparison.Ordinal);

        // Made its lead, the same person governs it.
        var asLead = await admin.PutAsJsonAsync($"/api/v1/initiatives/{id}", new { title = "Team test " + app.Provider, startedOn = "2025-01-06", leadId = app.PersonIdOf(Staff) });
        Assert.Equal(HttpStatusCode.OK, asLead.StatusCode);
        var changed = await staff.PutAsJsonAsync($"/api/v1/initiatives/{id}", new { title = "Renamed by the lead", startedOn = "2025-01-06", leadId = app.PersonIdOf(Staff) });
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.True((await changed.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("canGovern").GetBoolean());
        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync($"/initiatives/{id}/team/edit")).StatusCode);

        // Removed from the team and no longer lead: nothing more.
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync($"/api/v1/initiatives/{id}", new { title = "Renamed by the lead", startedOn = "2025-01-06" })).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/v1/initiatives/{id}/team/{member}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.PostAsJsonAsync($"/api/v1/initiatives/{id}/drivers", new { text = "Again" })).StatusCode);
        Assert.Equal("Renamed by the lead", app.WithSystemScope(db => db.Initiatives.Single(i => i.Id == id).Title));
    }

    [Fact]
    public async Task The_manager_edits_the_initiative_she_leads_but_not_another_and_the_partner_on_the_team_edits_too()
    {
        var fourWest = app.InitiativeId(FourWest);
        var falls = app.InitiativeId("Fewer falls on 6 North Cardiology");
        var manager = await app.ClientForAsync(Manager);
        Assert.Equal(HttpStatusCode.OK, (await manager.GetAsync($"/initiatives/{fourWest}/cycles/new")).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await manager.PostAsJsonAsync($"/api/v1/initiatives/{fourWest}/drivers", new { text = "Managers support the huddle " + app.Provider })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await manager.GetAsync($"/initiatives/{falls}/edit")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await manager.PostAsJsonAsync($"/api/v1/initiatives/{falls}/drivers", new { text = "Not mine" })).StatusCode);

        // The patient partner joined 4 West's team at planning: a partner, not a guest; but the lead sets the aim.
        var partner = await app.ClientForAsync(Partner);
        Assert.Equal(HttpStatusCode.OK, (await partner.GetAsync($"/initiatives/{fourWest}/drivers/edit")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await partner.GetAsync($"/initiatives/{fourWest}/edit")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await manager.GetAsync($"/initiatives/{fourWest}/edit")).StatusCode);
    }

    [Fact]
    public async Task Improvement_leads_and_administrators_edit_any_initiative()
    {
        var falls = app.InitiativeId("Fewer falls on 6 North Cardiology");
        foreach (var email in new[] { Lead, Admin })
        {
            var client = await app.ClientForAsync(email);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/initiatives/{falls}/team/edit")).StatusCode);
            Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync($"/api/v1/initiatives/{falls}/drivers", new { text = "Support from " + email })).StatusCode);
        }
    }

    [Fact]
    public async Task Another_organisations_initiative_and_its_records_are_not_found()
    {
        var id = app.InitiativeId(FourWest);
        var cycle = app.WithSystemScope(db => db.PdsaCycles.First(c => c.InitiativeId == id).Id);
        var lesson = app.WithSystemScope(db => db.Lessons.First(l => l.InitiativeId == id).Id);
        var other = await app.ClientForAsync(LearningLoopApp.OtherAdminEmail);

        foreach (var path in new[] { $"/api/v1/initiatives/{id}", $"/api/v1/initiatives/{id}/cycles/{cycle}", $"/api/v1/initiatives/{id}/timeline", $"/api/v1/lessons/{lesson}" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(path)).StatusCode);
        }
        foreach (var path in new[] { $"/initiatives/{id}", $"/initiatives/{id}/edit", $"/initiatives/{id}/cycles/{cycle}", $"/initiatives/{id}/cycles/{cycle}/edit", $"/initiatives/{id}/report", $"/lessons/{lesson}", $"/lessons/{lesson}/edit" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(path)).StatusCode);
        }
        // Changing what cannot be seen is "not found" too, never "forbidden": nothing is disclosed.
        Assert.Equal(HttpStatusCode.NotFound, (await other.PutAsJsonAsync($"/api/v1/initiatives/{id}", Body("Taken over"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsJsonAsync($"/api/v1/initiatives/{id}/drivers", new { text = "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.DeleteAsync($"/api/v1/initiatives/{id}/cycles/{cycle}")).StatusCode);
        Assert.Empty((await other.GetFromJsonAsync<JsonElement[]>("/api/v1/initiatives", Json))!);
        Assert.Empty((await other.GetFromJsonAsync<JsonElement[]>("/api/v1/lessons?q=huddle", Json))!);
        Assert.Empty((await other.GetFromJsonAsync<JsonElement[]>("/api/v1/cycles", Json))!);
        Assert.Equal(FourWest, app.WithSystemScope(db => db.Initiatives.Single(i => i.Id == id).Title));
    }

    [Fact]
    public async Task Requests_without_credentials_are_refused()
    {
        var anonymous = app.CreateClient(new() { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/v1/initiatives")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/v1/lessons?q=huddle")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await anonymous.GetAsync("/initiatives")).StatusCode);
    }

    private async Task<int> CreateAsync(string title)
    {
        var admin = await app.ClientForAsync(Admin);
        var created = await admin.PostAsJsonAsync("/api/v1/initiatives", new { title, startedOn = "2025-01-06", unitIds = new[] { app.UnitId("5 West") } });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (await created.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("id").GetInt32();
    }
}

public sealed class SqliteInitiativeAuthorisationTests(SqliteApp app) : InitiativeAuthorisationTests(app), IClassFixture<SqliteApp>;

public sealed class PostgresInitiativeAuthorisationTests(PostgresApp app) : InitiativeAuthorisationTests(app), IClassFixture<PostgresApp>;
