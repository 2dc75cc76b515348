using FsCheck;
using FsCheck.Xunit;
using LearningLoop.Analytics.Census;
using static LearningLoop.Analytics.Tests.Census.EncounterJson;

namespace LearningLoop.Analytics.Tests.Census;

/// <summary>Properties of the census on generated encounters.</summary>
public sealed class CensusPropertyTests
{
    private static readonly DateTime Origin = new(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    [Property(MaxTest = 300)]
    public bool A_closed_encounter_counts_the_midnights_it_crosses_or_one(NonNegativeInt startMinute, NonNegativeInt minutes)
    {
        var start = Origin.AddMinutes(startMinute.Get % (60 * 24 * 40));
        var end = start.AddMinutes(minutes.Get % (60 * 24 * 30));

        var result = Run([Encounter(Iso(start), Iso(end), At("Location/a"))]);

        // Midnights k·day with start ≤ k·day < end, counted independently of the census code.
        var midnights = Enumerable.Range(0, 80).Select(d => Origin.AddDays(d)).Count(m => start <= m && m < end);
        return result.Days.Sum(d => d.PatientDays) == Math.Max(midnights, 1);
    }

    [Property(MaxTest = 100)]
    public bool The_order_of_the_lines_does_not_change_the_census(PositiveInt[] starts, int seed)
    {
        var lines = starts.Take(30).Select((s, i) =>
        {
            var start = Origin.AddMinutes(s.Get % 50_000);
            return Encounter(Iso(start), Iso(start.AddMinutes(s.Get % 9_000)), At(i % 2 == 0 ? "Location/a" : "Location/b"));
        }).ToList();
        var shuffled = lines.OrderBy(_ => new Random(seed).Next()).ToList();

        return Days(Run(lines)).SequenceEqual(Days(Run(shuffled)));
    }

    [Property(MaxTest = 100)]
    public bool A_transfer_never_changes_the_total_only_where_it_counts(NonNegativeInt startMinute, PositiveInt minutes, NonNegativeInt split)
    {
        var start = Origin.AddMinutes(startMinute.Get % 20_000);
        var end = start.AddMinutes(minutes.Get % 20_000);
        var transfer = start.AddMinutes(split.Get % Math.Max(1, (int)(end - start).TotalMinutes));

        var single = Run([Encounter(Iso(start), Iso(end), At("Location/a"))]);
        var moved = Run([Encounter(Iso(start), Iso(end), At("Location/a", Iso(start), Iso(transfer)), At("Location/b", Iso(transfer)))]);

        return single.Days.Sum(d => d.PatientDays) == moved.Days.Sum(d => d.PatientDays);
    }

    [Property(MaxTest = 50)]
    public bool Stream_and_text_give_the_same_census(PositiveInt[] starts)
    {
        var lines = starts.Take(20).Select(s =>
        {
            var start = Origin.AddMinutes(s.Get % 50_000);
            return Encounter(Iso(start), Iso(start.AddMinutes(s.Get % 7_000)), At("Location/b"));
        }).Append("not json").ToList();

        var fromText = MidnightCensus.Compute(new StringReader(string.Join('\n', lines)), Map);

        return Days(Run(lines)).SequenceEqual(Days(fromText)) && fromText.Skipped.Single().Line == lines.Count;
    }

    private static string Iso(DateTime utc) => utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
}
