using System.CommandLine;
using LearningLoop.Cli.Commands;

namespace LearningLoop.Analytics.Tests.Census;

/// <summary>Runs <c>learningloop census</c> in process, capturing standard output, error and the exit code.</summary>
public static class CensusCli
{
    public static (int Exit, string Out, string Error) Run(params string[] args)
    {
        var root = new RootCommand("test");
        root.Subcommands.Add(CensusCommand.Create());
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = root.Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (exit, output.ToString(), error.ToString());
    }

    public static string Reference(string file) => Path.Combine(AppContext.BaseDirectory, "Reference", "census", file);
}
