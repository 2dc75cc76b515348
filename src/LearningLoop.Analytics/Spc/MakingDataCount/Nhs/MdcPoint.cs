namespace LearningLoop.Analytics.Spc;

/// <summary>
/// One point of a Making Data Count chart: its mean and process limits (<c>mean_col</c>, <c>lpl</c>, <c>upl</c>), its
/// rebase group (1-based) and what the rules made of it. Limits are null where the package gives NA (a group with one
/// point has no moving range).
/// </summary>
public sealed record MdcPoint(
    int Index,
    DateOnly X,
    double Y,
    double Mean,
    double? Lpl,
    double? Upl,
    int Group,
    bool Baseline,
    MdcSpecialCause SpecialCause,
    MdcPointType PointType)
{
    /// <summary>x as ISO date, the contract's form.</summary>
    public string XText => X.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>
/// A chart computed by the Making Data Count rules, with both icons: variation from the last point's type, assurance
/// from the target and the last point's limits.
/// </summary>
public sealed record MdcChart(MdcOptions Options, IReadOnlyList<MdcPoint> Points, VariationIcon Variation, AssuranceIcon Assurance)
{
    /// <summary>The last point's type, which picks the variation icon (the package's <c>summary()</c>).</summary>
    public MdcPointType LatestPointType => Points.Count == 0 ? MdcPointType.CommonCause : Points[^1].PointType;
}
