using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LearningLoop.Web.Tests.Infrastructure;
using static LearningLoop.Web.Tests.Initiatives.InitiativeTestData;

namespace LearningLoop.Web.Tests.Initiatives;

/// <summary>The lessons knowledge base: safe Markdown, full-text search on each database's own engine (SQLite FTS5,
/// PostgreSQL tsvector), similar lessons, and coded interview notes.</summary>
public abstract class LessonsApiTests(LearningLoopApp app)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [Fact]
    public async Task Search_stems_words_matches_prefixes_and_ranks_the_title_first()
    {
        var staff = await app.ClientForAsync(Staff);
        var huddles = await staff.GetFromJsonAsync<JsonElement[]>("/api/v1/lessons?q=huddles", Json);
        Assert.True(huddles!.Length >= 3);
        Assert.Contains("huddle", huddles[0].GetProperty("title").GetString()!, StringComparison.OrdinalIgnoreCase);
        var ranks = huddles.Select(h => h.GetProperty("rank").GetDouble()).ToList();
        Assert.Equal(ranks.OrderDescending(), ranks);

        var travelled = await staff.GetFromJsonAsync<JsonElement[]>("/api/v1/lessons?q=TRAVEL%20script", Json);
        Assert.Equal("What travelled, and what did not", Assert.Single(travelled!).GetProperty("title").GetString());
        var prefix = await staff.GetFromJsonAsync<JsonElement[]>("/api/v1/lessons?q=pharmac", Json);
        Assert.Contains(prefix!, l => l.GetProperty("title").GetString() == "Start the discharge checklist on admission, medicines first");
        Assert.Empty((await staff.GetFromJsonAsync<JsonElement[]>("/api/v1/lessons?q=huddle%20zebra", Json))!);
        Assert.Empty((await staff.GetFromJsonAsync<JsonElement[]>("/api/v1/lessons?q=%22%29%28%3A%2A%26%7C%21", Json))!);

        var tagged = await staff.GetFromJsonAsync<JsonElement[]>("/api/v1/lessons?tag=Weekends", Json);
        Assert.Equal("Weekend huddles need their own owner", Assert.Single(tagged!).GetProperty("title").GetString());
    }

    [Fact]
    public async Task A_new_lesson_is_found_at_once_rendered_without_its_scripts_and_found_no_more_once_deleted()
    {
        var manager = await app.ClientForAsync(Manager);
        var created = await manager.PostAsJsonAsync("/api/v1/lessons", new
        {
            initiativeId = app.InitiativeId(FourWest), title = "Bedside handover calms the night shift " + app.Provider,
            body = "**Bedside** handover with the patient.\n\n<script>alert('x')</script>\n\n[click](javascript:alert(1)) and <img src=x onerror=alert(1)>",
            tags = "Handover; Nights, handover", recordedOn = "2025-10-20", links = "https://example.org/handover",
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var lesson = await created.Content.ReadFromJsonAsync<JsonElement>(Json);
        var html = lesson.GetProperty("html").GetString()!;
        Assert.Contains("<strong>Bedside</strong>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(["handover", "nights"], lesson.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        var page = await manager.GetStringAsync($"/lessons/{lesson.GetProperty("id").GetInt32()}");
        Assert.Contains("&lt;script&gt;", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", page, StringComparison.Ordinal);

        var found = await manager.GetFromJsonAsync<JsonElement[]>("/api/v1/lessons?q=bedside%20handover", Json);
        Assert.Equal(lesson.GetProperty("id").GetInt32(), Assert.Single(found!).GetProperty("id").GetInt32());
        var id = lesson.GetProperty("id").GetInt32();
        var renamed = await manager.PutAsJsonAsync($"/api/v1/lessons/{id}", new { initiativeId = app.InitiativeId(FourWest), title = "Walkround handover", body = "Walk the ward together.", recordedOn = "2025-10-20" });
        Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);
        Assert.Empty((await manager.GetFromJsonAsync<JsonElement[]>("/api/v1/lessons?q=bedside", Json))!);
        Assert.Single((await manager.GetFromJsonAsync<JsonElement[]>("/api/v1/lessons?q=walkround", Json))!);
        Assert.Equal(HttpStatusCode.NoContent, (await manager.DeleteAsync($"/api/v1/lessons/{id}")).StatusCode);
        Assert.Empty((await manager.GetFromJsonAsync<JsonElement[]>("/api/v1/lessons?q=walkround", Json))!);
    }

    [Fact]
    public async Task Lessons_are_checked_and_kept_by_the_right_people()
    {
        var manager = await app.ClientForAsync(Manager);
        var problem = await InitiativesApiTests.AssertFieldError(
            await manager.PostAsJsonAsync("/api/v1/lessons", new { title = "", body = "", recordedOn = "2025-10-20", links = "not a link" }), "Title", "title");
        Assert.Contains("Line 1 is not a web address", problem.GetProperty("errors").GetProperty("Links")[0].GetString(), StringComparison.Ordinal);
        Assert.True(problem.GetProperty("errors").TryGetProperty("Body", out _));

        var staff = await app.ClientForAsync(Staff);
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.PostAsJsonAsync("/api/v1/lessons", new { title = "Mine", body = "x", recordedOn = "2025-10-20" })).StatusCode);
        var fourWestLesson = app.WithSystemScope(db => db.Lessons.First(l => l.InitiativeId != null).Id);
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.DeleteAsync($"/api/v1/lessons/{fourWestLesson}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.GetAsync($"/lessons/{fourWestLesson}/edit")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync($"/lessons/{fourWestLesson}")).StatusCode);
    }

    [Fact]
    public async Task Similar_lessons_are_offered_for_a_new_initiatives_words()
    {
        var staff = await app.ClientForAsync(Staff);
        var similar = await staff.GetFromJsonAsync<JsonElement[]>("/api/v1/lessons/similar?text=" + Uri.EscapeDataString("Weekend discharge huddles on the surgical wards"), Json);
        Assert.InRange(similar!.Length, 1, 5);
        Assert.Contains(similar, l => l.GetProperty("title").GetString() == "Weekend huddles need their own owner");

        var lead = await app.ClientForAsync(Lead);
        var created = await lead.PostAsJsonAsync("/api/v1/initiatives", new { title = "Weekend huddles on 3 West Orthopaedics", problem = "Weekend discharges stall.", startedOn = "2025-09-01" });
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("id").GetInt32();
        var page = await lead.GetStringAsync($"/initiatives/{id}?new=1");
        Assert.Contains("data-testid=\"similar-lessons-new\"", page, StringComparison.Ordinal);
        Assert.Contains("Weekend huddles need their own owner", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Interview_notes_are_coded_and_counted_by_theme_and_quarter()
    {
        // Interview notes are read by improvement leads (and their authors): staff would see none of the demo's.
        var counts = await (await app.ClientForAsync(Lead)).GetFromJsonAsync<JsonElement>("/api/v1/interview-notes/themes", Json);
        var quarters = counts.GetProperty("quarters").EnumerateArray().Select(q => q.GetString()).ToList();
        Assert.Equal("2024 Q1", quarters[0]);
        Assert.Contains("2024 Q3", quarters); // an empty quarter is still a quarter
        var systems = counts.GetProperty("themes").GetProperty("SystemsThinking").EnumerateArray().Select(n => n.GetInt32()).ToList();
        Assert.Equal(0, systems[0]);
        Assert.True(systems.Sum() >= 4, "systems thinking comes up after the intervention");

        var manager = await app.ClientForAsync(Manager);
        await InitiativesApiTests.AssertFieldError(await manager.PostAsJsonAsync("/api/v1/interview-notes", new { intervieweeRole = "Nurse", interviewedOn = "2025-10-01" }), "Themes", "at least one theme");
        var created = await manager.PostAsJsonAsync("/api/v1/interview-notes", new
        {
            initiativeId = app.InitiativeId(FourWest), intervieweeRole = "Physiotherapist", interviewedOn = "2025-10-01", themes = new[] { "SystemsThinking", "Engagement" }, domains = new[] { "InnerSetting" },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var note = await created.Content.ReadFromJsonAsync<JsonElement>(Json);
        Assert.Equal(["Engagement", "SystemsThinking"], note.GetProperty("themes").EnumerateArray().Select(t => t.GetString()));
        var staff = await app.ClientForAsync(Staff);
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.PostAsJsonAsync("/api/v1/interview-notes", new { initiativeId = app.InitiativeId(FourWest), intervieweeRole = "Nurse", interviewedOn = "2025-10-01", themes = new[] { "Motivation" } })).StatusCode);
    }
}

public sealed class SqliteLessonsApiTests(SqliteApp app) : LessonsApiTests(app), IClassFixture<SqliteApp>;

public sealed class PostgresLessonsApiTests(PostgresApp app) : LessonsApiTests(app), IClassFixture<PostgresApp>;
