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

    /// <summary>The heat map's colour for a mean, for tables that echo it (one palette, in LearningLoop.Charts).</summary>
    public static string Fill(double mean) => Charts.Capability.CapabilityHeatMapSvg.Fill(mean);
}
