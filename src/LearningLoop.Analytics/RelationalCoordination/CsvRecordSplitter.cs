namespace LearningLoop.Analytics.RelationalCoordination;

/// <summary>Splits one CSV record (RFC 4180) into fields.</summary>
internal static class CsvRecordSplitter
{
    /// <summary>
    /// Fields of a record without quotes: ranges into <paramref name="record"/>. Returns the number of fields,
    /// which may exceed <paramref name="fields"/>' length (then only the first ones are stored).
    /// </summary>
    public static int SplitPlain(ReadOnlySpan<byte> record, Span<Range> fields)
    {
        int count = 0, position = 0;
        while (true)
        {
            int comma = record[position..].IndexOf((byte)',');
            int end = comma < 0 ? record.Length : position + comma;
            if (count < fields.Length)
            {
                fields[count] = new Range(position, end);
            }

            count++;
            if (comma < 0)
            {
                return count;
            }

            position = end + 1;
        }
    }

    /// <summary>
    /// Fields of a record with quotes: quoted fields may hold commas, line breaks and doubled quotes ("").
    /// Unquoted contents are copied into <paramref name="scratch"/> (at least as long as the record), and the
    /// ranges point into it.
    /// </summary>
    public static int SplitQuoted(ReadOnlySpan<byte> record, Span<byte> scratch, Span<Range> fields)
    {
        int count = 0, written = 0, fieldStart = 0, i = 0;
        bool inQuotes = false;
        while (true)
        {
            bool atEnd = i == record.Length;
            byte b = atEnd ? (byte)0 : record[i];
            if (!atEnd && inQuotes)
            {
                if (b == '"' && i + 1 < record.Length && record[i + 1] == '"')
                {
                    scratch[written++] = (byte)'"';
                    i += 2;
                    continue;
                }

                if (b == '"')
                {
                    inQuotes = false;
                }
                else
                {
                    scratch[written++] = b;
                }

                i++;
                continue;
            }

            if (atEnd || b == ',')
            {
                if (count < fields.Length)
                {
                    fields[count] = new Range(fieldStart, written);
                }

                count++;
                if (atEnd)
                {
                    return count;
                }

                fieldStart = written;
            }
            else if (b == '"')
            {
                inQuotes = true;
            }
            else
            {
                scratch[written++] = b;
            }

            i++;
        }
    }

    /// <summary>
    /// Length of the record that starts at the beginning of <paramref name="data"/> when it contains quotes: up to
    /// the first line feed outside quotes, or -1 when the data ends inside the record. Counts the line feeds inside.
    /// </summary>
    public static int QuotedRecordLength(ReadOnlySpan<byte> data, out int innerLineFeeds)
    {
        bool inQuotes = false;
        innerLineFeeds = 0;
        for (int i = 0; i < data.Length; i++)
        {
            byte b = data[i];
            if (b == '"')
            {
                inQuotes = !inQuotes;
            }
            else if (b == '\n')
            {
                if (!inQuotes)
                {
                    return i;
                }

                innerLineFeeds++;
            }
        }

        return -1;
    }
}
