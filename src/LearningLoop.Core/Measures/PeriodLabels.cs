using System.Globalization;
using System.Text.RegularExpressions;

namespace LearningLoop.Core.Measures;

/// <summary>The engine sees each period as an ISO date (2024-03-01), which it needs to order points in time; people
/// read "2024-03" or "2024-W10". This rewrites the dates in the engine's sentences and in the SVG (axis ticks, point
/// titles) in one pass, rather than teaching the engine about periods.</summary>
public static partial class PeriodLabels
{
    [GeneratedRegex(@"\b(\d{4})-(\d{2})-(\d{2})\b", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDate();

    public static string Relabel(string text, MeasureFrequency frequency) => IsoDate().Replace(text, match =>
        DateOnly.TryParseExact(match.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? MeasurePeriods.Label(MeasurePeriods.Start(date, frequency), frequency)
            : match.Value);
}
