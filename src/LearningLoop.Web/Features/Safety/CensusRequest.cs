using System.Globalization;
using LearningLoop.Analytics.Census;

namespace LearningLoop.Web.Features.Safety;

/// <summary>The census options a page or request gives as text: <c>until</c> (an ISO date) and <c>timeZone</c> (an IANA
/// name, default UTC), checked with a message per field.</summary>
public static class CensusRequest
{
    public static (CensusOptions? Options, Dictionary<string, string[]> Errors) Options(string? until, string? timeZone)
    {
        var errors = new Dictionary<string, string[]>();
        DateOnly? end = null;
        if (!string.IsNullOrWhiteSpace(until))
        {
            if (DateOnly.TryParseExact(until.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)) end = parsed;
            else errors["until"] = [$"'{until}' is not a date written as YYYY-MM-DD."];
        }
        var zone = TimeZoneInfo.Utc;
        if (!string.IsNullOrWhiteSpace(timeZone))
        {
            if (CensusOptions.FindTimeZone(timeZone.Trim()) is { } found) zone = found;
            else errors["timeZone"] = [$"'{timeZone}' is not an IANA time zone name (e.g. America/Toronto)."];
        }
        return errors.Count > 0 ? (null, errors) : (new CensusOptions(zone, end), errors);
    }
}
