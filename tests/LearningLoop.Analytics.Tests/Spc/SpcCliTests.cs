using System.Text.Json;

namespace LearningLoop.Analytics.Tests.Spc;

/// <summary>End to end through the <c>spc</c> command: reference cases, formats and refused input.</summary>
public sealed class SpcCliTests
{
    public static TheoryData<string> Cases() => ReferenceCases.Names();

    [Theory]
    [MemberData(nameof(Cases))]
    public void Json_output_matches_qicharts2(string name)
    {
        var expected = ReferenceCases.Expected(name);

        var result = SpcCli.Run(ReferenceCases.CliArguments(name, expected));

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Equal(string.Empty, result.Error);
        ContractAssert.Equal(expected, JsonDocument.Parse(result.Output).RootElement);
    }

    [Fact]
    public void Json_has_exactly_the_contract_fields_in_order()
    {
        var result = SpcCli.Run("spc", "--input", ReferenceCases.CsvPath("run_shift"), "--chart", "run");

        var root = JsonDocument.Parse(result.Output).RootElement;
        Assert.Equal(["points", "parts"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["x", "y", "cl", "lcl", "ucl", "sigmaSignal", "part", "include"], root.GetProperty("points")[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal(
            ["part", "nObs", "nUseful", "longestRun", "longestRunMax", "nCrossings", "nCrossingsMin", "runsSignal"],
            root.GetProperty("parts")[0].EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void Csv_output_has_a_row_per_point()
    {
        var expected = ReferenceCases.Expected("u_monthly_parts");
        var args = ReferenceCases.CliArguments("u_monthly_parts", expected).Concat(["--format", "csv"]).ToArray();

        var result = SpcCli.Run(args);

        var lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("x,y,cl,lcl,ucl,sigmaSignal,part,include", lines[0]);
        Assert.Equal(expected.GetProperty("points").GetArrayLength() + 1, lines.Length);
        Assert.StartsWith(expected.GetProperty("points")[0].GetProperty("x").GetString() + ",", lines[1]);
    }

    [Fact]
    public void Svg_output_is_written_to_the_output_file()
    {
        var path = Path.Combine(Path.GetTempPath(), $"spc-{Guid.NewGuid():N}.svg");
        try
        {
            var result = SpcCli.Run("spc", "--input", ReferenceCases.CsvPath("i_freeze"), "--chart", "i", "--freeze", "20", "--format", "svg", "--output", path);

            Assert.Equal(0, result.ExitCode);
            Assert.Equal(string.Empty, result.Output);
            var svg = File.ReadAllText(path);
            Assert.StartsWith("<svg", svg);
            Assert.Contains("role=\"img\"", svg);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("x,y\n1,4\n2,abc\n3,5\n", "i", "Row 3", "abc")]
    [InlineData("x,y\n1,4\n2,-1\n3,5\n", "c", "Row 3", "-1")]
    [InlineData("x,y,n\n1,4,10\n2,3,0\n3,5,10\n", "p", "Row 3", "n = 0")]
    [InlineData("x,y,n\n1,4,10\n2,3,10\n3,12,10\n", "p", "Row 4", "12")]
    [InlineData("x,y\n1,4\n", "i", "at least 2 points", "1")]
    [InlineData("x,y\n1,4\n2,5\n2,6\n", "t", "Row 4", "x = 2")]
    [InlineData("x,y\n1,4\n2,0\n3,6\n", "t", "Row 3", "y = 0")]
    public void Bad_input_is_refused_with_the_row_and_value_and_exit_code_2(string csv, string chart, string where, string value)
    {
        var path = Path.Combine(Path.GetTempPath(), $"spc-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, csv);
        try
        {
            var result = SpcCli.Run("spc", "--input", path, "--chart", chart);

            Assert.Equal(2, result.ExitCode);
            Assert.Equal(string.Empty, result.Output);
            Assert.Contains(where, result.Error);
            Assert.Contains(value, result.Error);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("--chart", "zz")]
    [InlineData("--multiply", "abc")]
    [InlineData("--freeze", "99")]
    [InlineData("--part", "1,x")]
    [InlineData("--exclude", "0")]
    public void Bad_options_are_refused_with_exit_code_2(string option, string value)
    {
        var args = new List<string> { "spc", "--input", ReferenceCases.CsvPath("c_basic"), "--chart", "c" };
        if (option == "--chart")
            args[4] = value;
        else
            args.AddRange([option, value]);

        var result = SpcCli.Run([.. args]);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Output);
        Assert.Contains(option.TrimStart('-'), result.Error);
        Assert.Contains(value, result.Error);
    }

    [Fact]
    public void A_missing_input_file_is_refused_with_exit_code_2()
    {
        var result = SpcCli.Run("spc", "--input", "/nonexistent/data.csv", "--chart", "run");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("/nonexistent/data.csv", result.Error);
    }
}
