using System.Buffers;
using System.Text;

namespace LearningLoop.Analytics.Census;

/// <summary>
/// Cuts a UTF-8 stream into lines without holding more than one buffer (1 MiB, grown only for a longer line).
/// A line ends at LF; a CR before it and a byte-order mark at the start of the stream are dropped. A final line
/// without LF counts; the empty remainder after a final LF does not.
/// </summary>
internal static class NdjsonLines
{
    private const int BufferSize = 1 << 20;

    public delegate void LineAction(ReadOnlySpan<byte> line, long lineNumber);

    public static long Read(Stream input, LineAction onLine)
    {
        ArgumentNullException.ThrowIfNull(input);
        var buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
        try
        {
            long lineNumber = 0;
            int filled = 0, consumed = 0;
            while (true)
            {
                var read = input.Read(buffer, filled, buffer.Length - filled);
                var end = read == 0;
                filled += read;
                while (true)
                {
                    var newline = buffer.AsSpan(consumed, filled - consumed).IndexOf((byte)'\n');
                    if (newline < 0)
                        break;
                    ++lineNumber;
                    onLine(Trim(buffer.AsSpan(consumed, newline), lineNumber), lineNumber);
                    consumed += newline + 1;
                }

                if (end)
                {
                    if (filled > consumed)
                    {
                        ++lineNumber;
                        onLine(Trim(buffer.AsSpan(consumed, filled - consumed), lineNumber), lineNumber);
                    }

                    return lineNumber;
                }

                // Keep the partial line: move it to the front, or grow the buffer when it fills the buffer.
                var remaining = filled - consumed;
                if (consumed == 0 && remaining == buffer.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                    buffer.AsSpan(0, remaining).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }
                else
                {
                    buffer.AsSpan(consumed, remaining).CopyTo(buffer);
                }

                filled = remaining;
                consumed = 0;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>The same over text already decoded (a web form, a string): each line is encoded to UTF-8 again.</summary>
    public static long Read(TextReader input, LineAction onLine)
    {
        ArgumentNullException.ThrowIfNull(input);
        var bytes = new byte[4096];
        long lineNumber = 0;
        while (input.ReadLine() is { } line)
        {
            if (lineNumber == 0 && line.StartsWith('\uFEFF'))
                line = line[1..];
            var needed = Encoding.UTF8.GetMaxByteCount(line.Length);
            if (bytes.Length < needed)
                bytes = new byte[needed];
            var count = Encoding.UTF8.GetBytes(line, bytes);
            onLine(bytes.AsSpan(0, count), ++lineNumber);
        }

        return lineNumber;
    }

    private static ReadOnlySpan<byte> Trim(ReadOnlySpan<byte> line, long lineNumber)
    {
        if (lineNumber == 1 && line.StartsWith("\uFEFF"u8))
            line = line[3..];
        return line.Length > 0 && line[^1] == '\r' ? line[..^1] : line;
    }
}
