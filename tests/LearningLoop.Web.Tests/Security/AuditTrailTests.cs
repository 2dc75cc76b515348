using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LearningLoop.Core.Audit;
using LearningLoop.Core.Persistence;
using LearningLoop.Web.Tests.Infrastructure;
using LearningLoop.Web.Tests.Measures;
using LearningLoop.Web.Tests.Surveys;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static LearningLoop.Web.Tests.Initiatives.InitiativeTestData;
using static LearningLoop.Web.Tests.Safety.SafetyTestData;

namespace LearningLoop.Web.Tests.Security;

/// <summary>Issue 13 item 8: who changed what and when, for administrators only, append-only, and never for an anonymous
/// survey answer or a safety report's reporter.</summary>
public abstract class AuditTrailTests(LearningLoopApp app)
{
    private List<AuditEntry> Entries() => app.WithSystemScope(db => db.AuditEntries.AsNoTracking().OrderBy(e => e.Id).ToList());

    [Fact]
    public async Task An_administrators_change_is_recorded_with_who_what_and_the_fields_and_only_administrators_read_it()
    {
        var admin = await app.ClientForAsync(Admin);
        var created = await admin.PostAsJsonAsync("/api/v1/workgroups", new { key = "audit_porters", name = "=HYPERLINK(\"http://x\")" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var entry = Entries().Last(e => e.Entity == "Workgroup");
        Assert.Equal("Added", entry.Action);
        Assert.Equal(Admin, entry.Actor);
        Assert.Contains("audit_porters", entry.Changes, StringComparison.Ordinal);
        Assert.True((DateTime.UtcNow - entry.AtUtc).Duration() < TimeSpan.FromMinutes(5));

        var listed = await admin.GetFromJsonAsync<JsonElement[]>("/api/v1/audit?entity=Workgroup");
        Assert.Contains(listed!, e => e.GetProperty("id").GetInt64() == entry.Id);
        var csv = await admin.GetStringAsync("/api/v1/audit.csv");
        Assert.Contains("audit_porters", csv, StringComparison.Ordinal);
        foreach (var line in csv.Split('\n'))
            Assert.DoesNotMatch(@"(^|,)""?[=+@\t\r]|(^|,)""?-[^0-9]", line);  // no cell a spreadsheet would run (OWASP)

        foreach (var who in new[] { Lead, Manager, Staff, Partner })
        {
            var client = await app.ClientForAsync(who);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/v1/audit")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/v1/audit.csv")).StatusCode);
        }
        var lakeside = await app.ClientForAsync(LearningLoopApp.OtherAdminEmail);
        Assert.DoesNotContain(await lakeside.GetFromJsonAsync<JsonElement[]>("/api/v1/audit?take=500") ?? [], e => e.GetProperty("id").GetInt64() == entry.Id);
        var page = await (await app.SignInAsync(Admin)).GetStringAsync("/audit");
        Assert.Contains("audit_porters", WebUtility.HtmlDecode(page), StringComparison.Ordinal);
    }

    /// <summary>The initiative form and the account panel save through a service scope of their own (decision 0028); the
    /// trail must still name the person, or a change made in the browser would go unrecorded.</summary>
    [Fact]
    public async Task A_change_saved_by_a_page_form_names_the_person_who_made_it()
    {
        var lead = await app.ClientForAsync(Lead);
        var title = "Audited form initiative " + app.Provider;
        var response = await BlazorForm.PostAsync(lead, "/initiatives/new", "initiative", new Dictionary<string, string>
        {
            ["Input.Title"] = title, ["Input.StartedOn"] = "2025-01-01", ["Input.Phase"] = "Idea",
        });
        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Redirect or HttpStatusCode.Found, response.StatusCode.ToString());
        var id = app.WithSystemScope(db => db.Initiatives.Single(i => i.Title == title).Id);
        var entry = Assert.Single(Entries(), e => e.Entity == "Initiative" && e.Action == "Added" && e.Changes.Contains(title, StringComparison.Ordinal));
        Assert.Equal(Lead, entry.Actor);
        Assert.True(id > 0);
    }

    [Fact]
    public async Task A_safety_report_is_never_recorded_and_its_triage_only_in_the_triage_fields()
    {
        var staff = await app.ClientForAsync(Staff);
        var before = Entries().Count;
        var anonymous = await ReportAsync(staff, Report(app, "Audit: reported anonymously", anonymous: true));
        await ReportAsync(staff, Report(app, "Audit: reported by name", anonymous: false));
        var staffId = app.WithSystemScope(db => db.Users.Single(u => u.Email == Staff).Id);
        Assert.Equal(before, Entries().Count);

        var id = anonymous.GetProperty("id").GetString()!;
        var manager = await app.ClientForAsync(Manager);
        var triaged = await manager.PutAsJsonAsync($"/api/v1/safety/events/{id}/triage", new { status = "UnderReview", feedback = "", triageNotes = "Audit look." });
        Assert.Equal(HttpStatusCode.OK, triaged.StatusCode);
        var entry = Assert.Single(Entries().Skip(before));
        Assert.Equal(("SafetyEvent", id, "Modified", Manager), (entry.Entity, entry.EntityKey, entry.Action, entry.Actor));
        Assert.Contains("UnderReview", entry.Changes, StringComparison.Ordinal);
        Assert.DoesNotContain("reported anonymously", entry.Changes, StringComparison.Ordinal);
        Assert.DoesNotContain(Entries(), e => e.UserId == staffId || e.Actor == Staff);
    }

    [Fact]
    public async Task Anonymous_survey_answers_are_never_recorded()
    {
        var survey = new SurveyHarness(app);
        var wave = await survey.CreateWaveAsync("Audit wave", "nurse", "case_manager");
        var token = (await survey.LinksAsync(wave, 1))[0];
        var before = Entries().Count;
        var (status, _) = await survey.PostAsync(token, "submit", survey.Answers("nurse", 4, "nurse", "case_manager"));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(1, survey.Stored(wave).Submitted);
        Assert.Equal(before, Entries().Count);
        Assert.DoesNotContain(Entries(), e => e.Entity is "Response" or "Answer" or "UsedTokenHash");
    }

    [Fact]
    public async Task The_trail_is_append_only()
    {
        var admin = await app.ClientForAsync(Admin);
        await admin.PostAsJsonAsync("/api/v1/workgroups", new { key = "audit_append", name = "Append-only check" });
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<LearningLoopDbContext>();
        db.Scope.SetSystem();
        var entry = await db.AuditEntries.OrderBy(e => e.Id).LastAsync();
        entry.Actor = "someone else";
        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        db.ChangeTracker.Clear();
        db.AuditEntries.Remove(await db.AuditEntries.OrderBy(e => e.Id).LastAsync());
        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        Assert.Equal(Admin, Entries().Last().Actor);
    }
}

public sealed class SqliteAuditTrailTests(SqliteApp app) : AuditTrailTests(app), IClassFixture<SqliteApp>;

public sealed class PostgresAuditTrailTests(PostgresApp app) : AuditTrailTests(app), IClassFixture<PostgresApp>;

/// <summary>A change and its audit entry are written by one transaction, so a crash between the two saves cannot leave a
/// change unrecorded. PostgreSQL stamps every row with the transaction that wrote it (<c>xmin</c>): the two stamps match.</summary>
public sealed class PostgresAuditTransactionTests(PostgresApp app) : IClassFixture<PostgresApp>
{
    [Fact]
    public async Task A_change_and_its_entry_are_written_by_the_same_transaction()
    {
        var admin = await app.ClientForAsync(Admin);
        var created = await admin.PostAsJsonAsync("/api/v1/workgroups", new { key = "audit_one_transaction", name = "Porters" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var (change, entry) = app.WithSystemScope(db =>
        {
            var id = db.Workgroups.Single(w => w.Key == "audit_one_transaction").Id;
            var logged = db.AuditEntries.Single(e => e.Entity == "Workgroup" && e.EntityKey == id.ToString(System.Globalization.CultureInfo.InvariantCulture)).Id;
            return (db.Database.SqlQuery<string>($"""SELECT xmin::text AS "Value" FROM "Workgroups" WHERE "Id" = {id}""").Single(),
                db.Database.SqlQuery<string>($"""SELECT xmin::text AS "Value" FROM "AuditEntries" WHERE "Id" = {logged}""").Single());
        });
        Assert.Equal(change, entry);
    }
}
