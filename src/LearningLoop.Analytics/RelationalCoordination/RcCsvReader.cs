using System.Buffers;
using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace LearningLoop.Analytics.RelationalCoordination;

/// <summary>
/// Reads the long-format CSV (<c>wave,respondent,workgroup,target,item,value</c>, UTF-8, RFC 4180 quoting) from a
/// stream the caller opened, one buffer at a time: the file is never held in memory. Hand-rolled rather than
/// CsvHelper because the million-respondent file has 84 million rows (docs/decisions/0003-rc-csv-reader.md).
/// Line numbers are physical lines (the header is line 1); blank lines are skipped; columns may come in any order
/// and extra columns are ignored.
/// </summary>
public static class RcCsvReader
{
    private const int InitialBufferSize = 1 << 20;
    private const int MaxShownRecordLength = 200;

    /// <summary>Streams the answers into <paramref name="accumulator"/>; stops early when respondent rows interleave.</summary>
    public static void ReadInto(Stream input, RelationalCoordinationAccumulator accumulator)
    {
        ArgumentNullException.ThrowIfNull(accumulator);
        Read(
            input,
            answer =>
            {
                accumulator.Add(answer);
                return !accumulator.RespondentRowsInterleaved;
            },
            accumulator.Reject);
    }

    /// <summary>Reads every answer into memory, with the errors found while reading (header, field count, value text).</summary>
    public static (List<RcAnswer> Answers, List<RcValidationError> Errors) ReadAll(Stream input)
    {
        var answers = new List<RcAnswer>();
        var errors = new List<RcValidationError>();
        Read(
            input,
            answer =>
            {
                answers.Add(answer);
                return true;
            },
            errors.Add);
        return (answers, errors);
    }

    /// <summary>Calls <paramref name="onAnswer"/> per data row until it returns false or the stream ends.</summary>
    public static void Read(Stream input, Func<RcAnswer, bool> onAnswer, Action<RcValidationError> onError)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(onAnswer);
        ArgumentNullException.ThrowIfNull(onError);
        var state = new RowDecoder(onAnswer, onError);
        byte[] buffer = ArrayPool<byte>.Shared.Rent(InitialBufferSize);
        try
        {
            int start = 0, end = 0;
            bool endOfStream = false, first = true;
            long line = 1;
            while (true)
            {
                var pending = buffer.AsSpan(start, end - start);
                if (first && (pending.Length >= 3 || endOfStream))
                {
                    // A UTF-8 byte order mark (Excel writes one) is not part of the first column's name.
                    if (pending.StartsWith("\uFEFF"u8))
                    {
                        start += 3;
                        pending = pending[3..];
                    }

                    first = false;
                }

                int length = pending.IndexOf((byte)'\n');
                int innerLineFeeds = 0;
                var candidate = length < 0 ? pending : pending[..length];
                if (candidate.Contains((byte)'"'))
                {
                    length = CsvRecordSplitter.QuotedRecordLength(pending, out innerLineFeeds);
                }

                if (first || (length < 0 && !endOfStream))
                {
                    Refill(input, ref buffer, ref start, ref end, ref endOfStream);
                    continue;
                }

                if (length < 0 && pending.IsEmpty)
                {
                    break;
                }

                var record = length < 0 ? pending : pending[..length];
                if (!record.IsEmpty && record[^1] == '\r')
                {
                    record = record[..^1];
                }

                if (!state.Decode(record, line))
                {
                    return;
                }

                line += 1 + innerLineFeeds;
                if (length < 0)
                {
                    break;
                }

                start += length + 1;
            }

            state.Finish(line);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static void Refill(Stream input, ref byte[] buffer, ref int start, ref int end, ref bool endOfStream)
    {
        if (endOfStream)
        {
            return;
        }

        int pendingLength = end - start;
        if (pendingLength == buffer.Length)
        {
            // One record longer than the buffer: grow it.
            var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
            buffer.AsSpan(start, pendingLength).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(buffer);
            buffer = larger;
        }
        else if (start > 0)
        {
            buffer.AsSpan(start, pendingLength).CopyTo(buffer);
        }

        start = 0;
        end = pendingLength;
        int read = input.Read(buffer, end, buffer.Length - end);
        if (read == 0)
        {
            endOfStream = true;
        }

        end += read;
    }

    /// <summary>Decodes one record at a time: the header first, then answers.</summary>
    private sealed class RowDecoder(Func<RcAnswer, bool> onAnswer, Action<RcValidationError> onError)
    {
        private readonly Utf8LabelCache _waves = new(8);
        private readonly Utf8LabelCache _respondents = new(2);
        private readonly Utf8LabelCache _workgroups = new(64);
        private readonly Utf8LabelCache _targets = new(64);
        private RcCsvColumns? _columns;
        private bool _headerMissing;
        private Range[] _fields = new Range[16];
        private byte[] _scratch = new byte[256];

        /// <summary>False to stop reading (the header is unusable, or the consumer asked to stop).</summary>
        public bool Decode(ReadOnlySpan<byte> record, long line)
        {
            if (record.IsEmpty || record.IndexOfAnyExcept((byte)' ', (byte)'\t') < 0)
            {
                return true;
            }

            ReadOnlySpan<byte> source = record;
            int count;
            if (record.Contains((byte)'"'))
            {
                if (_scratch.Length < record.Length)
                {
                    _scratch = new byte[record.Length * 2];
                }

                count = CsvRecordSplitter.SplitQuoted(record, _scratch, _fields);
                source = _scratch;
            }
            else
            {
                count = CsvRecordSplitter.SplitPlain(record, _fields);
            }

            if (_columns is null && count > _fields.Length)
            {
                // A header wider than the field buffer: widen it and split again.
                _fields = new Range[count];
                return Decode(record, line);
            }

            if (_columns is null)
            {
                return Header(record, source, count, line);
            }

            if (count != _columns.FieldCount)
            {
                onError(new RcValidationError(line, "row", Shown(record), string.Create(
                    CultureInfo.InvariantCulture, $"expected {_columns.FieldCount} fields, found {count}")));
                return true;
            }

            var p = _columns.Positions;
            var itemBytes = source[_fields[p[4]]];
            var answer = new RcAnswer(
                _waves.Get(source[_fields[p[0]]]),
                _respondents.Get(source[_fields[p[1]]]),
                _workgroups.Get(source[_fields[p[2]]]),
                _targets.Get(source[_fields[p[3]]]),
                RcItems.FromUtf8(itemBytes) ?? Encoding.UTF8.GetString(itemBytes),
                Value(source[_fields[p[5]]], line),
                line);
            return onAnswer(answer);
        }

        /// <summary>Reports an empty input (no header at all).</summary>
        public void Finish(long line)
        {
            if (_columns is null && !_headerMissing)
            {
                onError(new RcValidationError(
                    Math.Max(1, line - 1), "header", string.Empty, "the file is empty; expected the header " + string.Join(",", RcCsvColumns.Required)));
            }
        }

        private bool Header(ReadOnlySpan<byte> record, ReadOnlySpan<byte> source, int count, long line)
        {
            var names = new string[Math.Min(count, _fields.Length)];
            for (int i = 0; i < names.Length; i++)
            {
                names[i] = Encoding.UTF8.GetString(source[_fields[i]]);
            }

            _columns = RcCsvColumns.From(names, out var missing);
            if (_columns is null)
            {
                _headerMissing = true;
                onError(new RcValidationError(line, "header", Shown(record), string.Create(
                    CultureInfo.InvariantCulture,
                    $"missing column{(missing.Count > 1 ? "s" : string.Empty)} {string.Join(", ", missing)}; expected the header {string.Join(",", RcCsvColumns.Required)}")));
                return false;
            }

            _fields = new Range[Math.Max(_columns.FieldCount + 1, 16)];
            return true;
        }

        private int? Value(ReadOnlySpan<byte> text, long line)
        {
            var trimmed = text.Trim(" \t"u8);
            if (trimmed.IsEmpty)
            {
                return null;
            }

            if (trimmed.Length == 1 && trimmed[0] is >= (byte)'0' and <= (byte)'9')
            {
                return trimmed[0] - '0';
            }

            if (Utf8Parser.TryParse(trimmed, out int value, out int consumed) && consumed == trimmed.Length)
            {
                return value;
            }

            onError(RelationalCoordinationAccumulator.InvalidValue(line, Encoding.UTF8.GetString(text)));
            return null;
        }

        private static string Shown(ReadOnlySpan<byte> record)
        {
            var text = Encoding.UTF8.GetString(record);
            return text.Length <= MaxShownRecordLength ? text : string.Concat(text.AsSpan(0, MaxShownRecordLength), "...");
        }
    }
}
