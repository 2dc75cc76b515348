using LearningLoop.Analytics.Spc;
using LearningLoop.Core.Measures;

namespace LearningLoop.Core.Tests.Measures;

public sealed class MeasureValuesCsvTests
{
    [Fact]
    public void Reads_rows_with_their_file_lines_whatever_the_column_order()
    {
        var (rows, errors) = MeasureValuesCsv.Read(new StringReader("Denominator,Period,Numerator\n812,2024-01,3\n\n790,2024-02,\"4\"\n"));
        Assert.Empty(errors);
        Assert.Equal([(2, "2024-01", "3", "812"), (4, "2024-02", "4", "790")], rows.Select(r => (r.Line, r.Period!, r.Numerator!, r.Denominator!)));
    }

    [Fact]
    public void A_value_column_stands_for_the_numerator_and_the_spc_commands_columns_are_accepted()
    {
        Assert.Equal("6.8", MeasureValuesCsv.Read(new StringReader("period,value\n2024-01,6.8\n")).Rows.Single().Numerator);
        var (rows, _) = MeasureValuesCsv.Read(new StringReader("x,y,n\n2024-01-01,3,40\n"));
        Assert.Equal(("2024-01-01", "3", "40"), (rows[0].Period, rows[0].Numerator, rows[0].Denominator));
    }

    [Fact]
    public void A_header_without_period_or_with_an_unknown_column_is_refused()
    {
        var (_, errors) = MeasureValuesCsv.Read(new StringReader("month_name,count,comment\nJan,3,x\n"));
        Assert.Contains(errors, e => e is { Line: 1, Column: "period" });
        Assert.Contains(errors, e => e is { Line: 1, Column: "comment" });
        Assert.Single(MeasureValuesCsv.Read(new StringReader("")).Errors);
    }

    [Fact]
    public void What_is_written_reads_back_the_same()
    {
        var measure = new Measure { Name = "Falls", Chart = SpcChartType.U, Multiplier = 1000 };
        measure.Values.AddRange([
            new MeasureValue { Period = new(2024, 2, 1), Numerator = 4, Denominator = 790 },
            new MeasureValue { Period = new(2024, 1, 1), Numerator = 3, Denominator = 812.5 },
            new MeasureValue { Period = new(2024, 3, 1), Numerator = null, Denominator = 800 },
        ]);
        using var text = new StringWriter();
        MeasureValuesCsv.Write(measure, measure.Values, text);
        Assert.StartsWith("period,numerator,denominator,value\n2024-01,3,812.5,3.692307692307692\n", text.ToString().ReplaceLineEndings("\n"), StringComparison.Ordinal);

        var (rows, errors) = MeasureValueRules.Check(MeasureValuesCsv.Read(new StringReader(text.ToString())).Rows, MeasureFrequency.Month, SpcChartType.U);
        Assert.Empty(errors);
        Assert.Equal(measure.Values.OrderBy(v => v.Period).Select(v => (v.Period, v.Numerator, v.Denominator)), rows.Select(r => (r.Period, r.Numerator, r.Denominator)));
    }
}
