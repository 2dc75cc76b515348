using System.CommandLine;
using LearningLoop.Analytics.Spc;
using LearningLoop.Charts.Spc;

namespace LearningLoop.Cli.Commands;

/// <summary>The options of <c>learningloop spc --rules mdc</c>: those of NHSRplotthedots' <c>ptd_spc()</c>.</summary>
internal sealed class MdcSpcOptions
{
    public Option<string?> Direction { get; } = new("--direction") { Description = "Making Data Count: which way is better, increase, decrease or neutral." };
    public Option<string?> Target { get; } = new("--target") { Description = "Making Data Count: the target, for the assurance icon." };
    public Option<string?> Rebase { get; } = new("--rebase") { Description = "Making Data Count: dates where the calculation restarts, e.g. 2024-04-01,2024-10-01." };
    public Option<string?> FixAfter { get; } = new("--fix-after") { Description = "Making Data Count: fix the limits after the first N points (N >= 12)." };
    public Option<bool> NoScreenOutliers { get; } = new("--no-screen-outliers") { Description = "Making Data Count: keep large moving ranges in the limits." };

    public MdcSpcRequest Request(ParseResult parse, string input, string format, string? title) => new(
        input, parse.GetValue(Direction), parse.GetValue(Target), parse.GetValue(Rebase), parse.GetValue(FixAfter),
        !parse.GetValue(NoScreenOutliers), format, title);
}

/// <summary>A Making Data Count chart of an x,y file (ISO dates): the contract JSON of docs/spc.md, one CSV row per point,
/// or the chart as SVG with its dots coloured by type.</summary>
internal sealed record MdcSpcRequest(
    string Input, string? Direction, string? Target, string? Rebase, string? FixAfter, bool Screen, string Format, string? Title)
{
    /// <summary>NHSRplotthedots refuses to fix limits on fewer points (<c>ptd_spc_options</c>).</summary>
    private const int FewestFixedPoints = 12;

    public string Render()
    {
        var format = Format.Trim().ToLowerInvariant();
        if (format is not ("json" or "csv" or "svg"))
            throw new SpcInputException($"Option format = {Format} is not json, csv or svg.", null, "format", Format);
        var options = new MdcOptions(ParseDirection(), Target is null ? null : SpcOptionText.Number(Target, "target"), RebaseDates(), FixAfterPoints(), Screen);

        List<SpcObservation> rows;
        using (var reader = SpcInputFile.Open(Input))
            rows = SpcCsvReader.Read(reader);
        var chart = MdcRules.Analyse(MdcObservations.From(rows), options);
        return format switch
        {
            "csv" => MdcCsvWriter.Write(chart),
            "svg" => SpcChartSvg.Render(
                MdcChartView.AsSpcChart(chart, [.. chart.Points.Select(p => p.XText)]),
                new SpcSvgOptions { Title = Title ?? $"Making Data Count: {Path.GetFileNameWithoutExtension(Input)}", Target = options.Target }),
            _ => MdcContractJson.Write(chart) + Environment.NewLine,
        };
    }

    private ImprovementDirection ParseDirection() => Direction?.Trim().ToLowerInvariant() switch
    {
        "increase" => ImprovementDirection.Up,
        "decrease" => ImprovementDirection.Down,
        "neutral" => ImprovementDirection.Neither,
        null => throw new SpcInputException("Option '--direction' is required with --rules mdc: increase, decrease or neutral.", null, "direction", null),
        _ => throw new SpcInputException($"Option direction = {Direction} is not increase, decrease or neutral.", null, "direction", Direction),
    };

    private DateOnly[] RebaseDates()
    {
        if (string.IsNullOrWhiteSpace(Rebase))
            return [];
        var pieces = Rebase.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return [.. pieces.Select(p => DateOnly.TryParseExact(p, "yyyy-MM-dd", out var d)
            ? d
            : throw new SpcInputException($"Option rebase = {Rebase} is not a comma-separated list of ISO dates (\"{p}\").", null, "rebase", Rebase))];
    }

    private int? FixAfterPoints()
    {
        if (FixAfter is null)
            return null;
        var n = SpcOptionText.Index(FixAfter, "fix-after");
        return n >= FewestFixedPoints
            ? n
            : throw new SpcInputException($"Option fix-after = {FixAfter} must be at least {FewestFixedPoints}, as in NHSRplotthedots.", null, "fix-after", FixAfter);
    }
}
