using System.Globalization;
using LearningLoop.Analytics.Input;

namespace LearningLoop.Analytics.Spc;

/// <summary>
/// Turns the text of one CSV row into an <see cref="SpcObservation"/>, refusing what is not a number.
/// Empty and "NA" fields are missing values, as R reads them.
/// </summary>
public static class SpcObservationParser
{
    public static SpcObservation Parse(string x, string? y, string? n, int row) =>
        new(x.Trim(), ParseNumber(y, "y", row), n is null ? null : ParseNumber(n, "n", row), row);

    /// <summary>A finite number in invariant culture, null for a missing value; otherwise an <see cref="SpcInputException"/>.</summary>
    public static double? ParseNumber(string? text, string field, int row)
    {
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed) || trimmed == "NA")
            return null;
        if (double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value))
            return value;
        throw new SpcInputException(
            $"Row {row}: {field} = \"{InputEcho.Prefix(trimmed)}\" is not a number.", row, field, trimmed);
    }
}
