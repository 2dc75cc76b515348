using LearningLoop.Core.Measures;

namespace LearningLoop.Core.Tests.Measures;

/// <summary>When a measure's data counts as stopped: two whole periods ended without a value.</summary>
public sealed class MeasureFreshnessTests
{
    private static readonly DateOnly Today = new(2026, 12, 1);

    [Theory]
    [InlineData("2026-12-01", null)]
    [InlineData("2026-11-01", null)]
    [InlineData("2026-10-01", null)]
    [InlineData("2026-09-01", 2)]
    [InlineData("2025-12-01", 11)]
    public void Monthly_data_stops_after_two_whole_months_without_a_value(string last, int? missed)
    {
        var stopped = MeasureFreshness.Stopped(DateOnly.Parse(last, System.Globalization.CultureInfo.InvariantCulture), MeasureFrequency.Month, Today);
        Assert.Equal(missed, stopped?.MissedPeriods);
    }

    [Fact]
    public void Weekly_data_stops_after_two_whole_weeks_and_the_running_week_never_counts()
    {
        var monday = new DateOnly(2026, 11, 30);
        Assert.Null(MeasureFreshness.Stopped(monday.AddDays(-7), MeasureFrequency.Week, Today));
        Assert.Null(MeasureFreshness.Stopped(monday.AddDays(-14), MeasureFrequency.Week, Today));
        Assert.Equal(2, MeasureFreshness.Stopped(monday.AddDays(-21), MeasureFrequency.Week, Today)?.MissedPeriods);
    }

    [Fact]
    public void A_measure_without_data_has_not_stopped_and_empty_periods_do_not_count_as_data()
    {
        var measure = new Measure { Name = "Falls", Frequency = MeasureFrequency.Month };
        Assert.Null(MeasureFreshness.Stopped(measure, Today));
        measure.Values.Add(new MeasureValue { Period = new DateOnly(2026, 6, 1), Numerator = 3, Denominator = 100 });
        measure.Values.Add(new MeasureValue { Period = new DateOnly(2026, 11, 1), Numerator = null });
        var stopped = MeasureFreshness.Stopped(measure, Today);
        Assert.Equal(new DateOnly(2026, 6, 1), stopped?.LastPeriod);
        Assert.Equal("no data since 2026-06 (5 months missing)", stopped?.Text);
    }
}
