namespace LearningLoop.Analytics.RelationalCoordination;

/// <summary>
/// What a wave's feedback session talks about, in the order it should: what works first, then what to explore
/// together. Feeding relational coordination scores back to the people who gave them can turn into shame and blame;
/// relational coaching opens with strengths and turns the weakest ties into questions, not verdicts. Only shown
/// (not suppressed) ties and dimensions are used, and nothing appears both as a strength and as a thing to explore.
/// </summary>
public sealed record RcDebrief(
    IReadOnlyList<Cell> StrongestTies,
    IReadOnlyList<DimensionScore> StrongestDimensions,
    IReadOnlyList<Cell> TiesToExplore,
    IReadOnlyList<DimensionScore> DimensionsToExplore)
{
    public static RcDebrief Prepare(RelationalCoordinationWave wave, int ties = 3, int dimensions = 2)
    {
        ArgumentNullException.ThrowIfNull(wave);
        ArgumentOutOfRangeException.ThrowIfNegative(ties);
        ArgumentOutOfRangeException.ThrowIfNegative(dimensions);
        var strongest = WeakestTies.Strongest(wave, ties);
        var explore = WeakestTies.Find(wave, int.MaxValue).Except(strongest).Take(ties).ToList();

        // OrderBy is stable: equal means keep the instrument's dimension order.
        var shown = wave.Dimensions.Where(d => d.Mean is not null).ToList();
        var strongDimensions = shown.OrderByDescending(d => d.Mean!.Value).Take(dimensions).ToList();
        var weakDimensions = shown.OrderBy(d => d.Mean!.Value).Except(strongDimensions).Take(dimensions).ToList();
        return new RcDebrief(strongest, strongDimensions, explore, weakDimensions);
    }
}
