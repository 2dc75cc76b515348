using System.Globalization;

namespace LearningLoop.Web.Features.Measures;

/// <summary>Numbers as pages show them: invariant culture, shortest form that reads back the same.</summary>
public static class MeasureValueText
{
    public static string Number(double? value) => value is { } v ? v.ToString("R", CultureInfo.InvariantCulture) : "";

    /// <summary>About four significant digits, for people.</summary>
    public static string Rounded(double? value) => value switch
    {
        null => "–",
        { } v when Math.Abs(v) >= 1000 => v.ToString("#,##0", CultureInfo.InvariantCulture),
        { } v when Math.Abs(v) >= 100 => v.ToString("0.#", CultureInfo.InvariantCulture),
        { } v when Math.Abs(v) >= 1 => v.ToString("0.##", CultureInfo.InvariantCulture),
        { } v => v.ToString("0.###", CultureInfo.InvariantCulture),
    };
}
