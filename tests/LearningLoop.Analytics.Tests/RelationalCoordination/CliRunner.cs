using System.CommandLine;
using LearningLoop.Cli.Commands;

namespace LearningLoop.Analytics.Tests.RelationalCoordination;

/// <summary>Runs <c>learningloop rc ...</c> in process, capturing stdout, stderr and the exit code.</summary>
public static class CliRunner
{
    public static (int Exit, string Out, string Error) Run(params string[] args)
    {
        var root = new RootCommand("test");
        root.Subcommands.Add(RcCommand.Create());
        var output = new StringWriter();
        var error = new StringWriter();
        int exit = root.Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (exit, output.ToString(), error.ToString());
    }
}
