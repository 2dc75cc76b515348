using System.Globalization;

namespace LearningLoop.Core.Measures;

/// <summary>Periods of a measure: a month is kept as its 1st day, a week as its Monday (ISO 8601 weeks), so that
/// "2024-03", "2024-03-17" and a spreadsheet date all land on the same period.</summary>
public static class MeasurePeriods
{
    public static DateOnly Start(DateOnly date, MeasureFrequency frequency) => frequency switch
    {
        MeasureFrequency.Month => new DateOnly(date.Year, date.Month, 1),
        _ => date.AddDays(-(((int)date.DayOfWeek + 6) % 7)),
    };

    /// <summary>The last day of the period that starts at <paramref name="start"/>.</summary>
    public static DateOnly End(DateOnly start, MeasureFrequency frequency) =>
        frequency == MeasureFrequency.Month ? start.AddMonths(1).AddDays(-1) : start.AddDays(6);

    public static DateOnly Next(DateOnly start, MeasureFrequency frequency) =>
        frequency == MeasureFrequency.Month ? start.AddMonths(1) : start.AddDays(7);

    /// <summary>How people write the period: "2024-03" for a month, "2024-W10" for a week.</summary>
    public static string Label(DateOnly start, MeasureFrequency frequency)
    {
        if (frequency == MeasureFrequency.Month)
        {
            return start.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        }
        var date = start.ToDateTime(TimeOnly.MinValue);
        return string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(date)}-W{ISOWeek.GetWeekOfYear(date):00}");
    }

    /// <summary>The x the SPC engine receives: an ISO date, so that it orders points by time and applies the runs rules
    /// (a label like "2024-03" would be read as a category).</summary>
    public static string X(DateOnly start) => start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>What <see cref="TryParse"/> accepts, for error messages.</summary>
    public static string Formats(MeasureFrequency frequency) => frequency == MeasureFrequency.Month
        ? "a month like 2024-03 or a date like 2024-03-01"
        : "a week like 2024-W10 or a date like 2024-03-04";

    public static bool TryParse(string? text, MeasureFrequency frequency, out DateOnly start)
    {
        start = default;
        var value = text?.Trim() ?? "";
        if (TryDate(value, out var date))
        {
            start = Start(date, frequency);
            return true;
        }
        if (frequency == MeasureFrequency.Month && DateOnly.TryParseExact(value, ["yyyy-MM", "yyyy-M"], CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            start = date;
            return true;
        }
        if (frequency == MeasureFrequency.Week && TryWeek(value, out date))
        {
            start = date;
            return true;
        }
        return false;
    }

    private static bool TryDate(string value, out DateOnly date)
    {
        if (DateOnly.TryParseExact(value, ["yyyy-MM-dd", "yyyy-M-d"], CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            return true;
        }
        // Spreadsheets and database exports often add a midnight time to a date.
        if (DateTime.TryParseExact(value, ["yyyy-MM-ddTHH:mm:ss", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-ddTHH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var dateTime))
        {
            date = DateOnly.FromDateTime(dateTime);
            return true;
        }
        return false;
    }

    private static bool TryWeek(string value, out DateOnly monday)
    {
        monday = default;
        var parts = value.ToUpperInvariant().Split("-W");
        if (parts.Length != 2
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var week)
            || year is < 1900 or > 9999 || week < 1 || week > ISOWeek.GetWeeksInYear(year))
        {
            return false;
        }
        monday = DateOnly.FromDateTime(ISOWeek.ToDateTime(year, week, DayOfWeek.Monday));
        return true;
    }
}
