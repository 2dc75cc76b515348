namespace LearningLoop.Analytics.RelationalCoordination;

/// <summary>
/// Change of the mean respondent index from wave <paramref name="From"/> to the next wave <paramref name="To"/>
/// (later minus earlier), with the Welch 95% confidence interval and two-sided p-value (Welch 1947).
/// </summary>
public sealed record WaveChange(string From, string To, double? Difference, double? CiLow, double? CiHigh, double? P);
