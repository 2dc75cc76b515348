namespace LearningLoop.Analytics.Spc;

/// <summary>
/// The runs analysis of one part (qicharts2's n.obs, n.useful, longest.run ... columns). The counts are null
/// where qicharts2 gives NA: a part with no useful observation.
/// </summary>
public readonly record struct SpcPart
{
    /// <summary>1-based part number.</summary>
    public int Part { get; init; }

    /// <summary>1-based index of the part's first point.</summary>
    public int FirstIndex { get; init; }

    /// <summary>1-based index of the part's last point.</summary>
    public int LastIndex { get; init; }

    /// <summary>Included points of the part.</summary>
    public int NObs { get; init; }

    /// <summary>Included points not on the centre line (and not missing).</summary>
    public int NUseful { get; init; }

    public int? LongestRun { get; init; }

    /// <summary>round(log2(nUseful)) + 3.</summary>
    public int? LongestRunMax { get; init; }

    public int? NCrossings { get; init; }

    /// <summary>qbinom(0.05, nUseful - 1, 0.5).</summary>
    public int? NCrossingsMin { get; init; }

    /// <summary>Non-random variation by the Anhøj rules (always false for mr charts and categorical x).</summary>
    public bool RunsSignal { get; init; }

    /// <summary>1-based index where the (first) longest run starts.</summary>
    public int? LongestRunStart { get; init; }

    /// <summary>1-based index where the (first) longest run ends.</summary>
    public int? LongestRunEnd { get; init; }

    /// <summary>+1 when the longest run is above the centre line, -1 below, 0 when there is none.</summary>
    public int LongestRunSide { get; init; }

    /// <summary>True when the longest run is longer than chance allows (one of the two runs rules).</summary>
    public bool LongRunSignal => RunsSignal && LongestRun > LongestRunMax;

    /// <summary>True when the crossings are fewer than chance allows (the other runs rule).</summary>
    public bool FewCrossingsSignal => RunsSignal && NCrossings < NCrossingsMin;
}
