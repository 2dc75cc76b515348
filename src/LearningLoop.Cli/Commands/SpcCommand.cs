using System.CommandLine;
using System.Globalization;
using LearningLoop.Analytics.Spc;

namespace LearningLoop.Cli.Commands;

/// <summary>
/// <c>learningloop spc</c>: a run or control chart from a CSV file, as the contract JSON (default), CSV or SVG.
/// Bad input: a message naming the row and value on standard error, exit code 2, nothing on standard output.
/// </summary>
internal static class SpcCommand
{
    public static Command Create()
    {
        var input = new Option<string>("--input") { Description = "CSV file with columns x, y and optionally n (denominator).", Required = true };
        var chart = new Option<string>("--chart") { Description = $"Chart type: {string.Join(", ", SpcChartTypes.Names)}.", Required = true };
        var multiply = new Option<string?>("--multiply") { Description = "Multiply y, centre and limits by K (e.g. 100 for percent)." };
        var freeze = new Option<string?>("--freeze") { Description = "Last point (1-based) of the baseline used for centre and limits." };
        var part = new Option<string?>("--part") { Description = "Split the chart after these points, e.g. 12,24." };
        var exclude = new Option<string?>("--exclude") { Description = "Points to draw but leave out of the calculations, e.g. 7,9." };
        var format = new Option<string>("--format") { Description = "Output format: json (default), csv or svg.", DefaultValueFactory = _ => "json" };
        var output = new Option<string?>("--output") { Description = "Write to this file instead of standard output." };
        var title = new Option<string?>("--title") { Description = "Chart title (svg)." };

        var command = new Command("spc", "Run and control charts (qicharts2-compatible) from a CSV file.")
        {
            input, chart, multiply, freeze, part, exclude, format, output, title,
        };
        command.SetAction(parseResult =>
        {
            var stdout = parseResult.InvocationConfiguration.Output;
            var stderr = parseResult.InvocationConfiguration.Error;
            try
            {
                var request = new SpcRequest(
                    parseResult.GetValue(input)!,
                    parseResult.GetValue(chart)!,
                    parseResult.GetValue(multiply),
                    parseResult.GetValue(freeze),
                    parseResult.GetValue(part),
                    parseResult.GetValue(exclude),
                    parseResult.GetValue(format) ?? "json",
                    parseResult.GetValue(title));
                var text = request.Render();
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
            using (var reader = OpenInput(Input))
                rows = SpcCsvReader.Read(reader);
            var result = SpcEngine.Analyse(rows, options);
            return format switch
            {
                "csv" => SpcCsvWriter.Write(result),
                "svg" => SpcChartSvg.Render(result, new SpcSvgOptions { Title = Title ?? $"{chartType.Title()}: {Path.GetFileNameWithoutExtension(Input)}" }),
                _ => SpcContractJson.Write(result) + Environment.NewLine,
            };
        }

        private static StreamReader OpenInput(string path)
        {
            if (!File.Exists(path))
                throw new SpcInputException($"Input file {path} does not exist.", null, "input", path);
            return new StreamReader(path);
        }
    }
}
