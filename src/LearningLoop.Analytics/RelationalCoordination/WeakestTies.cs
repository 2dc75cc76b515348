namespace LearningLoop.Analytics.RelationalCoordination;

/// <summary>"Where to start": the weakest shown ties between different workgroups of a wave (and, for a debrief that
/// opens with what works, the strongest).</summary>
public static class WeakestTies
{
    /// <summary>
    /// Up to <paramref name="count"/> non-suppressed cells with <c>From != To</c>, lowest score first; equal scores keep
    /// the wave's cell order so the answer is the same every time.
    /// </summary>
    public static IReadOnlyList<Cell> Find(RelationalCoordinationWave wave, int count = 5)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        return ByScore(wave).Take(count).ToList();
    }

    /// <summary>Up to <paramref name="count"/> shown ties between workgroups, highest score first, ties in cell order.</summary>
    public static IReadOnlyList<Cell> Strongest(RelationalCoordinationWave wave, int count = 3)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        return ByScore(wave).Select((cell, rank) => (cell, rank))
            .OrderByDescending(x => x.cell.Score!.Value).ThenBy(x => x.rank).Select(x => x.cell).Take(count).ToList();
    }

    /// <summary>Every shown tie between workgroups, lowest score first; OrderBy is stable, so equal scores keep cell order.</summary>
    private static IEnumerable<Cell> ByScore(RelationalCoordinationWave wave)
    {
        ArgumentNullException.ThrowIfNull(wave);
        return wave.Cells.Where(c => !c.Suppressed && c.Score is not null && c.IsBetweenWorkgroups).OrderBy(c => c.Score!.Value);
    }
}
