namespace LearningLoop.Analytics.Psychometrics;

/// <summary>Result of <see cref="WelchTTest"/>: mean(x) - mean(y), its confidence interval and two-sided p-value.</summary>
public readonly record struct WelchTTestResult(
    double Difference,
    double CiLow,
    double CiHigh,
    double P,
    double T,
    double DegreesOfFreedom);
