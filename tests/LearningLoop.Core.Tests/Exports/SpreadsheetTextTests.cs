using LearningLoop.Core.Exports;

namespace LearningLoop.Core.Tests.Exports;

/// <summary>The one rule every CSV and XLSX export applies to its text cells (OWASP CSV injection).</summary>
public sealed class SpreadsheetTextTests
{
    [Theory]
    [InlineData("=1+2", "'=1+2")]
    [InlineData("+1+2", "'+1+2")]
    [InlineData("-1+2", "'-1+2")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tcalc", "'\tcalc")]
    [InlineData("\rcalc", "'\rcalc")]
    [InlineData("\t5", "'\t5")]
    [InlineData("-5.5", "-5.5")]
    [InlineData("+3", "+3")]
    [InlineData("-1e3", "-1e3")]
    [InlineData("4 West", "4 West")]
    [InlineData("", "")]
    public void Text_that_starts_like_a_formula_gets_a_quote_and_numbers_stay_numbers(string text, string written) =>
        Assert.Equal(written, SpreadsheetText.Neutralise(text));

    [Fact]
    public void A_hand_written_csv_field_is_neutralised_then_quoted() =>
        Assert.Equal("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"", SpreadsheetText.CsvField("=HYPERLINK(\"http://x\",\"y\")"));
}
