namespace LearningLoop.Analytics.RelationalCoordination;

/// <summary>Mean answer to one dimension's item over all counted ties of a wave (null when nobody answered it).</summary>
public sealed record DimensionScore(string Dimension, double? Mean);
