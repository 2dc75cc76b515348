using System.Text;

namespace LearningLoop.Analytics.RelationalCoordination;

/// <summary>
/// Turns a column's UTF-8 bytes into a string without allocating when the same label was seen recently: labels repeat
/// millions of times (waves, workgroups) or in runs (a respondent's rows), so the reader allocates per distinct
/// label, not per row. Equal labels also come back as the same instance, which the accumulator checks first.
/// </summary>
internal sealed class Utf8LabelCache
{
    private readonly byte[][] _bytes;
    private readonly string[] _labels;
    private int _count;
    private int _next;
    private int _last;

    public Utf8LabelCache(int size)
    {
        _bytes = new byte[size][];
        _labels = new string[size];
    }

    public string Get(ReadOnlySpan<byte> utf8)
    {
        if (_count > 0 && utf8.SequenceEqual(_bytes[_last]))
        {
            return _labels[_last];
        }

        for (int i = 0; i < _count; i++)
        {
            if (utf8.SequenceEqual(_bytes[i]))
            {
                _last = i;
                return _labels[i];
            }
        }

        var label = Encoding.UTF8.GetString(utf8);
        _bytes[_next] = utf8.ToArray();
        _labels[_next] = label;
        _last = _next;
        _count = Math.Max(_count, _next + 1);
        _next = (_next + 1) % _bytes.Length;
        return label;
    }
}
