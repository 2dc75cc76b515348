using LearningLoop.Analytics.Spc;

namespace LearningLoop.Analytics.Tests.Spc;

/// <summary>Bad input is refused with the row, field and value.</summary>
public sealed class SpcInputTests
{
    [Fact]
    public void Non_numeric_y_names_the_row_and_value()
    {
        var e = Assert.Throws<SpcInputException>(() => SpcObservationParser.Parse("4", "12,5", null, 5));

        Assert.Equal(5, e.Row);
        Assert.Equal("y", e.Field);
        Assert.Equal("12,5", e.Value);
        Assert.Contains("Row 5", e.Message);
    }

    [Theory]
    [InlineData("Infinity")]
    [InlineData("NaN")]
    [InlineData("1e400")]
    public void Non_finite_numbers_are_refused(string text) =>
        Assert.Throws<SpcInputException>(() => SpcObservationParser.Parse("1", text, null, 2));

    [Theory]
    [InlineData("")]
    [InlineData("NA")]
    public void Empty_and_NA_are_missing_values(string text) =>
        Assert.Null(SpcObservationParser.Parse("1", text, null, 2).Y);

    [Theory]
    [InlineData(SpcChartType.C, -1.0, null, "y")]
    [InlineData(SpcChartType.U, 3.0, 0.0, "n")]
    [InlineData(SpcChartType.I, 3.0, -2.0, "n")]
    [InlineData(SpcChartType.P, 11.0, 10.0, "y")]
    [InlineData(SpcChartType.T, 0.0, null, "y")]
    [InlineData(SpcChartType.G, -3.0, null, "y")]
    public void Impossible_values_name_the_row_and_field(SpcChartType chart, double y, double? n, string field)
    {
        var rows = SpcTestData.Series(SpcTestData.Stable(10));
        if (n is not null || chart.NeedsDenominator())
            rows = SpcTestData.Series(SpcTestData.Stable(10), Enumerable.Repeat(100.0, 10));
        rows[6] = rows[6] with { Y = y, N = n ?? rows[6].N };

        var e = Assert.Throws<SpcInputException>(() => SpcEngine.Analyse(rows, new SpcOptions(chart)));

        Assert.Equal(rows[6].Row, e.Row);
        Assert.Equal(field, e.Field);
    }

    [Theory]
    [InlineData(SpcChartType.MR)]
    [InlineData(SpcChartType.T)]
    [InlineData(SpcChartType.G)]
    public void Single_value_charts_refuse_a_repeated_x(SpcChartType chart)
    {
        var rows = SpcTestData.Series(SpcTestData.Stable(10));
        rows[5] = rows[5] with { X = "3" };

        var e = Assert.Throws<SpcInputException>(() => SpcEngine.Analyse(rows, new SpcOptions(chart)));

        Assert.Equal(rows[5].Row, e.Row);
        Assert.Equal("x", e.Field);
        Assert.Contains($"row {rows[2].Row}", e.Message);
    }

    [Fact]
    public void Fewer_than_two_points_are_refused()
    {
        var rows = new List<SpcObservation> { new("1", 3, null, 2), new("1", 4, null, 3) };

        Assert.Throws<SpcInputException>(() => SpcEngine.Analyse(rows, new SpcOptions(SpcChartType.I)));
    }

    [Fact]
    public void A_p_chart_without_denominators_is_refused()
    {
        var e = Assert.Throws<SpcInputException>(() => SpcEngine.Analyse(SpcTestData.Series(SpcTestData.Stable(10)), new SpcOptions(SpcChartType.P)));

        Assert.Equal("n", e.Field);
    }

    [Theory]
    [InlineData(0, null, null)]
    [InlineData(null, 10, null)]
    [InlineData(null, null, 11)]
    public void Out_of_range_options_are_refused(int? freeze, int? part, int? exclude)
    {
        var options = new SpcOptions(SpcChartType.I, Freeze: freeze, Parts: part is null ? [] : [part.Value], Exclude: exclude is null ? [] : [exclude.Value]);

        var e = Assert.Throws<SpcInputException>(() => SpcEngine.Analyse(SpcTestData.Series(SpcTestData.Stable(10)), options));

        Assert.Null(e.Row);
        Assert.NotNull(e.Field);
    }
}
