namespace LearningLoop.Analytics.Spc;

/// <summary>The chart the advisor proposes, and why, in words an analyst can check.</summary>
public sealed record ChartAdvice(SpcChartType Chart, string Reason);
