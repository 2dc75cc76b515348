namespace LearningLoop.Analytics.Census;

/// <summary>How to take the midnight census (docs/safety.md).</summary>
/// <param name="TimeZone">The organisation's time zone: midnight is 00:00 local time. Default UTC.</param>
/// <param name="Until">Open encounters (no period.end) count every midnight up to and including the one that ends
/// this day; without it they are skipped lines.</param>
public sealed record CensusOptions(TimeZoneInfo? TimeZone = null, DateOnly? Until = null)
{
    public TimeZoneInfo TimeZone { get; init; } = TimeZone ?? TimeZoneInfo.Utc;

    /// <summary>Looks up an IANA zone name (e.g. America/Toronto); null when the system does not know it.</summary>
    public static TimeZoneInfo? FindTimeZone(string ianaName)
    {
        ArgumentNullException.ThrowIfNull(ianaName);
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(ianaName.Trim());
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException or ArgumentException)
        {
            return null;
        }
    }
}
