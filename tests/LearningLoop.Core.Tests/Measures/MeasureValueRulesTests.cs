using LearningLoop.Analytics.Spc;
using LearningLoop.Core.Measures;

namespace LearningLoop.Core.Tests.Measures;

public sealed class MeasureValueRulesTests
{
    private static MeasureValueInput Row(int line, string? period, string? numerator, string? denominator = null) => new(line, period, numerator, denominator);

    [Fact]
    public void Every_bad_row_is_named_with_its_line_and_column()
    {
        var (rows, errors) = MeasureValueRules.Check(
        [
            Row(2, "2024-01", "12", "40"),
            Row(3, "Jan 2024", "12", "40"),
            Row(4, "2024-02", "twelve", "0"),
            Row(5, "2024-03", "41", "40"),
            Row(6, "2024-01", "-1", "40"),
            Row(7, "2024-04", "5", ""),
        ], MeasureFrequency.Month, SpcChartType.P);

        Assert.Single(rows);
        var found = errors.Select(e => (e.Line, e.Column)).ToList();
        Assert.Equal([(3, "period"), (4, "numerator"), (4, "denominator"), (5, "numerator"), (6, "period"), (6, "numerator"), (7, "denominator")], found);
        Assert.Contains("appears already on line 2", errors.Single(e => e.Line == 6 && e.Column == "period").Reason, StringComparison.Ordinal);
        Assert.Contains("more than the denominator 40", errors.Single(e => e.Line == 5).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Blank_rows_are_skipped_and_NA_is_a_gap()
    {
        var (rows, errors) = MeasureValueRules.Check([Row(1, "", "", ""), Row(2, "2024-01", "NA"), Row(3, "2024-02", "3.5"), Row(4, null, null, null)], MeasureFrequency.Month, SpcChartType.I);
        Assert.Empty(errors);
        Assert.Equal([null, 3.5], rows.Select(r => r.Numerator));
    }

    [Fact]
    public void Xbar_charts_keep_several_rows_per_period()
    {
        var inputs = new[] { Row(2, "2024-01", "50"), Row(3, "2024-01", "55"), Row(4, "2024-02", "48") };
        Assert.Empty(MeasureValueRules.Check(inputs, MeasureFrequency.Month, SpcChartType.Xbar).Errors);
        Assert.Single(MeasureValueRules.Check(inputs, MeasureFrequency.Month, SpcChartType.I).Errors);
    }

    [Fact]
    public void Chart_rules_follow_the_engine()
    {
        Assert.Contains(MeasureValueRules.Check([Row(2, "2024-01", "0")], MeasureFrequency.Month, SpcChartType.T).Errors, e => e.Column == "numerator");
        Assert.Contains(MeasureValueRules.Check([Row(2, "2024-01", "3")], MeasureFrequency.Month, SpcChartType.U).Errors, e => e.Column == "denominator");
        Assert.Empty(MeasureValueRules.Check([Row(2, "2024-01", "-3")], MeasureFrequency.Month, SpcChartType.I).Errors);
        // Without a chosen chart only the universal rules apply: numbers, and denominators above zero.
        Assert.Empty(MeasureValueRules.Check([Row(2, "2024-01", "45", "40")], MeasureFrequency.Month, null).Errors);
        Assert.Single(MeasureValueRules.Check([Row(2, "2024-01", "4", "-2")], MeasureFrequency.Month, null).Errors);
    }
}
