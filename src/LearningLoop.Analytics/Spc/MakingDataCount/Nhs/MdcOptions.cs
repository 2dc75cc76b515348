namespace LearningLoop.Analytics.Spc;

/// <summary>
/// The options of NHSRplotthedots 0.2.2's <c>ptd_spc()</c> that change the numbers: <c>improvement_direction</c>,
/// <c>target</c>, <c>rebase</c> (dates where the calculation restarts), <c>fix_after_n_points</c> (the baseline of each
/// rebase group) and <c>screen_outliers</c>. The defaults are the package's.
/// </summary>
public sealed record MdcOptions(
    ImprovementDirection Direction = ImprovementDirection.Up,
    double? Target = null,
    IReadOnlyList<DateOnly>? Rebase = null,
    int? FixAfterPoints = null,
    bool ScreenOutliers = true)
{
    public IReadOnlyList<DateOnly> RebaseDates => Rebase ?? [];
}

/// <summary>One value at one date (NHSRplotthedots allows one row per date).</summary>
public readonly record struct MdcObservation(DateOnly X, double Y, int Row = 0);
