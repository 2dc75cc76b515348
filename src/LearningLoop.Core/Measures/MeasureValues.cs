namespace LearningLoop.Core.Measures;

/// <summary>What a row of data means on the chart.</summary>
public static class MeasureValues
{
    /// <summary>The value the chart plots for one row: numerator / denominator x multiplier, or the numerator x
    /// multiplier when there is no denominator; null when the numerator is missing.</summary>
    public static double? Charted(Measure measure, MeasureValue value) => Charted(measure.Multiplier, value.Numerator, value.Denominator);

    public static double? Charted(double multiplier, double? numerator, double? denominator) => numerator is not { } y
        ? null
        : denominator is { } n && n > 0 ? y / n * multiplier : y * multiplier;
}
