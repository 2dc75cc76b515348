using System.Globalization;

namespace LearningLoop.Analytics.Spc;

/// <summary>A value written for people: about four significant digits, invariant culture. The signal explanations
/// and the charts (LearningLoop.Charts) write numbers the same way.</summary>
public static class ReadableNumber
{
    public static string Format(double value)
    {
        var abs = Math.Abs(value);
        var format = abs >= 1000 ? "#,##0" : abs >= 100 ? "0.#" : abs >= 1 ? "0.##" : abs >= 0.01 ? "0.###" : "0.#####";
        return value.ToString(format, CultureInfo.InvariantCulture);
    }

    public static string Format(double? value) => value is { } v ? Format(v) : "none";
}
