using System.Globalization;

namespace LearningLoop.Analytics.Spc;

/// <summary>
/// A Making Data Count chart as an <see cref="SpcChart"/> the renderer, tables and exports already read: an XmR chart
/// (mean as centre, process limits as control limits), one part per rebase group, the baseline of
/// <c>fix_after_n_points</c>, and each point marked with its type's colour and the rule that fired.
/// </summary>
public static class MdcChartView
{
    /// <summary>NHS Making Data Count colours, in the shades of the app's icons: grey common cause, blue improvement,
    /// orange concern, purple neither.</summary>
    public const string CommonCauseColour = "#7b8794";
    public const string ImprovementColour = "#1d6fb8";
    public const string ConcernColour = "#d9730d";
    public const string NeutralColour = "#6e3fa3";

    /// <param name="mdc">The Making Data Count result.</param>
    /// <param name="xs">The x of each point as the source chart wrote it (same order and count as the MDC points).</param>
    public static SpcChart AsSpcChart(MdcChart mdc, IReadOnlyList<string> xs)
    {
        ArgumentNullException.ThrowIfNull(mdc);
        ArgumentNullException.ThrowIfNull(xs);
        var points = mdc.Points.Select(p => new SpcPoint
        {
            Index = p.Index, X = xs[p.Index - 1], Y = p.Y, Cl = p.Mean, Lcl = p.Lpl, Ucl = p.Upl,
            SigmaSignal = p.SpecialCause is MdcSpecialCause.AboveUcl or MdcSpecialCause.BelowLcl,
            Part = p.Group, Include = true, Baseline = mdc.Options.FixAfterPoints is not null && p.Baseline,
        }).ToList();
        var parts = mdc.Points.GroupBy(p => p.Group).Select(g => new SpcPart
        {
            Part = g.Key, FirstIndex = g.First().Index, LastIndex = g.Last().Index, NObs = g.Count(), NUseful = g.Count(),
        }).ToList();
        var breaks = parts.Skip(1).Select(p => p.FirstIndex - 1).ToList();
        return new SpcChart(new SpcOptions(SpcChartType.I, Parts: breaks), SpcXKind.Date, points, parts)
        {
            Marks = [.. mdc.Points.Select(Mark)],
            Description = Describe(mdc),
        };
    }

    public static string Colour(MdcPointType type) => type switch
    {
        MdcPointType.SpecialCauseImprovement => ImprovementColour,
        MdcPointType.SpecialCauseConcern => ConcernColour,
        MdcPointType.SpecialCauseNeutralHigh or MdcPointType.SpecialCauseNeutralLow => NeutralColour,
        _ => CommonCauseColour,
    };

    /// <summary>The point's type in a word: improvement, concern, neutral or common cause.</summary>
    public static string Word(MdcPointType type) => type switch
    {
        MdcPointType.SpecialCauseImprovement => "improvement",
        MdcPointType.SpecialCauseConcern => "concern",
        MdcPointType.SpecialCauseNeutralHigh or MdcPointType.SpecialCauseNeutralLow => "neutral",
        _ => "common cause",
    };

    private static SpcPointMark Mark(MdcPoint p) => new(
        Word(p.PointType).Replace(' ', '-'),
        Colour(p.PointType),
        p.SpecialCause == MdcSpecialCause.CommonCause
            ? "Common cause (Making Data Count)"
            : $"{Capitalise(Word(p.PointType))}: {p.SpecialCause.Describe()} (Making Data Count: {p.SpecialCause.Text()})",
        p.SpecialCause != MdcSpecialCause.CommonCause);

    private static string Describe(MdcChart mdc)
    {
        var n = mdc.Points.Count;
        var groups = mdc.Points.Count == 0 ? 0 : mdc.Points[^1].Group;
        var special = mdc.Points.Count(p => p.SpecialCause != MdcSpecialCause.CommonCause);
        var points = n == 1 ? "1 point" : $"{n} points";
        var parts = groups > 1 ? string.Create(CultureInfo.InvariantCulture, $" in {groups} parts") : "";
        var verdict = special == 0
            ? "only common cause variation"
            : string.Create(CultureInfo.InvariantCulture, $"{special} special cause {(special == 1 ? "point" : "points")}");
        return $"{points}{parts}; Making Data Count rules: {verdict}.";
    }

    private static string Capitalise(string word) => char.ToUpperInvariant(word[0]) + word[1..];
}
