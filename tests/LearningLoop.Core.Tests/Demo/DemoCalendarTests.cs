using LearningLoop.Core.Demo;

namespace LearningLoop.Core.Tests.Demo;

/// <summary>How the demo story moves to end in the current month: dates by whole months, and dates in text with them.</summary>
public sealed class DemoCalendarTests
{
    private static readonly DemoCalendar December2026 = DemoCalendar.EndingIn(new DateOnly(2026, 12, 1));

    [Fact]
    public void The_story_ends_in_the_month_it_is_seeded_and_never_moves_back()
    {
        Assert.Equal(14, December2026.Months);
        Assert.Equal(new DateOnly(2026, 12, 31), December2026.Today);
        Assert.Equal(0, DemoCalendar.EndingIn(new DateOnly(2025, 10, 2)).Months);
        Assert.Equal(0, DemoCalendar.EndingIn(new DateOnly(2020, 1, 1)).Months);
        Assert.Equal(DemoCalendar.StoryToday, DemoCalendar.AsWritten.Today);
    }

    [Fact]
    public void Dates_move_by_whole_months_and_the_31st_becomes_the_last_day_of_a_shorter_month()
    {
        Assert.Equal(new DateOnly(2025, 5, 1), December2026.Move(new DateOnly(2024, 3, 1)));
        Assert.Equal(new DateOnly(2025, 2, 28), December2026.Move(new DateOnly(2023, 12, 31)));
        Assert.Equal(new DateTime(2026, 11, 15, 10, 0, 0, DateTimeKind.Utc), December2026.Move(new DateTime(2025, 9, 15, 10, 0, 0, DateTimeKind.Utc)));
    }

    [Theory]
    [InlineData("Reduce readmissions from 14% to 10% by March 2025.", "Reduce readmissions from 14% to 10% by May 2026.")]
    [InlineData("Patient safety culture, Feb 2024", "Patient safety culture, Apr 2025")]
    [InlineData("wave 2025-03, closed 2025-03-31", "wave 2026-05, closed 2026-05-31")]
    [InlineData("From November 2025 to December 2025", "From January 2027 to February 2027")]
    [InlineData("no dates here, 2,025 beds and 20 wards", "no dates here, 2,025 beds and 20 wards")]
    [InlineData("a1b2-2024-03-01 and key-2024-03 stay", "a1b2-2024-03-01 and key-2024-03 stay")]
    [InlineData("Mayday 2024 and Marching 2024 are not months", "Mayday 2024 and Marching 2024 are not months")]
    public void Dates_written_in_text_move_with_the_data(string written, string moved) =>
        Assert.Equal(moved, December2026.Move(written));

    [Fact]
    public void The_story_as_written_changes_nothing()
    {
        const string text = "Adopt for every admission from October 2024; wave 2024-09.";
        Assert.Same(text, DemoCalendar.AsWritten.Move(text));
        Assert.Equal(new DateOnly(2024, 3, 1), DemoCalendar.AsWritten.Move(new DateOnly(2024, 3, 1)));
    }
}
