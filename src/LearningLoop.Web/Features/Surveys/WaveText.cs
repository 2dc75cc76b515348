using System.Globalization;
using LearningLoop.Core.Surveys;

namespace LearningLoop.Web.Features.Surveys;

/// <summary>How the admin pages word a wave's state and its suppressed counts.</summary>
public static class WaveText
{
    public static string State(WaveState state) => state switch
    {
        WaveState.NotYetOpen => "not yet open",
        WaveState.Open => "open",
        _ => "closed",
    };

    /// <summary>A count, or "fewer than N" when it is below the minimum cell size.</summary>
    public static string Count(int count, int minCell) =>
        count >= minCell ? count.ToString(CultureInfo.InvariantCulture) : string.Create(CultureInfo.InvariantCulture, $"fewer than {minCell}");

    public static string Count(int? count, int minCell) => count is { } c ? Count(c, minCell) : string.Create(CultureInfo.InvariantCulture, $"fewer than {minCell}");

    /// <summary>A disclosed response count: the number, "fewer than N" for a small group, or "not shown" for a count
    /// withheld only so that a small one cannot be worked out (<see cref="Disclosure.Partitions"/>).</summary>
    public static string Responses(ResponseRates.Rate rate, int minCell)
    {
        ArgumentNullException.ThrowIfNull(rate);
        return rate.Responses is { } n ? Count(n, minCell) : rate.FewerThanMinimum ? Count(null, minCell) : "not shown";
    }

    public static string Percent(double? share) => share is { } s ? s.ToString("0%", CultureInfo.InvariantCulture) : "–";

    public static string Date(DateOnly date) => date.ToString("d MMM yyyy", CultureInfo.InvariantCulture);
}
