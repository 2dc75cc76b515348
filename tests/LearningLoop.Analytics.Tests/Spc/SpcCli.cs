using System.CommandLine;
using LearningLoop.Cli.Commands;

namespace LearningLoop.Analytics.Tests.Spc;

/// <summary>Runs <c>learningloop spc</c> in-process with captured standard output and error.</summary>
public static class SpcCli
{
    public sealed record Result(int ExitCode, string Output, string Error);

    public static Result Run(params string[] args)
    {
        var root = new RootCommand("test root");
        root.Subcommands.Add(SpcCommand.Create());
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = root.Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return new Result(exit, output.ToString(), error.ToString());
    }
}
