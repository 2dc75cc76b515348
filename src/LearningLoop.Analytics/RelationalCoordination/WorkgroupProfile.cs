namespace LearningLoop.Analytics.RelationalCoordination;

/// <summary>
/// A workgroup's view: <paramref name="Within"/> = mean of its respondents' ties to itself; <paramref name="Between"/> =
/// mean over its respondents of each one's mean tie to the other workgroups. Both null when suppressed.
/// </summary>
public sealed record WorkgroupProfile(string Workgroup, int N, bool Suppressed, double? Within, double? Between);
