using System.CommandLine;
using System.Globalization;
using LearningLoop.Analytics.Spc;
using LearningLoop.Charts.Spc;

namespace LearningLoop.Cli.Commands;

/// <summary>
/// <c>learningloop spc</c>: a run or control chart from a CSV file, as the contract JSON (default), CSV or SVG.
/// <c>--rules anhoj</c> (the default) is qicharts2; <c>--rules mdc</c> is Making Data Count as NHSRplotthedots computes it
/// (<see cref="MdcSpcRequest"/>). Bad input: a message naming the row and value on standard error, exit code 2, nothing
/// on standard output.
/// </summary>
internal static class SpcCommand
{
    public static Command Create()
    {
        var input = new Option<string>("--input") { Description = "CSV file with columns x, y and optionally n (denominator).", Required = true };
        var rules = new Option<string>("--rules") { Description = "Rule set: anhoj (qicharts2, default) or mdc (Making Data Count, NHSRplotthedots).", DefaultValueFactory = _ => "anhoj" };
        var chart = new Option<string?>("--chart") { Description = $"Chart type (anhoj rules, required): {string.Join(", ", SpcChartTypes.Names)}." };
        var multiply = new Option<string?>("--multiply") { Description = "Multiply y, centre and limits by K (e.g. 100 for percent)." };
        var freeze = new Option<string?>("--freeze") { Description = "Last point (1-based) of the baseline used for centre and limits." };
        var part = new Option<string?>("--part") { Description = "Split the chart after these points, e.g. 12,24." };
        var exclude = new Option<string?>("--exclude") { Description = "Points to draw but leave out of the calculations, e.g. 7,9." };
        var format = new Option<string>("--format") { Description = "Output format: json (default), csv or svg.", DefaultValueFactory = _ => "json" };
        var output = new Option<string?>("--output") { Description = "Write to this file instead of standard output." };
        var title = new Option<string?>("--title") { Description = "Chart title (svg)." };
        var mdc = new MdcSpcOptions();

        var command = new Command("spc", "Run and control charts (qicharts2-compatible) from a CSV file.")
        {
            input, rules, chart, multiply, freeze, part, exclude, format, output, title,
            mdc.Direction, mdc.Target, mdc.Rebase, mdc.FixAfter, mdc.NoScreenOutliers,
        };
        command.SetAction(parseResult =>
        {
            var stdout = parseResult.InvocationConfiguration.Output;
            var stderr = parseResult.InvocationConfiguration.Error;
            try
            {
                var ruleSet = RuleSet(parseResult.GetValue(rules));
                var formatText = parseResult.GetValue(format) ?? "json";
                string text;
                if (ruleSet == SpcRuleSet.MakingDataCount)
                {
                    RefuseOptionsOfTheOtherRuleSet(parseResult, "mdc", chart, multiply, freeze, part, exclude);
                    text = mdc.Request(parseResult, parseResult.GetValue(input)!, formatText, parseResult.GetValue(title)).Render();
                }
                else
                {
                    RefuseOptionsOfTheOtherRuleSet(parseResult, "anhoj", mdc.Direction, mdc.Target, mdc.Rebase, mdc.FixAfter, mdc.NoScreenOutliers);
                    text = new SpcRequest(
                        parseResult.GetValue(input)!,
                        parseResult.GetValue(chart) ?? throw new SpcInputException("Option '--chart' is required.", null, "chart", null),
                        parseResult.GetValue(multiply),
                        parseResult.GetValue(freeze),
                        parseResult.GetValue(part),
                        parseResult.GetValue(exclude),
                        formatText,
                        parseResult.GetValue(title)).Render();
                }

                var path = parseResult.GetValue(output);
                if (string.IsNullOrEmpty(path))
                    stdout.Write(text);
                else
                    File.WriteAllText(path, text);
                return CliExit.Ok;
            }
            catch (SpcInputException e)
            {
                stderr.WriteLine(e.Message);
                return CliExit.InvalidInput;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine(e.Message);
                return CliExit.InvalidInput;
            }
        });
        return command;
    }

    private static SpcRuleSet RuleSet(string? text) =>
        SpcRuleSets.TryParse(text, out var rules)
            ? rules
            : throw new SpcInputException($"Option rules = {text} is not a rule set; use anhoj or mdc.", null, "rules", text);

    /// <summary>An option the chosen rule set does not read is refused rather than silently ignored.</summary>
    private static void RefuseOptionsOfTheOtherRuleSet(ParseResult parseResult, string rules, params Option[] options)
    {
        foreach (var option in options)
        {
            if (parseResult.GetResult(option) is { Implicit: false })
                throw new SpcInputException($"Option {option.Name} does not apply to --rules {rules}.", null, option.Name.TrimStart('-'), rules);
        }
    }

    /// <summary>The command's arguments as given, turned into a chart in the requested format.</summary>
    private sealed record SpcRequest(
        string Input, string Chart, string? Multiply, string? Freeze, string? Part, string? Exclude, string Format, string? Title)
    {
        public string Render()
        {
            if (!SpcChartTypes.TryParse(Chart, out var chartType))
                throw new SpcInputException($"Option chart = {Chart} is not a chart type; use one of {string.Join(", ", SpcChartTypes.Names)}.", null, "chart", Chart);
            var format = Format.Trim().ToLowerInvariant();
            if (format is not ("json" or "csv" or "svg"))
                throw new SpcInputException($"Option format = {Format} is not json, csv or svg.", null, "format", Format);

            var options = new SpcOptions(
                chartType,
                Multiply is null ? 1 : SpcOptionText.Number(Multiply, "multiply"),
                Freeze is null ? null : SpcOptionText.Index(Freeze, "freeze"),
                SpcOptionText.Indexes(Part, "part"),
                SpcOptionText.Indexes(Exclude, "exclude"));

            List<SpcObservation> rows;
            using (var reader = SpcInputFile.Open(Input))
                rows = SpcCsvReader.Read(reader);
            var result = SpcEngine.Analyse(rows, options);
            return format switch
            {
                "csv" => SpcCsvWriter.Write(result),
                "svg" => SpcChartSvg.Render(result, new SpcSvgOptions { Title = Title ?? $"{chartType.Title()}: {Path.GetFileNameWithoutExtension(Input)}" }),
                _ => SpcContractJson.Write(result) + Environment.NewLine,
            };
        }
    }
}
