using System.CommandLine;
using System.Globalization;
using LearningLoop.Analytics.RelationalCoordination;

namespace LearningLoop.Cli.Commands;

/// <summary>
/// <c>learningloop rc analyze --input FILE.csv [--min-cell N] [--format json]</c>: the analysis as JSON on stdout, in
/// the shape of the R reference; on invalid input every bad line on stderr, exit code 2 and nothing on stdout.
/// </summary>
internal static class RcAnalyzeCommand
{
    public static Command Create()
    {
        var input = new Option<FileInfo>("--input")
        {
            Description = "Long-format CSV: wave,respondent,workgroup,target,item,value (one row per answer).",
            Required = true,
        };
        var minCell = new Option<int>("--min-cell")
        {
            Description = "Minimum cell size: cells and workgroups with fewer ties/respondents are suppressed (at least 3).",
            DefaultValueFactory = _ => RcOptions.DefaultMinCellSize,
        };
        var format = new Option<string>("--format")
        {
            Description = "Output format.",
            DefaultValueFactory = _ => "json",
        };
        format.AcceptOnlyFromAmong("json");

        var command = new Command("analyze", "Analyse relational coordination answers and print the result as JSON.");
        command.Options.Add(input);
        command.Options.Add(minCell);
        command.Options.Add(format);
        command.SetAction(parseResult => Run(
            parseResult.GetRequiredValue(input),
            parseResult.GetValue(minCell),
            parseResult.InvocationConfiguration.Output,
            parseResult.InvocationConfiguration.Error));
        return command;
    }

    internal static int Run(FileInfo input, int minCellSize, TextWriter output, TextWriter error)
    {
        if (minCellSize < RcOptions.LowestAllowedMinCellSize)
        {
            error.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"--min-cell {minCellSize} is too small: the minimum cell size must be at least {RcOptions.LowestAllowedMinCellSize}, so that no small group can be re-identified."));
            return CliExit.InvalidInput;
        }

        if (!input.Exists)
        {
            error.WriteLine($"Input file not found: {input.FullName}");
            return CliExit.InvalidInput;
        }

        var options = new RcOptions { MinCellSize = minCellSize };
        RcAnalysisOutcome outcome;
        using (var stream = new FileStream(input.FullName, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan))
        {
            outcome = RelationalCoordinationAnalyser.AnalyseCsv(stream, options);
        }

        if (outcome.Analysis is null)
        {
            RcErrorReport.Write(outcome, input.Name, error);
            return CliExit.InvalidInput;
        }

        RcJsonWriter.Write(outcome.Analysis, output);
        return CliExit.Ok;
    }
}
