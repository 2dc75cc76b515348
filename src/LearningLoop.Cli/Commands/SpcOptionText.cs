using System.Globalization;
using LearningLoop.Analytics.Spc;

namespace LearningLoop.Cli.Commands;

/// <summary>Parses the spc command's numeric options (invariant culture), naming the option and value on failure.</summary>
internal static class SpcOptionText
{
    public static double Number(string text, string option) =>
        double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
            ? value
            : throw Invalid(option, text, "is not a number");

    public static int Index(string text, string option) =>
        int.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw Invalid(option, text, "is not a whole number");

    /// <summary>A comma-separated list of 1-based point indexes ("12,24"); empty when not given.</summary>
    public static int[] Indexes(string? text, string option)
    {
        if (string.IsNullOrWhiteSpace(text))
            return [];
        var pieces = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var indexes = new int[pieces.Length];
        for (var k = 0; k < pieces.Length; k++)
        {
            if (!int.TryParse(pieces[k], NumberStyles.Integer, CultureInfo.InvariantCulture, out indexes[k]))
                throw Invalid(option, text, $"is not a comma-separated list of point numbers (\"{pieces[k]}\")");
        }

        return indexes;
    }

    private static SpcInputException Invalid(string option, string text, string problem) =>
        new($"Option {option} = {text} {problem}.", null, option, text);
}
