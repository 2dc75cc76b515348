using System.Text.Json;

namespace LearningLoop.Analytics.Tests.Spc;

/// <summary><c>learningloop spc --rules mdc</c>: the Making Data Count contract on every shared case, and the qicharts2
/// contract left as it was.</summary>
public sealed class MdcCliTests
{
    public static TheoryData<string> Cases() => MdcReferenceCases.Names();

    [Theory]
    [MemberData(nameof(Cases))]
    public void Json_output_matches_NHSRplotthedots(string name)
    {
        var expected = MdcReferenceCases.Expected(name);

        var result = SpcCli.Run(MdcReferenceCases.CliArguments(name, expected));

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Equal(string.Empty, result.Error);
        MdcReferenceCases.AssertEqual(expected, JsonDocument.Parse(result.Output).RootElement);
    }

    [Fact]
    public void Json_has_exactly_the_contract_fields_in_order()
    {
        var result = SpcCli.Run("spc", "--input", MdcReferenceCases.CsvPath("short"), "--rules", "mdc", "--direction", "increase");

        var root = JsonDocument.Parse(result.Output).RootElement;
        Assert.Equal(["points", "summary"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["x", "y", "mean", "lpl", "upl", "specialCauseType", "pointType"], root.GetProperty("points")[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal(["variation", "assurance"], root.GetProperty("summary").EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void The_anhoj_rules_are_the_default_and_print_the_same_bytes_when_named()
    {
        var plain = SpcCli.Run("spc", "--input", ReferenceCases.CsvPath("run_shift"), "--chart", "run");
        var named = SpcCli.Run("spc", "--input", ReferenceCases.CsvPath("run_shift"), "--chart", "run", "--rules", "anhoj");

        Assert.Equal(0, plain.ExitCode);
        Assert.Equal(plain.Output, named.Output);
        Assert.StartsWith("{\"points\":[{\"x\":", plain.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_output_has_a_row_per_point_with_the_special_cause_type()
    {
        var result = SpcCli.Run("spc", "--input", MdcReferenceCases.CsvPath("weekly"), "--rules", "mdc", "--direction", "decrease", "--format", "csv");

        var lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("x,y,mean,lpl,upl,specialCauseType,pointType,group", lines[0], StringComparison.Ordinal);
        Assert.Equal(MdcReferenceCases.Expected("weekly").GetProperty("points").GetArrayLength() + 1, lines.Length);
        Assert.Contains(lines, l => l.Contains(",Above UCL,special_cause_concern,", StringComparison.Ordinal));
    }

    [Fact]
    public void Svg_output_colours_the_dots_by_point_type()
    {
        var result = SpcCli.Run("spc", "--input", MdcReferenceCases.CsvPath("weekly"), "--rules", "mdc", "--direction", "decrease", "--format", "svg");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("<svg", result.Output, StringComparison.Ordinal);
        Assert.Contains("class=\"concern\"", result.Output, StringComparison.Ordinal);
        Assert.Contains("class=\"improvement\"", result.Output, StringComparison.Ordinal);
        Assert.Contains("(Making Data Count: 7 Points Below CL)", result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("x,y\n2024-01-01,4\n2024-02-01,abc\n", "Row 3", "abc")]
    [InlineData("x,y\n2024-01-01,4\nMarch,5\n", "Row 3", "March")]
    [InlineData("x,y\n2024-01-01,4\n2024-02-01,\n", "Row 3", "missing")]
    [InlineData("x,y\n2024-01-01,4\n2024-01-01,5\n", "Row 3", "2024-01-01")]
    [InlineData("x,y,n\n2024-01-01,4,10\n", "Row 2", "n = 10")]
    public void Bad_input_is_refused_with_the_row_and_value_and_exit_code_2(string csv, string where, string value)
    {
        var path = Path.Combine(Path.GetTempPath(), $"mdc-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, csv);
        try
        {
            var result = SpcCli.Run("spc", "--input", path, "--rules", "mdc", "--direction", "increase");

            Assert.Equal(2, result.ExitCode);
            Assert.Equal(string.Empty, result.Output);
            Assert.Contains(where, result.Error, StringComparison.Ordinal);
            Assert.Contains(value, result.Error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("mdc", "--direction", "sideways")]
    [InlineData("mdc", "--fix-after", "11")]
    [InlineData("mdc", "--target", "abc")]
    [InlineData("mdc", "--rebase", "2024-13-01")]
    [InlineData("mdc", "--format", "xml")]
    [InlineData("mdc", "--freeze", "12")]
    [InlineData("anhoj", "--direction", "increase")]
    [InlineData("zz", "--rules", "zz")]
    public void Bad_options_are_refused_with_exit_code_2(string rules, string option, string value)
    {
        var args = new List<string> { "spc", "--input", MdcReferenceCases.CsvPath("short"), "--rules", rules };
        args.AddRange(rules == "anhoj" ? ["--chart", "i"] : option == "--direction" ? [] : ["--direction", "increase"]);
        if (option != "--rules")
            args.AddRange([option, value]);

        var result = SpcCli.Run([.. args]);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Output);
        Assert.Contains(option.TrimStart('-'), result.Error, StringComparison.Ordinal);
    }
}
