namespace LearningLoop.Analytics.Funnel;

/// <summary>What the funnel compares: a proportion (events out of cases, binomial) or a rate (events per exposure, Poisson).</summary>
public enum FunnelMeasure
{
    Proportion,
    Rate,
}

/// <summary>Where a unit lies against the funnel.</summary>
public enum FunnelPosition
{
    /// <summary>Inside the 95% limits: consistent with the target.</summary>
    Inside,
    /// <summary>Between the upper 95% and 99.8% limits ("alert").</summary>
    AboveWarning,
    /// <summary>Between the lower 95% and 99.8% limits.</summary>
    BelowWarning,
    /// <summary>Above the 99.8% limit ("alarm").</summary>
    AboveControl,
    /// <summary>Below the 99.8% limit.</summary>
    BelowControl,
}

/// <summary>One unit to compare: a ward, a hospital, a team.</summary>
public sealed record FunnelUnit(string Name, double Events, double Denominator);

/// <summary>Funnel limits at one denominator (already multiplied).</summary>
public readonly record struct FunnelLimits(double Denominator, double Lower95, double Upper95, double Lower998, double Upper998);

/// <summary>A unit on the funnel.</summary>
public sealed record FunnelPoint(FunnelUnit Unit, double Value, FunnelLimits Limits, FunnelPosition Position);
