namespace LearningLoop.Analytics.Census;

/// <summary>
/// When each local day begins in one time zone, as UTC ticks, computed once per day and cached: the census asks for
/// the same few hundred midnights millions of times. A day begins at 00:00 local time; where a daylight-saving change
/// skips 00:00 it begins at the first instant after the gap, and where 00:00 happens twice, at the first of them.
/// </summary>
internal sealed class MidnightCalendar(TimeZoneInfo zone)
{
    private const long Unknown = long.MinValue;
    private long[] _dayStarts = [];
    private int _firstDay;

    /// <summary>UTC ticks of the first instant of the local day <paramref name="dayNumber"/> (DateOnly.DayNumber).</summary>
    public long DayStart(int dayNumber)
    {
        var index = dayNumber - _firstDay;
        if ((uint)index >= (uint)_dayStarts.Length)
        {
            Grow(dayNumber);
            index = dayNumber - _firstDay;
        }

        var ticks = _dayStarts[index];
        if (ticks == Unknown)
        {
            ticks = Compute(dayNumber);
            _dayStarts[index] = ticks;
        }

        return ticks;
    }

    /// <summary>The local day (DateOnly.DayNumber) that contains the UTC instant.</summary>
    public int LocalDay(long utcTicks)
    {
        var day = (int)(utcTicks / TimeSpan.TicksPerDay);
        while (DayStart(day) > utcTicks)
            day--;
        while (DayStart(day + 1) <= utcTicks)
            day++;
        return day;
    }

    private void Grow(int dayNumber)
    {
        const int Margin = 366;
        var first = _dayStarts.Length == 0 ? dayNumber - Margin : Math.Min(_firstDay, dayNumber - Margin);
        var last = _dayStarts.Length == 0 ? dayNumber + Margin : Math.Max(_firstDay + _dayStarts.Length, dayNumber + Margin);
        first = Math.Max(first, DateOnly.MinValue.DayNumber + 1);
        last = Math.Min(last, DateOnly.MaxValue.DayNumber);
        var grown = new long[last - first];
        Array.Fill(grown, Unknown);
        if (_dayStarts.Length > 0)
            Array.Copy(_dayStarts, 0, grown, _firstDay - first, _dayStarts.Length);
        _dayStarts = grown;
        _firstDay = first;
    }

    private long Compute(int dayNumber)
    {
        var midnight = new DateTime(DateOnly.FromDayNumber(dayNumber), TimeOnly.MinValue, DateTimeKind.Unspecified);
        if (zone.IsAmbiguousTime(midnight))
        {
            // The first 00:00 is the one with the larger offset (still on daylight time).
            var offsets = zone.GetAmbiguousTimeOffsets(midnight);
            return midnight.Ticks - offsets.Max().Ticks;
        }

        if (!zone.IsInvalidTime(midnight))
            return midnight.Ticks - zone.GetUtcOffset(midnight).Ticks;

        // 00:00 falls in a gap: the day begins at the transition, the first UTC instant whose local date is the day.
        long low = midnight.Ticks - TimeSpan.TicksPerDay, high = midnight.Ticks + TimeSpan.TicksPerDay;
        while (high - low > 1)
        {
            var middle = low + ((high - low) / 2);
            if (LocalTicks(middle) >= midnight.Ticks)
                high = middle;
            else
                low = middle;
        }

        return high;
    }

    private long LocalTicks(long utcTicks) =>
        utcTicks + zone.GetUtcOffset(new DateTime(utcTicks, DateTimeKind.Utc)).Ticks;
}
