using LearningLoop.Analytics.RelationalCoordination;
using LearningLoop.Core.Organisations;

namespace LearningLoop.Core.Surveys;

/// <summary>A series of relational coordination waves on the same units, oldest first, with the change between
/// consecutive waves (Welch 95% confidence interval). A change is shown only when both waves have enough respondents.</summary>
public sealed record RcChangeReport(
    IReadOnlyList<Workgroup> Workgroups,
    int MinCellSize,
    RcBands Bands,
    IReadOnlyList<RcSeriesWave> Waves,
    IReadOnlyList<RcWaveChange> Changes);

/// <param name="Hidden">Its whole-wave figures may not be shown (<see cref="Disclosure.Wave"/>).</param>
public sealed record RcSeriesWave(Wave Wave, int Respondents, RelationalCoordinationWave? Analysis, bool Hidden)
{
    public bool Suppressed(int minCellSize) => Hidden || Respondents < minCellSize;
}

public sealed record RcWaveChange(Wave From, Wave To, double? Difference, double? CiLow, double? CiHigh, double? P);
