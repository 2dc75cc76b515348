namespace LearningLoop.Analytics.Spc;

/// <summary>Both icons with the sentence a board paper would print under them, and the rule set that made them.</summary>
public sealed record MakingDataCountSummary(
    VariationIcon Variation, AssuranceIcon Assurance, string VariationText, string AssuranceText, SpcRuleSet Rules = SpcRuleSet.Anhoj)
{
    /// <summary>Both icons from the Making Data Count rules (NHSRplotthedots).</summary>
    public static MakingDataCountSummary Of(MdcChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        return new MakingDataCountSummary(chart.Variation, chart.Assurance, MakingDataCountIcons.Describe(chart.Variation),
            MakingDataCountIcons.Describe(chart.Assurance), SpcRuleSet.MakingDataCount);
    }
}

/// <summary>
/// NHS England "Making Data Count" icons computed from a chart by the Anhøj (qicharts2) rule set; the NHS rule set is
/// <see cref="MdcRules"/>. Variation judges the latest point (qicharts2 rules:
/// outside the 3-sigma limits, or part of a run on one side of the centre line longer than the Anhøj limit);
/// assurance compares the latest point's control limits, in the latest part, with a target.
/// </summary>
public static class MakingDataCountIcons
{
    public static MakingDataCountSummary Summarise(SpcChart chart, ImprovementDirection direction, double? target = null)
    {
        var variation = Variation(chart, direction);
        var assurance = Assurance(chart, direction, target);
        return new MakingDataCountSummary(variation, assurance, Describe(variation), Describe(assurance));
    }

    public static VariationIcon Variation(SpcChart chart, ImprovementDirection direction)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var side = LatestSpecialCauseSide(chart);
        if (side == 0)
            return VariationIcon.CommonCause;
        var high = side > 0;
        return direction switch
        {
            ImprovementDirection.Up => high ? VariationIcon.ImprovingHigh : VariationIcon.ConcerningLow,
            ImprovementDirection.Down => high ? VariationIcon.ConcerningHigh : VariationIcon.ImprovingLow,
            _ => high ? VariationIcon.NeitherHigh : VariationIcon.NeitherLow,
        };
    }

    public static AssuranceIcon Assurance(SpcChart chart, ImprovementDirection direction, double? target)
    {
        ArgumentNullException.ThrowIfNull(chart);
        if (target is not { } t || direction == ImprovementDirection.Neither || !chart.Chart.HasLimits())
            return AssuranceIcon.None;
        var latest = chart.Points[^1];
        if (latest.Lcl is not { } lcl || latest.Ucl is not { } ucl)
            return AssuranceIcon.None;
        var (good, bad) = direction == ImprovementDirection.Up ? (lcl > t, ucl < t) : (ucl < t, lcl > t);
        return good ? AssuranceIcon.ConsistentlyPass : bad ? AssuranceIcon.ConsistentlyFail : AssuranceIcon.HitAndMiss;
    }

    /// <summary>+1 when the latest point is special cause on the high side, -1 on the low side, 0 for common cause.</summary>
    internal static int LatestSpecialCauseSide(SpcChart chart)
    {
        var points = chart.Points;
        var last = points.Count - 1;
        while (last >= 0 && (points[last].Y is null || !points[last].Include))
            last--;
        if (last < 0)
            return 0;
        var latest = points[last];
        if (latest.SigmaSignal)
            return latest.Y > latest.Ucl ? 1 : -1;

        var part = chart.Parts[latest.Part - 1];
        if (part.LongestRunMax is not { } maxRun || chart.XKind == SpcXKind.Categorical || chart.Chart == SpcChartType.MR)
            return 0;
        var (side, length) = CurrentRun(points, part, last);
        return length > maxRun ? side : 0;
    }

    /// <summary>The run of useful points that ends at or before the latest point: its side and length (points on the centre line are skipped).</summary>
    private static (int Side, int Length) CurrentRun(IReadOnlyList<SpcPoint> points, SpcPart part, int last)
    {
        var side = 0;
        var length = 0;
        for (var i = last; i >= part.FirstIndex - 1; i--)
        {
            var p = points[i];
            if (!p.Include || p.Y is not { } y || p.Cl is not { } cl || y == cl)
                continue;
            var s = y > cl ? 1 : -1;
            if (side == 0)
                side = s;
            else if (s != side)
                break;
            length++;
        }

        return (side, length);
    }

    public static string Describe(VariationIcon icon) => icon switch
    {
        VariationIcon.CommonCause => "Common cause variation: no significant change.",
        VariationIcon.ImprovingHigh => "Special cause variation of an improving nature: higher values.",
        VariationIcon.ImprovingLow => "Special cause variation of an improving nature: lower values.",
        VariationIcon.ConcerningHigh => "Special cause variation of a concerning nature: higher values.",
        VariationIcon.ConcerningLow => "Special cause variation of a concerning nature: lower values.",
        VariationIcon.NeitherHigh => "Special cause variation: higher values.",
        VariationIcon.NeitherLow => "Special cause variation: lower values.",
        _ => throw new ArgumentOutOfRangeException(nameof(icon), icon, null),
    };

    public static string Describe(AssuranceIcon icon) => icon switch
    {
        AssuranceIcon.None => "No assurance: no target, no control limits or no better direction.",
        AssuranceIcon.ConsistentlyPass => "The process will consistently meet the target.",
        AssuranceIcon.ConsistentlyFail => "The process will consistently miss the target unless it changes.",
        AssuranceIcon.HitAndMiss => "The process will meet the target some of the time, at random.",
        _ => throw new ArgumentOutOfRangeException(nameof(icon), icon, null),
    };
}
