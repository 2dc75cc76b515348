using System.Text.Json;
using LearningLoop.Analytics.RelationalCoordination;

namespace LearningLoop.Analytics.Tests.RelationalCoordination;

/// <summary>Every reference case analysed three ways (streamed CSV, in memory, CLI JSON) must match R.</summary>
public sealed class ReferenceCaseTests
{
    [Theory]
    [MemberData(nameof(ReferenceCases.All), MemberType = typeof(ReferenceCases))]
    public void Streamed_csv_matches_R(string name, int minCell)
    {
        using var expected = ReferenceCases.Expected(name);
        ReferenceAssert.Matches(expected.RootElement, ReferenceCases.AnalyseCsv(name, minCell));
    }

    [Theory]
    [MemberData(nameof(ReferenceCases.All), MemberType = typeof(ReferenceCases))]
    public void In_memory_analysis_matches_R(string name, int minCell)
    {
        using var expected = ReferenceCases.Expected(name);
        var outcome = RelationalCoordinationAnalyser.Analyse(ReferenceCases.ReadAnswers(name), new RcOptions { MinCellSize = minCell });
        Assert.True(outcome.Succeeded);
        ReferenceAssert.Matches(expected.RootElement, outcome.Analysis!);
    }

    [Theory]
    [MemberData(nameof(ReferenceCases.All), MemberType = typeof(ReferenceCases))]
    public void Cli_json_has_the_reference_shape_and_values(string name, int minCell)
    {
        var (exit, output, error) = CliRunner.Run(
            "rc", "analyze", "--input", ReferenceCases.Path(name + ".csv"), "--min-cell", minCell.ToString(System.Globalization.CultureInfo.InvariantCulture), "--format", "json");

        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, error);
        using var expected = ReferenceCases.Expected(name);
        using var actual = JsonDocument.Parse(output);
        ReferenceAssert.JsonMatches(expected.RootElement, actual.RootElement);
    }

    [Fact]
    public void Sample_has_suppressed_cells_and_profiles_so_the_null_checks_bite()
    {
        using var expected = ReferenceCases.Expected("sample_rc");
        var waves = expected.RootElement.GetProperty("waves").EnumerateArray().ToList();
        Assert.Contains(waves, w => w.GetProperty("cells").EnumerateArray().Any(c => c.GetProperty("suppressed").GetBoolean()));
        Assert.Contains(waves, w => w.GetProperty("workgroups").EnumerateArray().Any(c => c.GetProperty("suppressed").GetBoolean()));
        Assert.Contains(waves, w => w.GetProperty("cells").EnumerateArray()
            .Any(c => !c.GetProperty("suppressed").GetBoolean() && c.GetProperty("rwg").ValueKind == JsonValueKind.Null));
    }

    [Fact]
    public void Scattered_rows_take_the_regrouping_path()
    {
        var answers = ReferenceCases.ReadAnswers("extra_shuffled_missing");
        var accumulator = new RelationalCoordinationAccumulator();
        foreach (var answer in answers)
        {
            accumulator.Add(answer);
        }

        Assert.True(accumulator.RespondentRowsInterleaved);
    }
}
