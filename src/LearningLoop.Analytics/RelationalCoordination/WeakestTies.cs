namespace LearningLoop.Analytics.RelationalCoordination;

/// <summary>"Where to start": the weakest shown ties between different workgroups of a wave.</summary>
public static class WeakestTies
{
    /// <summary>
    /// Up to <paramref name="count"/> non-suppressed cells with <c>From != To</c>, lowest score first; equal scores keep
    /// the wave's cell order so the answer is the same every time.
    /// </summary>
    public static IReadOnlyList<Cell> Find(RelationalCoordinationWave wave, int count = 5)
    {
        ArgumentNullException.ThrowIfNull(wave);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var shown = new List<Cell>();
        foreach (var cell in wave.Cells)
        {
            if (!cell.Suppressed && cell.Score is not null && cell.IsBetweenWorkgroups)
            {
                shown.Add(cell);
            }
        }

        // List.Sort is not stable; ordering by (score, position) is.
        var order = new int[shown.Count];
        for (int i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        Array.Sort(order, (a, b) =>
        {
            int byScore = shown[a].Score!.Value.CompareTo(shown[b].Score!.Value);
            return byScore != 0 ? byScore : a.CompareTo(b);
        });
        var weakest = new List<Cell>(Math.Min(count, order.Length));
        for (int i = 0; i < order.Length && i < count; i++)
        {
            weakest.Add(shown[order[i]]);
        }

        return weakest;
    }
}
