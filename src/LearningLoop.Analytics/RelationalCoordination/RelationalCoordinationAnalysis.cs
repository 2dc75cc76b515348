namespace LearningLoop.Analytics.RelationalCoordination;

/// <summary>The analysis of every wave in a file, in wave order, and the change between consecutive waves.</summary>
/// <param name="NumericWaveLabels">All wave labels are numbers; R's read.csv would treat them (and order them) as numbers.</param>
/// <param name="NumericWorkgroupLabels">All target labels are numbers (same R convention for workgroups).</param>
public sealed record RelationalCoordinationAnalysis(
    IReadOnlyList<RelationalCoordinationWave> Waves,
    IReadOnlyList<WaveChange> Changes,
    int MinCellSize,
    bool NumericWaveLabels,
    bool NumericWorkgroupLabels);
