using LearningLoop.Analytics.Rates;
using LearningLoop.Analytics.Spc;

namespace LearningLoop.Analytics.Tests.Rates;

public sealed class MonthlyRateSeriesTests
{
    [Fact]
    public void Events_and_patient_days_become_a_u_chart_per_10000_patient_days()
    {
        DateOnly[] events = [new(2025, 1, 3), new(2025, 1, 31), new(2025, 3, 1), new(2024, 12, 31), new(2025, 2, 14)];
        (DateOnly, int)[] days = [(new(2025, 1, 1), 500), (new(2025, 1, 31), 500), (new(2025, 3, 31), 800), (new(2025, 4, 1), 9)];

        var months = MonthlyRateSeries.Build(events, days, new DateOnly(2025, 1, 15), new DateOnly(2025, 3, 2));
        var chart = SpcEngine.Analyse(MonthlyRateSeries.Observations(months), MonthlyRateSeries.UChartOptions);

        Assert.Equal([new MonthlyRate(new(2025, 1, 1), 2, 1000), new MonthlyRate(new(2025, 2, 1), 1, 0), new MonthlyRate(new(2025, 3, 1), 1, 800)], months);
        Assert.Equal(["2025-01-01", "2025-02-01", "2025-03-01"], chart.Points.Select(p => p.X));
        Assert.Equal(20.0, chart.Points[0].Y!.Value, 10);
        Assert.Null(chart.Points[1].Y);
        Assert.Equal(12.5, chart.Points[2].Y!.Value, 10);
        // Centre line: all events over all patient days of the months with days, per 10,000.
        Assert.Equal(3.0 / 1800 * 10_000, chart.Points[0].Cl!.Value, 9);
    }
}
