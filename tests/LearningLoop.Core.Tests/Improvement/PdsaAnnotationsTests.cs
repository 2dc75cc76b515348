using LearningLoop.Core.Access;
using LearningLoop.Core.Improvement;
using LearningLoop.Core.Measures;
using LearningLoop.Core.Organisations;
using Microsoft.EntityFrameworkCore;

namespace LearningLoop.Core.Tests.Improvement;

public sealed class PdsaAnnotationsTests : IDisposable
{
    private readonly SqliteDatabase _database = new();

    [Fact]
    public async Task Cycles_become_one_annotation_per_period_on_the_studied_measure_and_leave_other_annotations_alone()
    {
        int initiativeId, measureId;
        await using (var db = _database.Open(OrganisationScope.System))
        {
            var organisation = new Organisation { Name = "Riverside" };
            db.Add(organisation);
            await db.SaveChangesAsync();
            var measure = new Measure { OrganisationId = organisation.Id, OwnerLevel = MeasureOwnerLevel.Organisation, Name = "Discharges before noon", Frequency = MeasureFrequency.Month };
            measure.Annotations.Add(new MeasureAnnotation { Date = new DateOnly(2024, 3, 1), Text = "Huddles begin" });
            var initiative = new Initiative { OrganisationId = organisation.Id, Title = "Discharges", StartedOn = new DateOnly(2024, 3, 1) };
            var driver = new Driver { Initiative = initiative, Text = "Shared plan" };
            var huddle = new ChangeIdea { Initiative = initiative, Driver = driver, Text = "Daily interdisciplinary discharge huddle" };
            var board = new ChangeIdea { Initiative = initiative, Driver = driver, Text = "Expected date on the board" };
            db.AddRange(measure, initiative, driver, huddle, board);
            await db.SaveChangesAsync();
            PdsaCycle Cycle(ChangeIdea idea, int number, DateOnly on, Measure? studied) =>
                new() { Initiative = initiative, ChangeIdea = idea, Number = number, Title = $"Cycle {number}", StartsOn = on, MeasureId = studied?.Id };
            db.PdsaCycles.AddRange(
                Cycle(huddle, 1, new DateOnly(2024, 3, 4), measure), Cycle(huddle, 2, new DateOnly(2024, 3, 18), measure),
                Cycle(board, 1, new DateOnly(2024, 3, 25), measure), Cycle(huddle, 3, new DateOnly(2024, 4, 15), measure),
                Cycle(huddle, 4, new DateOnly(2024, 5, 6), null));
            await db.SaveChangesAsync();
            (initiativeId, measureId) = (initiative.Id, measure.Id);

            await PdsaAnnotations.RewriteAsync(db, initiativeId);
            await db.SaveChangesAsync();
            // Rewriting again replaces, never duplicates.
            await PdsaAnnotations.RewriteAsync(db, initiativeId);
            await db.SaveChangesAsync();
        }

        await using var read = _database.Open(OrganisationScope.System);
        var annotations = (await read.MeasureAnnotations.Where(a => a.MeasureId == measureId).ToListAsync())
            .OrderBy(a => a.Date).ThenBy(a => a.Id).Select(a => (a.Date, a.Text)).ToList();
        Assert.Equal(
        [
            (new DateOnly(2024, 3, 1), "Huddles begin"),
            (new DateOnly(2024, 3, 4), "PDSA 1–2 · Daily interdisciplinary discharge huddle; PDSA 1 · Expected date on the board"),
            (new DateOnly(2024, 4, 15), "PDSA 3 · Daily interdisciplinary discharge huddle"),
        ], annotations);
        Assert.Equal(2, await read.InitiativeAnnotations.CountAsync(a => a.InitiativeId == initiativeId));
    }

    [Fact]
    public void Long_labels_are_cut_to_the_annotation_length()
    {
        var idea = new ChangeIdea { Text = new string('x', 300) };
        var cycles = Enumerable.Range(1, 9).Select(n => new PdsaCycle { Title = "t", Number = n * 2, ChangeIdeaId = n, ChangeIdea = idea }).ToList();
        var text = PdsaAnnotations.Text(cycles);
        Assert.True(text.Length <= 200);
        Assert.EndsWith("…", text, StringComparison.Ordinal);
        Assert.Equal("PDSA 1, 3, 4 · Short", PdsaAnnotations.Text(new[] { 1, 3, 4 }.Select(n => new PdsaCycle { Title = "t", Number = n, ChangeIdea = new ChangeIdea { Text = "Short" } })));
    }

    public void Dispose() => _database.Dispose();
}
