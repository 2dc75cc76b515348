using System.CommandLine;

namespace LearningLoop.Cli.Commands;

/// <summary><c>learningloop rc</c>: relational coordination surveys (docs/relational-coordination.md).</summary>
internal static class RcCommand
{
    public static Command Create()
    {
        var rc = new Command("rc", "Relational coordination: analyse long-format survey answers, or write a blank input file.");
        rc.Subcommands.Add(RcAnalyzeCommand.Create());
        rc.Subcommands.Add(RcTemplateCommand.Create());
        return rc;
    }
}
