using System.Text;
using LearningLoop.Analytics.RelationalCoordination;

namespace LearningLoop.Analytics.Tests.RelationalCoordination;

/// <summary>Small CSV inputs written inline: one string per line, header first.</summary>
public static class Csv
{
    public const string Header = "wave,respondent,workgroup,target,item,value";

    public static MemoryStream Stream(params string[] lines) => new(Encoding.UTF8.GetBytes(string.Join("\n", lines) + "\n"));

    public static RcAnalysisOutcome Analyse(params string[] lines)
    {
        using var stream = Stream(lines);
        return RelationalCoordinationAnalyser.AnalyseCsv(stream);
    }

    /// <summary>The seven answers of one respondent about one target, all with <paramref name="value"/>.</summary>
    public static IEnumerable<string> Tie(string wave, string respondent, string workgroup, string target, int value = 4) =>
        RcItems.Keys.Select(item => $"{wave},{respondent},{workgroup},{target},{item},{value}");
}
