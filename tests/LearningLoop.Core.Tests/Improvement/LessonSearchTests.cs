using LearningLoop.Core.Access;
using LearningLoop.Core.Improvement;
using LearningLoop.Core.Organisations;
using Microsoft.EntityFrameworkCore;

namespace LearningLoop.Core.Tests.Improvement;

/// <summary>FTS5 search over lessons on SQLite (the PostgreSQL side runs in the web tests on a real server).</summary>
public sealed class LessonSearchTests : IDisposable
{
    private readonly SqliteDatabase _database = new();
    private readonly int _riverside;
    private readonly int _lakeside;

    public LessonSearchTests()
    {
        using var system = _database.Open(OrganisationScope.System);
        var riverside = new Organisation { Name = "Riverside" };
        var lakeside = new Organisation { Name = "Lakeside" };
        system.AddRange(riverside, lakeside);
        system.SaveChanges();
        (_riverside, _lakeside) = (riverside.Id, lakeside.Id);
        system.Lessons.AddRange(
            Lesson(_riverside, "Hold the huddle before the ward round", "Residents left early when the huddle clashed with rounds.", "huddles, timing"),
            Lesson(_riverside, "Start the discharge checklist on admission", "Medicines first, signed by the pharmacist.", "discharge, checklist"),
            Lesson(_riverside, "Weekend huddles need an owner", "The nurse in charge owns the weekend huddle.", "huddles, weekends"),
            Lesson(_lakeside, "Huddles at Lakeside", "Our own huddle story.", "huddles"));
        system.SaveChanges();
    }

    private static Lesson Lesson(int organisation, string title, string body, string tags) =>
        new() { OrganisationId = organisation, Title = title, Body = body, Tags = LessonTags.Normalise(tags), RecordedOn = new DateOnly(2024, 5, 1) };

    [Fact]
    public async Task Finds_stemmed_and_prefix_matches_in_title_body_and_tags_within_the_organisation_only()
    {
        await using var db = _database.OpenFor(_riverside);
        var search = new LessonSearch(db);

        var huddles = await search.FindAsync("huddle");
        Assert.Equal(2, huddles.Count);
        Assert.All(huddles, l => Assert.Equal(_riverside, l.OrganisationId));

        // Porter stemming: "medicine" finds "Medicines"; prefix: "pharma" finds "pharmacist".
        Assert.Equal("Start the discharge checklist on admission", Assert.Single(await search.FindAsync("medicine pharma")).Title);
        Assert.Equal("Weekend huddles need an owner", Assert.Single(await search.FindAsync("weekends")).Title);
        Assert.Empty(await search.FindAsync("huddle checklist"));
    }

    [Fact]
    public async Task Any_match_ranks_lessons_sharing_more_words_first_and_ignores_stop_words()
    {
        await using var db = _database.OpenFor(_riverside);
        var similar = await new LessonSearch(db).FindAsync("The weekend huddle on the ward", LessonMatch.Any);
        Assert.Equal(2, similar.Count);
        Assert.Equal("Weekend huddles need an owner", similar[0].Title);
        Assert.Empty(await new LessonSearch(db).FindAsync("the and of", LessonMatch.Any));
    }

    [Fact]
    public async Task Query_syntax_typed_by_people_cannot_break_the_query()
    {
        await using var db = _database.OpenFor(_riverside);
        var search = new LessonSearch(db);
        Assert.Single(await search.FindAsync("\"checklist\" (admission* ^"));
        // OR is a word here, not FTS5's operator: nothing has both "checklist" and a word starting "or".
        Assert.Empty(await search.FindAsync("checklist OR weekend"));
        Assert.Empty(await search.FindAsync("  ;:*()  "));
    }

    [Fact]
    public async Task The_index_follows_changes_and_deletions()
    {
        await using (var db = _database.OpenFor(_riverside))
        {
            var lesson = await db.Lessons.SingleAsync(l => l.Title.StartsWith("Start the discharge"));
            lesson.Body = "Teach-back with the co-designed leaflet.";
            db.Lessons.Remove(await db.Lessons.SingleAsync(l => l.Title.StartsWith("Weekend")));
            await db.SaveChangesAsync();
        }
        await using var fresh = _database.OpenFor(_riverside);
        var search = new LessonSearch(fresh);
        Assert.Empty(await search.FindAsync("pharmacist"));
        Assert.Single(await search.FindAsync("leaflet"));
        Assert.Empty(await search.FindAsync("weekend"));
    }

    [Fact]
    public void Tags_are_normalised_to_lower_case_without_duplicates()
    {
        Assert.Equal("huddles, discharge planning, weekends", LessonTags.Normalise(" Huddles; discharge   planning,huddles , WEEKENDS,"));
        Assert.Empty(LessonTags.Parse(" ; , "));
    }

    public void Dispose() => _database.Dispose();
}
