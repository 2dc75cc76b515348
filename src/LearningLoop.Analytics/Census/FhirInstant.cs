namespace LearningLoop.Analytics.Census;

/// <summary>What reading one FHIR dateTime gave.</summary>
internal enum InstantStatus
{
    Ok,
    /// <summary>A time of day without Z or ±hh:mm: the instant is unknown.</summary>
    NoOffset,
    /// <summary>A date without a time of day (YYYY, YYYY-MM or YYYY-MM-DD): not an instant either.</summary>
    NoTime,
    Invalid,
}

/// <summary>
/// Reads a FHIR R4 dateTime (https://hl7.org/fhir/R4/datatypes.html#dateTime) from UTF-8 into UTC ticks:
/// <c>YYYY-MM-DDThh:mm:ss[.fffffffff](Z|±hh:mm)</c>. Hand-written because it runs for every period of every
/// encounter and must tell "no offset" apart from "not a date" (decision 0012). Seconds may be left out
/// (<c>hh:mm</c>); fractions beyond 100 ns are truncated.
/// </summary>
internal static class FhirInstant
{
    public static InstantStatus TryParse(ReadOnlySpan<byte> text, out long utcTicks)
    {
        utcTicks = 0;
        if (text.Length is 4 or 7 or 10)
            return IsDate(text) ? InstantStatus.NoTime : InstantStatus.Invalid;
        if (text.Length < 16 || !IsDate(text[..10]) || text[10] != 'T')
            return InstantStatus.Invalid;
        if (!TwoDigits(text, 11, out var hour) || text[13] != ':' || !TwoDigits(text, 14, out var minute))
            return InstantStatus.Invalid;

        var position = 16;
        var second = 0;
        long fraction = 0;
        if (position < text.Length && text[position] == ':')
        {
            if (!TwoDigits(text, position + 1, out second))
                return InstantStatus.Invalid;
            position += 3;
            if (position < text.Length && text[position] == '.')
            {
                position++;
                var digits = 0;
                long scale = TimeSpan.TicksPerSecond;
                while (position < text.Length && IsDigit(text[position]))
                {
                    if (scale > 1)
                    {
                        scale /= 10;
                        fraction += (text[position] - '0') * scale;
                    }

                    position++;
                    digits++;
                }

                if (digits == 0)
                    return InstantStatus.Invalid;
            }
        }

        if (hour > 23 || minute > 59 || second > 59)
            return InstantStatus.Invalid;
        if (position == text.Length)
            return InstantStatus.NoOffset;
        if (!TryOffset(text[position..], out var offsetMinutes))
            return InstantStatus.Invalid;

        var year = Digits(text, 0, 4);
        var month = Digits(text, 5, 2);
        var day = Digits(text, 8, 2);
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
            return InstantStatus.Invalid;
        var local = new DateOnly(year, month, day).DayNumber * TimeSpan.TicksPerDay
            + ((hour * 60L) + minute) * TimeSpan.TicksPerMinute + second * TimeSpan.TicksPerSecond + fraction;
        utcTicks = local - offsetMinutes * TimeSpan.TicksPerMinute;
        return InstantStatus.Ok;
    }

    private static bool TryOffset(ReadOnlySpan<byte> text, out int minutes)
    {
        minutes = 0;
        if (text.Length == 1 && text[0] == 'Z')
            return true;
        if (text.Length != 6 || text[0] is not ((byte)'+' or (byte)'-') || text[3] != ':')
            return false;
        if (!TwoDigits(text, 1, out var hours) || !TwoDigits(text, 4, out var mins) || hours > 14 || mins > 59)
            return false;
        minutes = (hours * 60) + mins;
        if (text[0] == '-')
            minutes = -minutes;
        return true;
    }

    private static bool IsDate(ReadOnlySpan<byte> text)
    {
        if (!AllDigits(text[..4]))
            return false;
        if (text.Length >= 7 && (text[4] != '-' || !AllDigits(text.Slice(5, 2))))
            return false;
        if (text.Length == 10 && (text[7] != '-' || !AllDigits(text.Slice(8, 2))))
            return false;
        return text.Length is 4 or 7 or 10;
    }

    private static bool AllDigits(ReadOnlySpan<byte> text)
    {
        foreach (var b in text)
        {
            if (!IsDigit(b))
                return false;
        }

        return true;
    }

    private static bool TwoDigits(ReadOnlySpan<byte> text, int at, out int value)
    {
        value = 0;
        if (at + 2 > text.Length || !IsDigit(text[at]) || !IsDigit(text[at + 1]))
            return false;
        value = ((text[at] - '0') * 10) + (text[at + 1] - '0');
        return true;
    }

    private static int Digits(ReadOnlySpan<byte> text, int at, int count)
    {
        var value = 0;
        for (var i = at; i < at + count; i++)
            value = (value * 10) + (text[i] - '0');
        return value;
    }

    private static bool IsDigit(byte b) => b is >= (byte)'0' and <= (byte)'9';
}
