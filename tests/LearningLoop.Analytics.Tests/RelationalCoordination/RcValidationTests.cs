using LearningLoop.Analytics.RelationalCoordination;

namespace LearningLoop.Analytics.Tests.RelationalCoordination;

/// <summary>Each kind of invalid input is refused with its line, field and value; all errors are listed; nothing is analysed.</summary>
public sealed class RcValidationTests
{
    private static RcValidationError Single(RcAnalysisOutcome outcome)
    {
        Assert.Null(outcome.Analysis);
        return Assert.Single(outcome.Errors);
    }

    [Fact]
    public void Unknown_item_names_line_field_and_value()
    {
        var error = Single(Csv.Analyse(Csv.Header, "2025-03,r1,nurse,nurse,frequency,4", "2025-03,r1,nurse,nurse,speed,4"));
        Assert.Equal((3L, "item", "speed"), (error.Line, error.Field, error.Value));
        Assert.Contains("problem_solving", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("7")]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("abc")]
    [InlineData("3.5")]
    [InlineData("99999999999")]
    public void Value_that_is_not_an_integer_1_to_5_is_refused(string value)
    {
        var error = Single(Csv.Analyse(Csv.Header, "2025-03,r1,nurse,nurse,frequency,4", $"2025-03,r1,nurse,nurse,timeliness,{value}"));
        Assert.Equal((2L + 1, "value", value), (error.Line, error.Field, error.Value));
    }

    [Fact]
    public void Respondent_in_two_workgroups_within_a_wave_is_refused_at_the_second_workgroup()
    {
        var error = Single(Csv.Analyse(
            Csv.Header,
            "2025-03,r1,nurse,nurse,frequency,4",
            "2025-03,r1,nurse,nurse,timeliness,4",
            "2025-03,r1,physician,nurse,accuracy,4"));
        Assert.Equal((4L, "workgroup", "physician"), (error.Line, error.Field, error.Value));
        Assert.Contains("line 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Same_respondent_id_in_another_wave_is_another_person()
    {
        var lines = new List<string> { Csv.Header };
        lines.AddRange(Csv.Tie("2025-03", "r1", "nurse", "nurse"));
        lines.AddRange(Csv.Tie("2025-09", "r1", "physician", "nurse"));
        Assert.Empty(Csv.Analyse([.. lines]).Errors);
    }

    [Fact]
    public void Duplicate_answer_names_both_lines()
    {
        var error = Single(Csv.Analyse(
            Csv.Header,
            "2025-03,r1,nurse,nurse,frequency,4",
            "2025-03,r1,nurse,pharmacist,frequency,4",
            "2025-03,r1,nurse,nurse,frequency,5"));
        Assert.Equal((4L, "item", "frequency"), (error.Line, error.Field, error.Value));
        Assert.Contains("line 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_answer_is_found_even_when_the_respondent_rows_are_scattered()
    {
        var error = Single(Csv.Analyse(
            Csv.Header,
            "2025-03,r1,nurse,nurse,frequency,4",
            "2025-03,r2,nurse,nurse,frequency,4",
            "2025-03,r1,nurse,nurse,frequency,3"));
        Assert.Equal((4L, "item"), (error.Line, error.Field));
        Assert.Contains("line 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_column_is_named_on_line_1()
    {
        var error = Single(Csv.Analyse("wave,respondent,workgroup,target,item", "2025-03,r1,nurse,nurse,frequency"));
        Assert.Equal((1L, "header"), (error.Line, error.Field));
        Assert.Contains("value", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("missing columns", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_header_is_reported_with_every_missing_column()
    {
        var error = Single(Csv.Analyse("2025-03,r1,nurse,nurse,frequency,4", "2025-03,r1,nurse,nurse,timeliness,4"));
        Assert.Equal((1L, "header", "2025-03,r1,nurse,nurse,frequency,4"), (error.Line, error.Field, error.Value));
        foreach (var column in new[] { "wave", "respondent", "workgroup", "target", "item", "value" })
        {
            Assert.Contains(column, error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Empty_file_is_refused()
    {
        using var empty = new MemoryStream();
        var outcome = RelationalCoordinationAnalyser.AnalyseCsv(empty);
        Assert.Null(outcome.Analysis);
        Assert.Equal("header", Assert.Single(outcome.Errors).Field);
    }

    [Fact]
    public void Row_with_the_wrong_number_of_fields_is_refused()
    {
        var error = Single(Csv.Analyse(Csv.Header, "2025-03,r1,nurse,nurse,frequency,4", "2025-03,r1,nurse,nurse,4"));
        Assert.Equal((3L, "row", "2025-03,r1,nurse,nurse,4"), (error.Line, error.Field, error.Value));
    }

    [Theory]
    [InlineData(",r1,nurse,nurse,frequency,4", "wave")]
    [InlineData("2025-03,,nurse,nurse,frequency,4", "respondent")]
    [InlineData("2025-03,r1,,nurse,frequency,4", "workgroup")]
    [InlineData("2025-03,r1,nurse,,frequency,4", "target")]
    public void Empty_label_is_refused(string row, string field)
    {
        var error = Single(Csv.Analyse(Csv.Header, row));
        Assert.Equal((2L, field), (error.Line, error.Field));
    }

    [Fact]
    public void All_errors_are_listed_in_line_order_and_nothing_is_analysed()
    {
        var lines = new List<string> { Csv.Header };
        lines.AddRange(Csv.Tie("2025-03", "r1", "nurse", "nurse"));      // lines 2-8, valid
        lines.Add("2025-03,r1,nurse,nurse,frequency,4");                 // 9 duplicate
        lines.Add("2025-03,r2,nurse,nurse,speed,4");                     // 10 unknown item
        lines.Add("2025-03,r2,nurse,nurse,accuracy,6");                  // 11 value out of range
        lines.Add("2025-03,r2,physician,nurse,timeliness,4");            // 12 second workgroup
        lines.Add("2025-03,r3,nurse");                                   // 13 field count
        lines.Add("2025-03,r3,nurse,nurse,frequency,x");                 // 14 not an integer
        var outcome = Csv.Analyse([.. lines]);

        Assert.Null(outcome.Analysis);
        Assert.Equal(new long[] { 9, 10, 11, 12, 13, 14 }, outcome.Errors.Select(e => e.Line));
        Assert.Equal(new[] { "item", "item", "value", "workgroup", "row", "value" }, outcome.Errors.Select(e => e.Field));
    }

    [Fact]
    public void Listed_errors_are_capped_and_the_rest_counted()
    {
        var lines = new List<string> { Csv.Header };
        lines.AddRange(Enumerable.Range(0, 12).Select(i => $"2025-03,r{i},nurse,nurse,frequency,9"));
        using var stream = Csv.Stream([.. lines]);
        var outcome = RelationalCoordinationAnalyser.AnalyseCsv(stream, new RcOptions { MaxListedErrors = 5 });
        Assert.Equal(5, outcome.Errors.Count);
        Assert.Equal(7, outcome.UnlistedErrorCount);
    }

    [Fact]
    public void In_memory_answers_are_validated_too()
    {
        var answers = new[]
        {
            new RcAnswer("2025-03", "r1", "nurse", "nurse", RcItems.Frequency, 6, 17),
            new RcAnswer("2025-03", "r1", "nurse", "nurse", "Frequency", 3, 18),
        };
        var outcome = RelationalCoordinationAnalyser.Analyse(answers);
        Assert.Equal(new[] { (17L, "value", "6"), (18L, "item", "Frequency") }, outcome.Errors.Select(e => (e.Line, e.Field, e.Value)));
    }

    [Fact]
    public void Cli_lists_every_bad_line_on_stderr_exits_2_and_prints_nothing()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllLines(path, [Csv.Header, "2025-03,r1,nurse,nurse,speed,4", "2025-03,r1,nurse,nurse,frequency,8"]);
            var (exit, output, error) = CliRunner.Run("rc", "analyze", "--input", path);
            Assert.Equal(2, exit);
            Assert.Equal(string.Empty, output);
            Assert.Contains("line 2: item \"speed\"", error, StringComparison.Ordinal);
            Assert.Contains("line 3: value \"8\"", error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
