using System.CommandLine;
using System.Globalization;
using LearningLoop.Analytics.RelationalCoordination;

namespace LearningLoop.Cli.Commands;

/// <summary>
/// <c>learningloop rc template [--output FILE] [--workgroups a,b,c]</c>: a blank long-format input file, the header and
/// the grid one respondent (of the first workgroup) fills in: every workgroup as target times the seven items, value
/// empty. Copy the block per respondent, change respondent and workgroup, and fill in the values 1..5.
/// </summary>
internal static class RcTemplateCommand
{
    internal static readonly string[] DefaultWorkgroups = ["physician", "nurse", "pharmacist", "case_manager"];

    public static Command Create()
    {
        var output = new Option<FileInfo?>("--output") { Description = "File to write (default: standard output)." };
        var workgroups = new Option<string?>("--workgroups")
        {
            Description = "Comma-separated workgroups taking part in the focal work process.",
        };
        var command = new Command("template", "Write a blank relational coordination input file (long format).");
        command.Options.Add(output);
        command.Options.Add(workgroups);
        command.SetAction(parseResult => Run(
            parseResult.GetValue(output),
            parseResult.GetValue(workgroups),
            parseResult.InvocationConfiguration.Output,
            parseResult.InvocationConfiguration.Error));
        return command;
    }

    internal static int Run(FileInfo? output, string? workgroupList, TextWriter standardOutput, TextWriter error)
    {
        var workgroups = workgroupList is null
            ? DefaultWorkgroups
            : workgroupList.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (workgroups.Length == 0 || workgroups.Distinct(StringComparer.Ordinal).Count() != workgroups.Length)
        {
            error.WriteLine("--workgroups needs at least one workgroup, each named once (for example: physician,nurse,pharmacist).");
            return CliExit.InvalidInput;
        }

        var wave = DateTime.UtcNow.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        if (output is null)
        {
            Write(standardOutput, wave, workgroups);
            return CliExit.Ok;
        }

        using (var writer = new StreamWriter(output.FullName))
        {
            Write(writer, wave, workgroups);
        }

        error.WriteLine($"Wrote {output.FullName}");
        return CliExit.Ok;
    }

    private static void Write(TextWriter writer, string wave, string[] workgroups)
    {
        writer.Write("wave,respondent,workgroup,target,item,value\n");
        foreach (var target in workgroups)
        {
            foreach (var item in RcItems.Keys)
            {
                writer.Write(string.Join(',', Field(wave), "respondent-001", Field(workgroups[0]), Field(target), item, string.Empty));
                writer.Write('\n');
            }
        }
    }

    // RFC 4180: a field with a comma, quote or line break is quoted, inner quotes doubled.
    private static string Field(string value) => value.AsSpan().IndexOfAny(",\"\r\n") < 0
        ? value
        : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
