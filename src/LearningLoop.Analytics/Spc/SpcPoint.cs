namespace LearningLoop.Analytics.Spc;

/// <summary>
/// One plotted point with its centre and limits, scaled by multiply. Null where qicharts2 gives NA
/// (no limits on a run chart, the first moving range, a missing value ...): never NaN or infinity.
/// </summary>
public sealed record SpcPoint
{
    /// <summary>1-based position on the chart.</summary>
    public int Index { get; init; }

    /// <summary>x exactly as given in the input.</summary>
    public required string X { get; init; }

    public double? Y { get; init; }

    /// <summary>The subgroup's summed denominator, when the data have one (before multiply).</summary>
    public double? N { get; init; }

    public double? Cl { get; init; }

    public double? Lcl { get; init; }

    public double? Ucl { get; init; }

    /// <summary>2-sigma lower limit, for warning zones (not part of the contract JSON).</summary>
    public double? Lcl2 { get; init; }

    /// <summary>2-sigma upper limit, for warning zones (not part of the contract JSON).</summary>
    public double? Ucl2 { get; init; }

    /// <summary>True when y is outside the 3-sigma limits.</summary>
    public bool SigmaSignal { get; init; }

    public int Part { get; init; }

    /// <summary>False for excluded points: drawn, but left out of every calculation.</summary>
    public bool Include { get; init; }

    /// <summary>True when the point is in the baseline (up to freeze) that set the centre and limits.</summary>
    public bool Baseline { get; init; }

    /// <summary>The 1-based CSV line where this x first appeared (0 when not from a file).</summary>
    public int Row { get; init; }
}
