namespace LearningLoop.Analytics.Psychometrics;

/// <summary>Result of <see cref="Icc"/>; NaN values when fewer than two groups or no within-group degrees of freedom.</summary>
public readonly record struct IccResult(
    double Icc1,
    double Icc2,
    double MeanSquareBetween,
    double MeanSquareWithin,
    double K0,
    int Groups,
    long N);
