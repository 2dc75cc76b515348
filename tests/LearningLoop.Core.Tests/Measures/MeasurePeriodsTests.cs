using LearningLoop.Core.Measures;

namespace LearningLoop.Core.Tests.Measures;

public sealed class MeasurePeriodsTests
{
    [Theory]
    [InlineData("2024-03", "2024-03-01")]
    [InlineData("2024-3", "2024-03-01")]
    [InlineData("2024-03-17", "2024-03-01")]
    [InlineData(" 2024-03-01 ", "2024-03-01")]
    [InlineData("2024-03-17T00:00:00", "2024-03-01")]
    public void A_month_is_kept_as_its_first_day(string text, string expected)
    {
        Assert.True(MeasurePeriods.TryParse(text, MeasureFrequency.Month, out var start));
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), start);
        Assert.Equal(expected[..7], MeasurePeriods.Label(start, MeasureFrequency.Month));
    }

    [Theory]
    [InlineData("2024-W10", "2024-03-04")]
    [InlineData("2024-w01", "2024-01-01")]
    [InlineData("2024-03-07", "2024-03-04")]
    [InlineData("2020-W53", "2020-12-28")]
    public void A_week_is_kept_as_its_monday(string text, string expected)
    {
        Assert.True(MeasurePeriods.TryParse(text, MeasureFrequency.Week, out var start));
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), start);
        Assert.Equal(DayOfWeek.Monday, start.DayOfWeek);
    }

    [Theory]
    [InlineData("", MeasureFrequency.Month)]
    [InlineData("March 2024", MeasureFrequency.Month)]
    [InlineData("2024-13", MeasureFrequency.Month)]
    [InlineData("2024-02-30", MeasureFrequency.Month)]
    [InlineData("2024-W10", MeasureFrequency.Month)]
    [InlineData("2024-03", MeasureFrequency.Week)]
    [InlineData("2021-W53", MeasureFrequency.Week)]
    public void Other_text_is_not_a_period(string text, MeasureFrequency frequency) =>
        Assert.False(MeasurePeriods.TryParse(text, frequency, out _));

    [Fact]
    public void Weeks_are_labelled_by_iso_week_and_year()
    {
        Assert.Equal("2020-W53", MeasurePeriods.Label(new DateOnly(2020, 12, 28), MeasureFrequency.Week));
        Assert.Equal("2025-W01", MeasurePeriods.Label(new DateOnly(2024, 12, 30), MeasureFrequency.Week));
        Assert.Equal(new DateOnly(2024, 3, 31), MeasurePeriods.End(new DateOnly(2024, 3, 1), MeasureFrequency.Month));
        Assert.Equal(new DateOnly(2024, 3, 10), MeasurePeriods.End(new DateOnly(2024, 3, 4), MeasureFrequency.Week));
    }

    [Fact]
    public void The_engine_dates_in_a_sentence_are_rewritten_as_periods()
    {
        var text = "9 points in a row above the centre line (points 3 to 11, 2024-01-01 to 2024-09-01).";
        Assert.Equal("9 points in a row above the centre line (points 3 to 11, 2024-01 to 2024-09).", PeriodLabels.Relabel(text, MeasureFrequency.Month));
        Assert.Equal("Point 2 (2024-W10)", PeriodLabels.Relabel("Point 2 (2024-03-04)", MeasureFrequency.Week));
    }
}
