using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LearningLoop.Core.Safety;
using LearningLoop.Web.Tests.Infrastructure;
using static LearningLoop.Web.Tests.Initiatives.InitiativeTestData;
using static LearningLoop.Web.Tests.Safety.SafetyTestData;

namespace LearningLoop.Web.Tests.Safety;

/// <summary>Reporting, triage and receipts through the API, on both databases.</summary>
public abstract class SafetyEventsApiTests(LearningLoopApp app)
{
    [Fact]
    public async Task A_named_report_keeps_its_reporter_and_an_anonymous_one_keeps_none()
    {
        var staff = await app.ClientForAsync(Staff);
        var named = await ReportAsync(staff, Report(app, "Named report " + app.Provider, anonymous: false));
        var anonymous = await ReportAsync(staff, Report(app, "Anonymous report " + app.Provider, anonymous: true));
        Assert.False(named.GetProperty("anonymous").GetBoolean());
        Assert.True(anonymous.GetProperty("anonymous").GetBoolean());

        var staffId = app.WithSystemScope(db => db.Users.Single(u => u.Email == Staff).Id);
        var stored = app.WithSystemScope(db => db.SafetyEvents.Where(e => e.Description.EndsWith(app.Provider)).ToList());
        Assert.Equal(staffId, stored.Single(e => e.Description.StartsWith("Named", StringComparison.Ordinal)).ReporterUserId);
        var secret = stored.Single(e => e.Description.StartsWith("Anonymous", StringComparison.Ordinal));
        Assert.Null(secret.ReporterUserId);
        Assert.Equal(DateOnly.FromDateTime(DateTime.UtcNow), secret.ReportedOn);
        // The code is not stored, only its hash.
        Assert.NotEqual(anonymous.GetProperty("receiptCode").GetString(), secret.ReceiptHash);
        Assert.Equal(ReceiptCode.Hash(anonymous.GetProperty("receiptCode").GetString()), secret.ReceiptHash);

        // Reviewers see who reported a named report, and nobody for an anonymous one.
        var manager = await app.ClientForAsync(Manager);
        var seen = await manager.GetFromJsonAsync<JsonElement>($"/api/v1/safety/events/{secret.Id}", Json);
        Assert.True(seen.GetProperty("anonymous").GetBoolean());
        Assert.Equal(JsonValueKind.Null, seen.GetProperty("reporter").ValueKind);
        var seenNamed = await manager.GetFromJsonAsync<JsonElement>($"/api/v1/safety/events/{named.GetProperty("id").GetGuid()}", Json);
        Assert.False(string.IsNullOrEmpty(seenNamed.GetProperty("reporter").GetString()));
    }

    [Fact]
    public async Task Only_managers_improvement_leads_and_administrators_triage()
    {
        var staff = await app.ClientForAsync(Staff);
        var report = await ReportAsync(staff, Report(app, "Triage roles " + app.Provider, anonymous: true));
        var id = report.GetProperty("id").GetGuid();
        var triage = new { status = "UnderReview", feedback = "", triageNotes = "Looking at it." };
        foreach (var who in new[] { Staff, Partner })
        {
            var client = await app.ClientForAsync(who);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/v1/safety/events")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.PutAsJsonAsync($"/api/v1/safety/events/{id}/triage", triage)).StatusCode);
        }
        foreach (var who in new[] { Manager, Lead, Admin })
        {
            var client = await app.ClientForAsync(who);
            var list = await client.GetFromJsonAsync<JsonElement[]>("/api/v1/safety/events?status=New", Json);
            Assert.All(list!, e => Assert.Equal("New", e.GetProperty("status").GetString()));
            Assert.Equal(HttpStatusCode.OK, (await client.PutAsJsonAsync($"/api/v1/safety/events/{id}/triage", triage)).StatusCode);
        }
        // Another organisation's administrator finds nothing.
        var other = await app.ClientForAsync(LearningLoopApp.OtherAdminEmail);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/safety/events/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PutAsJsonAsync($"/api/v1/safety/events/{id}/triage", triage)).StatusCode);
    }

    [Fact]
    public async Task The_reporter_follows_the_report_with_the_receipt_code_through_triage_to_its_lesson()
    {
        var staff = await app.ClientForAsync(Staff);
        var report = await ReportAsync(staff, Report(app, "Receipt " + app.Provider, anonymous: true));
        var code = report.GetProperty("receiptCode").GetString()!;
        Assert.Matches("^[0-9A-HJKMNP-TV-Z]{5}(-[0-9A-HJKMNP-TV-Z]{5}){3}$", code);

        var receipt = await (await staff.PostAsJsonAsync("/api/v1/safety/receipts", new { code })).Content.ReadFromJsonAsync<JsonElement>(Json);
        Assert.Equal("New", receipt.GetProperty("status").GetString());

        var manager = await app.ClientForAsync(Manager);
        var id = report.GetProperty("id").GetGuid();
        await Initiatives.InitiativesApiTests.AssertFieldError(
            await manager.PutAsJsonAsync($"/api/v1/safety/events/{id}/triage", new { status = "Closed" }), "Feedback", "before closing");
        var lesson = app.WithSystemScope(db => db.Lessons.First(l => l.Title == "Weekend huddles need their own owner").Id);
        var closed = await manager.PutAsJsonAsync($"/api/v1/safety/events/{id}/triage", new { status = "Closed", feedback = "Bed alarms are now checked at every handover.", lessonId = lesson });
        Assert.Equal(HttpStatusCode.OK, closed.StatusCode);

        // Typed in lower case with spaces, as a person might.
        var typed = code.ToLowerInvariant().Replace('-', ' ');
        var followed = await (await staff.PostAsJsonAsync("/api/v1/safety/receipts", new { code = typed })).Content.ReadFromJsonAsync<JsonElement>(Json);
        Assert.Equal("Closed", followed.GetProperty("status").GetString());
        Assert.Equal("Bed alarms are now checked at every handover.", followed.GetProperty("feedback").GetString());
        Assert.Equal(lesson, followed.GetProperty("lesson").GetProperty("id").GetInt32());
        Assert.False(followed.TryGetProperty("triageNotes", out _));

        var wrong = code[..^1] + (code[^1] == '0' ? '1' : '0');
        Assert.Equal(HttpStatusCode.NotFound, (await staff.PostAsJsonAsync("/api/v1/safety/receipts", new { code = wrong })).StatusCode);
        await Initiatives.InitiativesApiTests.AssertFieldError(await staff.PostAsJsonAsync("/api/v1/safety/receipts", new { code = "12" }), "Code", "20 letters");
        // Another organisation cannot follow it, even with the code.
        var other = await app.ClientForAsync(LearningLoopApp.OtherAdminEmail);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsJsonAsync("/api/v1/safety/receipts", new { code })).StatusCode);
    }

    [Fact]
    public async Task A_date_in_the_future_or_another_organisations_unit_is_refused_naming_the_field()
    {
        var staff = await app.ClientForAsync(Staff);
        var tomorrow = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(2).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        await Initiatives.InitiativesApiTests.AssertFieldError(
            await staff.PostAsJsonAsync("/api/v1/safety/events", Report(app, "Future", true, occurredOn: tomorrow)), "OccurredOn", "in the future");

        var peerUnit = app.WithSystemScope(db => db.Units.First(u => u.Name == "Ward A").Id);
        var body = new { unitId = peerUnit, eventTypeId = app.EventTypeId("fall"), occurredOn = "2025-10-01", description = "Elsewhere", concern = "NearMiss", anonymous = true };
        await Initiatives.InitiativesApiTests.AssertFieldError(await staff.PostAsJsonAsync("/api/v1/safety/events", body), "UnitId", "no unit");

        await Initiatives.InitiativesApiTests.AssertFieldError(
            await staff.PostAsJsonAsync("/api/v1/safety/events", Report(app, "Harmful near miss", true, harm: "Moderate")), "Harm", "no harm");
        await Initiatives.InitiativesApiTests.AssertFieldError(
            await staff.PostAsJsonAsync("/api/v1/safety/events", Report(app, "Medication", true, type: "medication", concern: null)), "MedicationCategory", "NCC MERP");
        Assert.Equal(0, app.WithSystemScope(db => db.SafetyEvents.Count(e => e.Description == "Future" || e.Description == "Elsewhere" || e.Description == "Medication")));
    }

    [Fact]
    public async Task A_medication_events_NCC_MERP_category_gives_its_class_and_harm()
    {
        var staff = await app.ClientForAsync(Staff);
        var report = await ReportAsync(staff, Report(app, "Late antibiotic " + app.Provider, true, type: "medication", concern: null, medicationCategory: "E"));
        var stored = app.WithSystemScope(db => db.SafetyEvents.Single(e => e.Id == report.GetProperty("id").GetGuid()));
        Assert.Equal((ClassOfConcern.Incident, HarmLevel.Mild, NccMerpCategory.E), (stored.Concern, stored.Harm, stored.MedicationCategory));
        await Initiatives.InitiativesApiTests.AssertFieldError(
            await staff.PostAsJsonAsync("/api/v1/safety/events", Report(app, "B is a near miss", true, type: "medication", concern: "Incident", medicationCategory: "B")),
            "MedicationCategory", "near miss");
    }

    [Fact]
    public async Task Event_types_are_configured_per_organisation()
    {
        var admin = await app.ClientForAsync(Admin);
        var added = await admin.PutAsJsonAsync("/api/v1/safety/event-types", new { key = "transfusion-" + app.Provider.ToLowerInvariant(), name = "Blood transfusion", medication = false });
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        var staff = await app.ClientForAsync(Staff);
        var types = await staff.GetFromJsonAsync<JsonElement[]>("/api/v1/safety/event-types", Json);
        Assert.Contains(types!, t => t.GetProperty("name").GetString() == "Blood transfusion");
        Assert.Contains(types!, t => t.GetProperty("key").GetString() == "medication" && t.GetProperty("medication").GetBoolean());
        var other = await app.ClientForAsync(LearningLoopApp.OtherAdminEmail);
        var theirs = await other.GetFromJsonAsync<JsonElement[]>("/api/v1/safety/event-types", Json);
        Assert.DoesNotContain(theirs!, t => t.GetProperty("name").GetString() == "Blood transfusion");
        Assert.Equal(SafetyEventType.Defaults.Count, theirs!.Length);
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.PutAsJsonAsync("/api/v1/safety/event-types", new { key = "x", name = "X" })).StatusCode);
        await Initiatives.InitiativesApiTests.AssertFieldError(await admin.PutAsJsonAsync("/api/v1/safety/event-types", new { key = "Bad Key", name = "X" }), "Key", "lower-case");
    }
}

public sealed class SqliteSafetyEventsApiTests(SqliteApp app) : SafetyEventsApiTests(app), IClassFixture<SqliteApp>;

public sealed class PostgresSafetyEventsApiTests(PostgresApp app) : SafetyEventsApiTests(app), IClassFixture<PostgresApp>;
