namespace LearningLoop.Analytics.Tests.Census;

/// <summary>Options and files the census command refuses: a message on standard error, exit code 2, no output.</summary>
public sealed class CensusCliTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("learningloop-census-");

    public void Dispose() => _dir.Delete(recursive: true);

    private string File(string name, string text)
    {
        var path = Path.Combine(_dir.FullName, name);
        System.IO.File.WriteAllText(path, text);
        return path;
    }

    private (int Exit, string Out, string Error) Census(string locationsCsv, params string[] extra) =>
        CensusCli.Run(["census", "--input", CensusCli.Reference("encounters.ndjson"), "--locations", File("map.csv", locationsCsv), .. extra]);

    [Theory]
    [InlineData("--time-zone", "Mars/Olympus", "--time-zone Mars/Olympus")]
    [InlineData("--until", "31/03/2025", "--until 31/03/2025")]
    [InlineData("--format", "xml", "--format xml")]
    public void A_bad_option_is_named(string option, string value, string message)
    {
        var (exit, output, error) = Census("location,unit\nLocation/w4,4 West\n", option, value);

        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, output);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_input_file_is_named()
    {
        var missing = Path.Combine(_dir.FullName, "nope.ndjson");

        var (exit, output, error) = CensusCli.Run("census", "--input", missing, "--locations", File("map.csv", "location,unit\n"));

        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, output);
        Assert.Contains(missing, error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_location_map_without_the_unit_column_is_refused()
    {
        var (exit, output, error) = Census("location,ward\nLocation/w4,4 West\n");

        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, output);
        Assert.Contains("line 1, column 'unit'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_rows_of_the_location_map_are_named_by_line()
    {
        var (exit, _, error) = Census("location,unit\nLocation/w4,4 West\nLocation/w5,\nLocation/w4,5 West\n");

        Assert.Equal(2, exit);
        Assert.Contains("line 3, column 'unit'", error, StringComparison.Ordinal);
        Assert.Contains("line 4, column 'location'", error, StringComparison.Ordinal);
        Assert.Contains("already mapped to unit 4 West on line 2", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_encounters_are_skipped_lines_without_until_and_the_default_zone_is_utc()
    {
        var (exit, output, error) = Census("location,unit\nLocation/w4,4 West\n");

        Assert.True(exit == 0, error);
        Assert.Contains("no --until", output, StringComparison.Ordinal);
    }
}
