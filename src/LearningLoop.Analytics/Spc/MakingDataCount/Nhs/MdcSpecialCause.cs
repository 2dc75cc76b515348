namespace LearningLoop.Analytics.Spc;

/// <summary>
/// NHSRplotthedots' <c>special_cause_type</c> of a point, in the order the package tests them
/// (<c>ptd_special_cause_type</c>): outside a limit, part of a seven-point trend, part of two of three points near a limit,
/// part of seven points on one side of the mean.
/// </summary>
public enum MdcSpecialCause
{
    CommonCause,
    AboveUcl,
    BelowLcl,
    TrendIncreasing,
    TrendDecreasing,
    TwoInThreeAbove,
    TwoInThreeBelow,
    SevenAbove,
    SevenBelow,
}

/// <summary>NHSRplotthedots' point types: the colour of a dot and, for the last dot, the variation icon.</summary>
public enum MdcPointType
{
    CommonCause,
    SpecialCauseImprovement,
    SpecialCauseConcern,
    SpecialCauseNeutralHigh,
    SpecialCauseNeutralLow,
}

public static class MdcNames
{
    /// <summary>The package's exact string, e.g. "7 Point Trend (Increasing)".</summary>
    public static string Text(this MdcSpecialCause cause) => cause switch
    {
        MdcSpecialCause.CommonCause => "Common Cause",
        MdcSpecialCause.AboveUcl => "Above UCL",
        MdcSpecialCause.BelowLcl => "Below LCL",
        MdcSpecialCause.TrendIncreasing => "7 Point Trend (Increasing)",
        MdcSpecialCause.TrendDecreasing => "7 Point Trend (Decreasing)",
        MdcSpecialCause.TwoInThreeAbove => "2 in 3 Above CL",
        MdcSpecialCause.TwoInThreeBelow => "2 in 3 Below CL",
        MdcSpecialCause.SevenAbove => "7 Points Above CL",
        MdcSpecialCause.SevenBelow => "7 Points Below CL",
        _ => throw new ArgumentOutOfRangeException(nameof(cause), cause, null),
    };

    /// <summary>The rule in plain language, for explanations and hover text.</summary>
    public static string Describe(this MdcSpecialCause cause) => cause switch
    {
        MdcSpecialCause.CommonCause => "common cause variation",
        MdcSpecialCause.AboveUcl => "above the upper process limit",
        MdcSpecialCause.BelowLcl => "below the lower process limit",
        MdcSpecialCause.TrendIncreasing => "part of seven or more points in a row each higher than the one before",
        MdcSpecialCause.TrendDecreasing => "part of seven or more points in a row each lower than the one before",
        MdcSpecialCause.TwoInThreeAbove => "close to the upper process limit, as two of three points in a row are",
        MdcSpecialCause.TwoInThreeBelow => "close to the lower process limit, as two of three points in a row are",
        MdcSpecialCause.SevenAbove => "part of seven or more points in a row above the mean",
        MdcSpecialCause.SevenBelow => "part of seven or more points in a row below the mean",
        _ => throw new ArgumentOutOfRangeException(nameof(cause), cause, null),
    };

    /// <summary>+1 for the high side (Above, Increasing), -1 for the low side, 0 for common cause (<c>ptd_point_type</c>).</summary>
    public static int Side(this MdcSpecialCause cause) => cause switch
    {
        MdcSpecialCause.AboveUcl or MdcSpecialCause.TrendIncreasing or MdcSpecialCause.TwoInThreeAbove or MdcSpecialCause.SevenAbove => 1,
        MdcSpecialCause.CommonCause => 0,
        _ => -1,
    };

    /// <summary>The package's exact string, e.g. "special_cause_improvement".</summary>
    public static string Code(this MdcPointType type) => type switch
    {
        MdcPointType.CommonCause => "common_cause",
        MdcPointType.SpecialCauseImprovement => "special_cause_improvement",
        MdcPointType.SpecialCauseConcern => "special_cause_concern",
        MdcPointType.SpecialCauseNeutralHigh => "special_cause_neutral_high",
        MdcPointType.SpecialCauseNeutralLow => "special_cause_neutral_low",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    /// <summary>The assurance strings of <c>ptd_calculate_assurance_type</c>; null for no assurance.</summary>
    public static string? Code(this AssuranceIcon assurance) => assurance switch
    {
        AssuranceIcon.ConsistentlyPass => "consistent_pass",
        AssuranceIcon.ConsistentlyFail => "consistent_fail",
        AssuranceIcon.HitAndMiss => "inconsistent",
        _ => null,
    };
}
