using LearningLoop.Analytics.Census;
using static LearningLoop.Analytics.Tests.Census.EncounterJson;

namespace LearningLoop.Analytics.Tests.Census;

/// <summary>The census rules of issue 9 on hand-computed cases (UTC unless the case says otherwise).</summary>
public sealed class MidnightCensusTests
{
    [Fact]
    public void A_transfer_counts_each_midnight_on_the_unit_of_that_instant()
    {
        var result = Run([Encounter("2025-01-01T10:00:00Z", "2025-01-04T08:00:00Z",
            At("Location/a", "2025-01-01T10:00:00Z", "2025-01-02T12:00:00Z"),
            At("Location/b", "2025-01-02T12:00:00Z", "2025-01-04T08:00:00Z"))]);

        Assert.Equal(["A 2025-01-01 1", "B 2025-01-02 1", "B 2025-01-03 1"], Days(result));
        Assert.Equal(1, result.CountedEncounters);
    }

    [Fact]
    public void A_same_day_stay_counts_one_day_on_its_start_date_where_it_started()
    {
        var result = Run([Encounter("2025-01-05T08:00:00Z", "2025-01-05T20:00:00Z",
            At("Location/a", "2025-01-05T08:00:00Z", "2025-01-05T09:00:00Z"),
            At("Location/b", "2025-01-05T09:00:00Z", "2025-01-05T20:00:00Z"))]);

        Assert.Equal(["A 2025-01-05 1"], Days(result));
    }

    [Fact]
    public void A_stay_ending_exactly_at_midnight_is_not_present_at_that_midnight()
    {
        var result = Run([
            Encounter("2025-01-01T10:00:00Z", "2025-01-02T00:00:00Z", At("Location/a")),
            Encounter("2025-01-01T10:00:00Z", "2025-01-03T00:00:00Z", At("Location/b")),
        ]);

        // The first crosses no midnight (one day on its start date); the second is present at 2 January 00:00 only.
        Assert.Equal(["A 2025-01-01 1", "B 2025-01-01 1"], Days(result));
    }

    [Fact]
    public void A_stay_starting_exactly_at_midnight_is_present_at_it_and_counts_for_the_day_before()
    {
        var result = Run([Encounter("2025-01-02T00:00:00Z", "2025-01-02T10:00:00Z", At("Location/a"))]);

        Assert.Equal(["A 2025-01-01 1"], Days(result));
    }

    [Fact]
    public void An_open_encounter_counts_through_the_midnight_that_ends_the_until_day()
    {
        string[] lines = [Encounter("2025-01-01T10:00:00Z", null, At("Location/a", "2025-01-01T10:00:00Z"))];

        var result = Run(lines, until: new DateOnly(2025, 1, 3));

        Assert.Equal(["A 2025-01-01 1", "A 2025-01-02 1", "A 2025-01-03 1"], Days(result));
        Assert.Empty(result.Skipped);
    }

    [Fact]
    public void An_open_encounter_without_until_is_a_skipped_line()
    {
        var result = Run([
            Encounter("2025-01-01T10:00:00Z", "2025-01-02T10:00:00Z", At("Location/a")),
            Encounter("2025-01-01T10:00:00Z", null, At("Location/a")),
        ]);

        Assert.Equal(["A 2025-01-01 1"], Days(result));
        var skipped = Assert.Single(result.Skipped);
        Assert.Equal(2, skipped.Line);
        Assert.Contains("until", skipped.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Where_location_entries_overlap_the_one_that_started_last_wins()
    {
        var result = Run([Encounter("2025-01-01T00:30:00Z", "2025-01-03T23:00:00Z",
            At("Location/a", "2025-01-01T00:30:00Z", "2025-01-04T00:00:00Z"),
            At("Location/b", "2025-01-02T12:00:00Z", "2025-01-03T12:00:00Z"))]);

        Assert.Equal(["A 2025-01-01 1", "B 2025-01-02 1"], Days(result));
    }

    [Fact]
    public void An_entry_without_a_period_covers_the_whole_encounter_and_yields_to_a_later_start()
    {
        var result = Run([Encounter("2025-01-01T10:00:00Z", "2025-01-04T10:00:00Z",
            At("Location/a"),
            At("Location/b", "2025-01-02T10:00:00Z", "2025-01-03T10:00:00Z"))]);

        Assert.Equal(["A 2025-01-01 1", "A 2025-01-03 1", "B 2025-01-02 1"], Days(result));
    }

    [Fact]
    public void Two_locations_of_one_unit_add_up()
    {
        var result = Run([
            Encounter("2025-01-01T10:00:00Z", "2025-01-02T10:00:00Z", At("Location/b")),
            Encounter("2025-01-01T11:00:00Z", "2025-01-02T10:00:00Z", At("Location/b2")),
        ]);

        Assert.Equal(["B 2025-01-01 2"], Days(result));
    }

    [Fact]
    public void Midnight_is_taken_in_the_organisations_time_zone_across_a_daylight_saving_change()
    {
        // Toronto springs forward on 9 March 2025: 00:00 is 05:00Z on the 9th and 04:00Z on the 10th.
        string[] lines = [Encounter("2025-03-09T04:30:00Z", "2025-03-10T04:30:00Z", At("Location/a"))];

        Assert.Equal(["A 2025-03-08 1", "A 2025-03-09 1"], Days(Run(lines, "America/Toronto")));
        Assert.Equal(["A 2025-03-09 1"], Days(Run(lines)));
    }

    [Fact]
    public void Offsets_in_the_file_are_converted_before_midnight_is_found()
    {
        // 22:00 EST on 1 January to 17:00 EST on 2 January, written with two other offsets.
        string[] lines = [Encounter("2025-01-01T22:00:00-05:00", "2025-01-02T23:00:00+01:00", At("Location/a"))];

        Assert.Equal(["A 2025-01-01 1"], Days(Run(lines, "America/Toronto")));
        Assert.Equal(["A 2025-01-02 1"], Days(Run(lines)));
    }

    [Fact]
    public void A_same_day_stay_takes_its_start_date_in_the_organisations_time_zone()
    {
        string[] lines = [Encounter("2025-03-10T03:30:00Z", "2025-03-10T03:50:00Z", At("Location/b"))];

        Assert.Equal(["B 2025-03-09 1"], Days(Run(lines, "America/Toronto")));
        Assert.Equal(["B 2025-03-10 1"], Days(Run(lines)));
    }

    [Fact]
    public void Other_classes_and_withdrawn_encounters_are_ignored_and_not_listed()
    {
        var result = Run([
            Encounter("AMB", "finished", "2025-01-01T10:00:00Z", "2025-01-03T10:00:00Z", At("Location/a")),
            Encounter("EMER", "finished", "2025-01-01T10:00:00Z", "2025-01-03T10:00:00Z", At("Location/a")),
            Encounter("IMP", "cancelled", "2025-01-01T10:00:00Z", "2025-01-03T10:00:00Z", At("Location/a")),
            Encounter("ACUTE", "entered-in-error", "2025-01-01T10:00:00Z", "2025-01-03T10:00:00Z", At("Location/a")),
            Encounter("ACUTE", "finished", "2025-01-01T10:00:00Z", "2025-01-02T10:00:00Z", At("Location/a")),
            Encounter("NONAC", "in-progress", "2025-01-01T10:00:00Z", "2025-01-02T10:00:00Z", At("Location/a")),
        ]);

        Assert.Equal(["A 2025-01-01 2"], Days(result));
        Assert.Empty(result.Skipped);
        Assert.Equal(4, result.IgnoredEncounters);
    }

    [Fact]
    public void Bad_lines_are_skipped_and_listed_by_line_number_and_the_rest_counts()
    {
        var result = Run([
            "{\"resourceType\":\"Encounter\",",
            "{\"resourceType\":\"Patient\",\"id\":\"p1\"}",
            Encounter(null, "2025-01-02T10:00:00Z", At("Location/a")),
            Encounter("2025-01-03T10:00:00Z", "2025-01-02T10:00:00Z", At("Location/a")),
            Encounter("2025-01-01T10:00:00", "2025-01-02T10:00:00Z", At("Location/a")),
            Encounter("2025-01-01T10:00:00Z", "2025-01-02T10:00:00Z", At("Location/a", "2025-01-01T10:00:00")),
            "",
            "[1,2]",
            "{} {}",
            Encounter("2025-01-01T10:00:00Z", "2025-01-02T10:00:00Z", At("Location/a")),
        ]);

        Assert.Equal(["A 2025-01-01 1"], Days(result));
        Assert.Equal([1L, 2, 3, 4, 5, 6, 7, 8, 9], result.Skipped.Select(s => s.Line));
        Assert.Contains("JSON", result.Skipped[0].Reason, StringComparison.Ordinal);
        Assert.Contains("Patient", result.Skipped[1].Reason, StringComparison.Ordinal);
        Assert.Contains("period.start", result.Skipped[2].Reason, StringComparison.Ordinal);
        Assert.Contains("before", result.Skipped[3].Reason, StringComparison.Ordinal);
        Assert.Contains("offset", result.Skipped[4].Reason, StringComparison.Ordinal);
        Assert.Contains("location.period.start", result.Skipped[5].Reason, StringComparison.Ordinal);
        Assert.Equal(10, result.Lines);
    }

    [Fact]
    public void Unmapped_locations_are_listed_by_reference_with_the_counted_encounters_naming_them()
    {
        var result = Run([
            Encounter("2025-01-01T10:00:00Z", "2025-01-03T10:00:00Z",
                At("Location/z", "2025-01-01T10:00:00Z", "2025-01-02T10:00:00Z"),
                At("Location/z", "2025-01-02T10:00:00Z", "2025-01-03T10:00:00Z")),
            Encounter("2025-01-01T10:00:00Z", "2025-01-02T10:00:00Z", At("Location/y"), At("Location/a", "2025-01-01T12:00:00Z")),
            Encounter("AMB", "finished", "2025-01-01T10:00:00Z", "2025-01-02T10:00:00Z", At("Location/y")),
            Encounter("2025-01-01T10:00:00Z", "2025-01-02T10:00:00Z", At("Location/z")),
        ]);

        Assert.Equal([new UnmappedLocation("Location/y", 1), new UnmappedLocation("Location/z", 2)], result.UnmappedLocations);
        Assert.Equal(["A 2025-01-01 1"], Days(result));
        Assert.Equal(3, result.PatientDaysOnNoUnit);
    }

    [Fact]
    public void A_zero_length_encounter_counts_one_day_where_it_started()
    {
        var result = Run([Encounter("2025-01-01T10:00:00Z", "2025-01-01T10:00:00Z", At("Location/b"))]);

        Assert.Equal(["B 2025-01-01 1"], Days(result));
    }

    [Fact]
    public void Days_are_ordered_by_unit_name_ordinally_then_date()
    {
        var map = new LocationUnitMap(new Dictionary<string, string> { ["Location/x"] = "b ward", ["Location/y"] = "B ward" });
        var text = string.Join('\n',
            Encounter("2025-01-05T10:00:00Z", "2025-01-06T10:00:00Z", At("Location/x")),
            Encounter("2025-01-01T10:00:00Z", "2025-01-02T10:00:00Z", At("Location/x")),
            Encounter("2025-01-03T10:00:00Z", "2025-01-04T10:00:00Z", At("Location/y")));

        var result = MidnightCensus.Compute(new StringReader(text), map);

        Assert.Equal(["B ward 2025-01-03 1", "b ward 2025-01-01 1", "b ward 2025-01-05 1"], Days(result));
    }

    [Fact]
    public void Crlf_line_ends_and_a_byte_order_mark_are_accepted()
    {
        var text = "\uFEFF" + Encounter("2025-01-01T10:00:00Z", "2025-01-02T10:00:00Z", At("Location/a")) + "\r\n"
            + Encounter("2025-01-01T10:00:00Z", "2025-01-02T10:00:00Z", At("Location/a")) + "\r\n";
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text));

        var result = MidnightCensus.Compute(stream, Map);

        Assert.Empty(result.Skipped);
        Assert.Equal(["A 2025-01-01 2"], Days(result));
    }

    [Fact]
    public void A_day_whose_midnight_is_skipped_by_daylight_saving_begins_after_the_gap()
    {
        // Santiago jumps from 00:00 (-04) to 01:00 (-03) on 8 September 2024: the day begins at 04:00Z.
        var calendar = new MidnightCalendar(TimeZoneInfo.FindSystemTimeZoneById("America/Santiago"));

        var start = calendar.DayStart(new DateOnly(2024, 9, 8).DayNumber);

        Assert.Equal(new DateTime(2024, 9, 8, 4, 0, 0, DateTimeKind.Utc).Ticks, start);
        Assert.Equal(new DateTime(2024, 9, 7, 4, 0, 0, DateTimeKind.Utc).Ticks, calendar.DayStart(new DateOnly(2024, 9, 7).DayNumber));
    }
}
