namespace LearningLoop.Analytics.Census;

/// <summary>Patient days per unit and day, in one dense array per unit over the days seen (no dictionary per count).</summary>
internal sealed class DayTally(int units)
{
    private readonly int[][] _counts = [.. Enumerable.Range(0, units).Select(_ => Array.Empty<int>())];
    private readonly int[] _firstDay = new int[units];

    public void Add(int unit, int dayNumber)
    {
        var counts = _counts[unit];
        var index = dayNumber - _firstDay[unit];
        if ((uint)index >= (uint)counts.Length)
        {
            counts = Grow(unit, dayNumber);
            index = dayNumber - _firstDay[unit];
        }

        counts[index]++;
    }

    /// <summary>Days with at least one patient day, by unit index then date.</summary>
    public IEnumerable<(int Unit, DateOnly Date, int PatientDays)> Days()
    {
        for (var unit = 0; unit < _counts.Length; unit++)
        {
            var counts = _counts[unit];
            for (var i = 0; i < counts.Length; i++)
            {
                if (counts[i] > 0)
                    yield return (unit, DateOnly.FromDayNumber(_firstDay[unit] + i), counts[i]);
            }
        }
    }

    private int[] Grow(int unit, int dayNumber)
    {
        const int Margin = 64;
        var old = _counts[unit];
        var oldFirst = _firstDay[unit];
        var first = old.Length == 0 ? dayNumber - Margin : Math.Min(oldFirst, dayNumber - Margin);
        var last = old.Length == 0 ? dayNumber + Margin : Math.Max(oldFirst + old.Length, dayNumber + Margin);
        // Grow by at least half again so a long run of new days costs amortised O(1).
        if (old.Length > 0)
        {
            var extra = old.Length / 2;
            if (first < oldFirst)
                first = Math.Min(first, oldFirst - extra);
            else
                last = Math.Max(last, oldFirst + old.Length + extra);
        }

        first = Math.Max(first, 0);
        var grown = new int[last - first];
        if (old.Length > 0)
            Array.Copy(old, 0, grown, oldFirst - first, old.Length);
        _counts[unit] = grown;
        _firstDay[unit] = first;
        return grown;
    }
}
