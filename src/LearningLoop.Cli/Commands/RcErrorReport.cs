using System.Globalization;
using LearningLoop.Analytics.RelationalCoordination;

namespace LearningLoop.Cli.Commands;

/// <summary>Lists every refused line of an input file, one per line, for the analyst to fix.</summary>
internal static class RcErrorReport
{
    public static void Write(RcAnalysisOutcome outcome, string fileName, TextWriter error)
    {
        long total = outcome.Errors.Count + outcome.UnlistedErrorCount;
        error.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{fileName}: {total} validation error{(total == 1 ? string.Empty : "s")}; nothing was analysed."));
        foreach (var e in outcome.Errors)
        {
            error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{fileName}:{e}"));
        }

        if (outcome.UnlistedErrorCount > 0)
        {
            error.WriteLine(string.Create(
                CultureInfo.InvariantCulture, $"... and {outcome.UnlistedErrorCount} more errors not listed."));
        }
    }
}
