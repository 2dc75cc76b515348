using System.Globalization;

namespace LearningLoop.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project bench/LearningLoop.Benchmarks -- rc-generate --respondents 100000 --workgroups 12
/// --waves 2025-03,2025-09 --output rc.csv [--missing 0.03] [--partial 0.02] [--shuffle] [--seed N]</c>:
/// writes a synthetic relational coordination input (respondents per wave).
/// </summary>
public static class RcGenerateCommand
{
    public const string Name = "rc-generate";

    public static int Run(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int i = 0; i < args.Length; i++)
        {
            bool flag = args[i] == "--shuffle";
            options[args[i]] = flag ? "true" : i + 1 < args.Length ? args[++i] : string.Empty;
        }

        if (!options.TryGetValue("--output", out var output))
        {
            Console.Error.WriteLine("usage: rc-generate --respondents N --workgroups W --waves a,b --output FILE [--missing p] [--partial p] [--shuffle] [--seed N]");
            return 2;
        }

        var survey = new RcSyntheticSurvey(
            int.Parse(options.GetValueOrDefault("--respondents", "1000"), CultureInfo.InvariantCulture),
            int.Parse(options.GetValueOrDefault("--workgroups", "12"), CultureInfo.InvariantCulture),
            options.GetValueOrDefault("--waves", "2025-03,2025-09").Split(','),
            double.Parse(options.GetValueOrDefault("--missing", "0.03"), CultureInfo.InvariantCulture),
            double.Parse(options.GetValueOrDefault("--partial", "0.02"), CultureInfo.InvariantCulture),
            options.ContainsKey("--shuffle"),
            int.Parse(options.GetValueOrDefault("--seed", "20250301"), CultureInfo.InvariantCulture));
        using var file = File.Create(output);
        survey.WriteCsv(file);
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Wrote {survey.AnswerCount} answers to {output}"));
        return 0;
    }
}
