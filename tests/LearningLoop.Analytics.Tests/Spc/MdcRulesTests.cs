using LearningLoop.Analytics.Spc;

namespace LearningLoop.Analytics.Tests.Spc;

/// <summary>Edges of the Making Data Count rules that the reference cases do not reach.</summary>
public sealed class MdcRulesTests
{
    private static readonly DateOnly Start = new(2024, 1, 1);

    [Fact]
    public void Two_rows_for_one_date_are_refused_naming_the_row()
    {
        MdcObservation[] rows = [new(Start, 1, 2), new(Start.AddMonths(1), 2, 3), new(Start, 3, 4)];

        var e = Assert.Throws<SpcInputException>(() => MdcRules.Analyse(rows, new MdcOptions()));

        Assert.Equal(4, e.Row);
        Assert.StartsWith("Row 4: x = 2024-01-01 appears twice", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_group_of_one_point_has_no_limits_and_is_common_cause()
    {
        var rows = Enumerable.Range(0, 13).Select(i => new MdcObservation(Start.AddMonths(i), 10 + (i % 3))).ToList();

        var chart = MdcRules.Analyse(rows, new MdcOptions(Rebase: [Start.AddMonths(12)]));

        var last = chart.Points[^1];
        Assert.Equal((2, 10.0, (double?)null, (double?)null), (last.Group, last.Mean, last.Lpl, last.Upl));
        Assert.Equal(MdcSpecialCause.CommonCause, last.SpecialCause);
        Assert.NotNull(chart.Points[0].Upl);
    }

    [Fact]
    public void A_rebase_date_between_points_changes_nothing_as_in_NHSRplotthedots()
    {
        var rows = Enumerable.Range(0, 20).Select(i => new MdcObservation(Start.AddMonths(i), i % 5)).ToList();

        var plain = MdcRules.Analyse(rows, new MdcOptions());
        var between = MdcRules.Analyse(rows, new MdcOptions(Rebase: [Start.AddMonths(6).AddDays(3)]));

        Assert.Equal(plain.Points, between.Points);
    }

    [Theory]
    [InlineData(ImprovementDirection.Up, VariationIcon.ImprovingHigh, AssuranceIcon.ConsistentlyPass)]
    [InlineData(ImprovementDirection.Down, VariationIcon.ConcerningHigh, AssuranceIcon.ConsistentlyFail)]
    [InlineData(ImprovementDirection.Neither, VariationIcon.NeitherHigh, AssuranceIcon.None)]
    public void A_last_point_above_the_upper_limit_picks_the_high_icon_for_the_direction(
        ImprovementDirection direction, VariationIcon variation, AssuranceIcon assurance)
    {
        var rows = Enumerable.Range(0, 15).Select(i => new MdcObservation(Start.AddMonths(i), i == 14 ? 40 : 20 + (i % 2))).ToList();

        var chart = MdcRules.Analyse(rows, new MdcOptions(direction, Target: 5));

        Assert.Equal(MdcSpecialCause.AboveUcl, chart.Points[^1].SpecialCause);
        Assert.Equal((variation, assurance), (chart.Variation, chart.Assurance));
    }
}
