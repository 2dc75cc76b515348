using LearningLoop.Analytics.RelationalCoordination;

namespace LearningLoop.Analytics.Tests.RelationalCoordination;

/// <summary>
/// Inputs with the analysis R computed for them (Reference/rc/analyse.R): the shared sample, and extra cases generated
/// with the benchmark generator then analysed by R (scattered rows with missing answers and a workgroup that is never
/// rated; a wave with few respondents; numeric wave labels with minimum cell size 3; item rows left out, ties with no answer, a workgroup that
/// answers but is never rated and a target missing from one wave).
/// </summary>
public static class ReferenceCases
{
    public static TheoryData<string, int> All => new()
    {
        { "sample_rc", 5 },
        { "extra_shuffled_missing", 5 },
        { "extra_few_respondents", 5 },
        { "extra_min_cell_3_numeric_waves", 3 },
        { "extra_absent_rows_unrated_groups", 3 },
    };

    public static string Path(string fileName) => System.IO.Path.Combine(AppContext.BaseDirectory, "Reference", "rc", fileName);

    public static FileStream OpenCsv(string name) => File.OpenRead(Path(name + ".csv"));

    public static System.Text.Json.JsonDocument Expected(string name) =>
        System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path(name + ".json")));

    public static RelationalCoordinationAnalysis AnalyseCsv(string name, int minCell)
    {
        using var csv = OpenCsv(name);
        var outcome = RelationalCoordinationAnalyser.AnalyseCsv(csv, new RcOptions { MinCellSize = minCell });
        Assert.Empty(outcome.Errors);
        return outcome.Analysis!;
    }

    public static List<RcAnswer> ReadAnswers(string name)
    {
        using var csv = OpenCsv(name);
        var (answers, errors) = RcCsvReader.ReadAll(csv);
        Assert.Empty(errors);
        return answers;
    }
}
