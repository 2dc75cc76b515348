using System.Globalization;
using LearningLoop.Analytics.Capability;
using LearningLoop.Core.Capability;

namespace LearningLoop.Web.Features.Capability;

/// <summary>How capability figures are written and coloured on pages and charts.</summary>
public static class CapabilityText
{
    public static string Score(double? value) => value is { } v ? v.ToString("0.0", CultureInfo.InvariantCulture) : "–";

    public static string Signed(double value) => value.ToString("+0.0;−0.0;0.0", CultureInfo.InvariantCulture);

    public static string Domain(string key) => CapabilityFramework.Domain(key)?.Name ?? key;

    public static string Level(string? key) => key is null ? "All levels" : CapabilityFramework.Level(key)?.Name ?? key;

    public static string Status(CapabilityActionStatus status) => status switch
    {
        CapabilityActionStatus.InProgress => "In progress",
        _ => status.ToString(),
    };

    public static string Date(DateOnly? date) => date?.ToString("d MMM yyyy", CultureInfo.InvariantCulture) ?? "–";

    /// <summary>A sequential palette from weak (warm) to strong (cool) on the 1..5 scale, readable with dark text.</summary>
    public static string Fill(double mean) => mean switch
    {
        < 2.0 => "#f4a582",
        < 2.5 => "#fbd0b4",
        < 3.0 => "#fbe9d6",
        < 3.5 => "#e8eef2",
        < 4.0 => "#c6dbef",
        _ => "#92c5de",
    };

    /// <summary>Spread: the more respondents disagree (lower r_wg), the darker the purple.</summary>
    public static string SpreadFill(double? agreement) => agreement switch
    {
        null => "#eef0f2",
        < 0.3 => "#8c6bb1",
        < 0.5 => "#b3a2d3",
        < 0.7 => "#dcd3ec",
        _ => "#f3f0f9",
    };
}
