using LearningLoop.Analytics.RelationalCoordination;

namespace LearningLoop.Analytics.Tests.RelationalCoordination;

public sealed class RcOptionsTests
{
    [Theory]
    [InlineData(2)]
    [InlineData(0)]
    [InlineData(-5)]
    public void Minimum_cell_size_below_3_is_refused_with_a_reason(int minCell)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new RcOptions { MinCellSize = minCell });
        Assert.Contains("at least 3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Minimum_cell_size_3_is_allowed_and_5_is_the_default()
    {
        Assert.Equal(3, new RcOptions { MinCellSize = 3 }.MinCellSize);
        Assert.Equal(RcOptions.DefaultMinCellSize, RcOptions.Default.MinCellSize);
    }

    [Fact]
    public void Cli_refuses_min_cell_2_with_exit_2_and_no_output()
    {
        var (exit, output, error) = CliRunner.Run("rc", "analyze", "--input", ReferenceCases.Path("sample_rc.csv"), "--min-cell", "2");
        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, output);
        Assert.Contains("at least 3", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Cli_refuses_a_missing_file_and_an_unknown_format()
    {
        Assert.Equal(2, CliRunner.Run("rc", "analyze", "--input", "/no/such/file.csv").Exit);
        Assert.NotEqual(0, CliRunner.Run("rc", "analyze", "--input", ReferenceCases.Path("sample_rc.csv"), "--format", "xml").Exit);
    }
}
