namespace LearningLoop.Analytics.Tests.Spc;

/// <summary><c>learningloop spc --format csv</c> copies x labels from the analyst's file into a CSV that spreadsheets
/// open: a label that starts like a formula is written as text (a leading quote), a negative number stays a number.</summary>
public sealed class SpcCsvFormulaTests : IDisposable
{
    private readonly string _input = Path.Combine(Path.GetTempPath(), $"learningloop-spc-{Guid.NewGuid():N}.csv");

    [Fact]
    public void Labels_that_start_like_formulas_are_neutralised_and_negative_numbers_are_left_alone()
    {
        File.WriteAllText(_input, "x,y\n=HYPERLINK(\"http://x\"),1\n@SUM(A1),2\n+1+1,3\n-2,4\n-cmd|' /C calc'!A0,5\nplain,7\n");
        var result = SpcCli.Run("spc", "--input", _input, "--chart", "run", "--format", "csv");
        Assert.Equal(0, result.ExitCode);
        var x = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(Cell).ToList();
        Assert.Equal(["'=HYPERLINK(\"http://x\")", "'@SUM(A1)", "'+1+1", "-2", "'-cmd|' /C calc'!A0", "plain"], x);
    }

    /// <summary>The first field of a CSV line, unquoted.</summary>
    private static string Cell(string line)
    {
        if (!line.StartsWith('"')) return line.Split(',')[0];
        var end = 1;
        while (end < line.Length && !(line[end] == '"' && (end + 1 == line.Length || line[end + 1] != '"'))) end += line[end] == '"' ? 2 : 1;
        return line[1..end].Replace("\"\"", "\"", StringComparison.Ordinal);
    }

    public void Dispose()
    {
        File.Delete(_input);
    }
}
