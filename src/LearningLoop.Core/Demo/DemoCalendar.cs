using System.Globalization;
using System.Text.RegularExpressions;

namespace LearningLoop.Core.Demo;

/// <summary>
/// The demo story is written in its own calendar, ending on <see cref="StoryToday"/>. Seeded for people to try, it is
/// moved forward by whole months so that it ends in the current month (decision 0033): a demo whose data stopped a
/// year ago would show every measure as stale. Dates move with <see cref="DateOnly.AddMonths"/> (the 31st of a month
/// becomes the last day of a shorter one), and dates written in text ("by March 2025", "Feb 2024", wave labels such as
/// "2025-03") move with them, so that text and data keep telling one story.
/// </summary>
public sealed partial class DemoCalendar
{
    /// <summary>The story's own "today": data runs monthly from January 2021 up to here.</summary>
    public static readonly DateOnly StoryToday = new(2025, 10, 31);

    private static readonly string[] MonthNames = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames[..12];

    private DemoCalendar(int months) => Months = months;

    /// <summary>Whole months every date moves forward by.</summary>
    public int Months { get; }

    /// <summary>The story as written (tests pin it, so that their dates stay what the story says).</summary>
    public static DemoCalendar AsWritten { get; } = new(0);

    /// <summary>The story moved so that its last month is <paramref name="today"/>'s month.</summary>
    public static DemoCalendar EndingIn(DateOnly today) =>
        new(Math.Max(0, (today.Year - StoryToday.Year) * 12 + today.Month - StoryToday.Month));

    /// <summary>The story's today in this calendar.</summary>
    public DateOnly Today => Months == 0 ? StoryToday : LastDayOf(StoryToday.AddMonths(Months));

    public DateOnly Move(DateOnly date) => date.AddMonths(Months);

    public DateTime Move(DateTime time) => time.AddMonths(Months);

    public DateTimeOffset Move(DateTimeOffset time) => time.AddMonths(Months);

    /// <summary>Moves the dates written in <paramref name="text"/>: "March 2025", "Mar 2025", "2025-03", "2025-03-17".</summary>
    public string Move(string text) => Months == 0 || text.Length < 7 ? text
        : IsoDate().Replace(MonthYear().Replace(text, MoveMonthYear), MoveIsoDate);

    private string MoveMonthYear(Match match)
    {
        var name = match.Groups["month"].Value;
        var month = Array.FindIndex(MonthNames, m => m.StartsWith(name, StringComparison.Ordinal)) + 1;
        var moved = new DateOnly(int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture), month, 1).AddMonths(Months);
        var movedName = MonthNames[moved.Month - 1];
        // Keep the writer's form: a three-letter month stays three letters.
        return $"{(name.Length == 3 ? movedName[..3] : movedName)} {moved.Year.ToString(CultureInfo.InvariantCulture)}";
    }

    private string MoveIsoDate(Match match)
    {
        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        var month = int.Parse(match.Groups["month"].Value, CultureInfo.InvariantCulture);
        if (!match.Groups["day"].Success)
        {
            return new DateOnly(year, month, 1).AddMonths(Months).ToString("yyyy-MM", CultureInfo.InvariantCulture);
        }
        var day = int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture);
        return day > DateTime.DaysInMonth(year, month) ? match.Value
            : new DateOnly(year, month, day).AddMonths(Months).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    private static DateOnly LastDayOf(DateOnly date) => new(date.Year, date.Month, DateTime.DaysInMonth(date.Year, date.Month));

    [GeneratedRegex(@"\b(?<month>January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (?<year>20\d\d)\b")]
    private static partial Regex MonthYear();

    // Not inside a longer token (a GUID, a hash): no word character or hyphen before, no digit after.
    [GeneratedRegex(@"(?<![\w-])(?<year>20\d\d)-(?<month>0[1-9]|1[0-2])(?:-(?<day>0[1-9]|[12]\d|3[01]))?(?![\d])")]
    private static partial Regex IsoDate();
}
