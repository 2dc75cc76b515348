namespace LearningLoop.Analytics.Spc;

/// <summary>One input row: x as given, y and its optional denominator n; null marks a missing value (R's NA).</summary>
/// <param name="X">The subgroup: a number, an ISO date or a category, kept as written for the output.</param>
/// <param name="Y">The measure or count.</param>
/// <param name="N">The denominator, when the data have one.</param>
/// <param name="Row">1-based line in the source file (header = 1), used in error messages.</param>
public readonly record struct SpcObservation(string X, double? Y, double? N = null, int Row = 0);
