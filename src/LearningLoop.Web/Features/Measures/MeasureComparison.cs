using System.Globalization;
using System.Text.RegularExpressions;
using LearningLoop.Analytics.Funnel;
using LearningLoop.Analytics.Spc;
using LearningLoop.Core.Measures;

namespace LearningLoop.Web.Features.Measures;

/// <summary>One unit on the funnel: its measure, and where its pooled value lies.</summary>
public sealed record ComparedUnit(int UnitId, int MeasureId, FunnelPoint Point)
{
    public string Name => Point.Unit.Name;
}

/// <summary>Units compared on one measure over a period (Spiegelhalter 2005): each unit's numerators and denominators
/// summed over the period, against the pooled value of all units. <see cref="Problem"/> says why there is no plot.</summary>
public sealed partial record MeasureComparison(
    string Name, FunnelMeasure Measure, string ValueLabel, string DenominatorLabel, double Multiplier, ImprovementDirection Direction,
    DateOnly From, DateOnly To, FunnelPlot? Plot, IReadOnlyList<ComparedUnit> Units, IReadOnlyList<string> WithoutData, string? Problem)
{
    public string FromLabel => From.ToString("yyyy-MM", CultureInfo.InvariantCulture);
    public string ToLabel => To.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary>What the funnel's x axis plots: each unit's denominator added up over the period, not one month's
    /// ("patient days in the month" becomes "Total patient days, 2025-01 to 2025-12").</summary>
    public string PeriodTotalLabel
    {
        get
        {
            var what = PerPeriod().Replace(DenominatorLabel.Trim(), "").Trim().TrimEnd('.');
            what = what.Length == 0 ? "denominator" : char.ToLowerInvariant(what[0]) + what[1..];
            return $"Total {what}, {FromLabel} to {ToLabel}";
        }
    }

    [GeneratedRegex(@"\s*(\b(in|per|during|for|each|this|that|of) (the |a |each )?(day|week|month|quarter|year|period)\b|\b(daily|weekly|monthly|quarterly|yearly)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex PerPeriod();

    /// <summary>Percentages read as "88.3%"; other values as numbers (the value label says what they are).</summary>
    public string Format(double value) =>
        MeasureValueText.Rounded(value) + (Measure == FunnelMeasure.Proportion && Multiplier == 100 ? "%" : "");

    /// <summary>Funnels need a count over a denominator: proportions (binomial) or rates (Poisson). A c chart counts
    /// over an equal area of opportunity, so it is a rate only when the exposure is recorded.</summary>
    public static FunnelMeasure? Family(SpcChartType chart, bool hasDenominators) => chart switch
    {
        SpcChartType.P or SpcChartType.PP => FunnelMeasure.Proportion,
        SpcChartType.U or SpcChartType.UP => FunnelMeasure.Rate,
        SpcChartType.C when hasDenominators => FunnelMeasure.Rate,
        _ => null,
    };

    /// <summary>The family of a measure as charted (the person's chart, or the advisor's).</summary>
    public static FunnelMeasure? Family(Measure measure, SpcChartType chart) =>
        measure.OwnerLevel == MeasureOwnerLevel.Unit ? Family(chart, measure.Values.Any(v => v.Denominator is > 0)) : null;

    /// <summary>Stable codes for the API and the CSV.</summary>
    public static string Code(FunnelPosition position) => position switch
    {
        FunnelPosition.AboveControl => "above-99.8",
        FunnelPosition.AboveWarning => "above-95",
        FunnelPosition.BelowWarning => "below-95",
        FunnelPosition.BelowControl => "below-99.8",
        _ => "within",
    };

    public static string Describe(FunnelPosition position) => position switch
    {
        FunnelPosition.AboveControl => "above the 99.8% limit",
        FunnelPosition.AboveWarning => "above the 95% limit",
        FunnelPosition.BelowWarning => "below the 95% limit",
        FunnelPosition.BelowControl => "below the 99.8% limit",
        _ => "within the limits",
    };

    /// <summary>A sentence for a unit outside the 95% limits; null inside them. The chances are the limits' tails:
    /// 2.5% beyond each 95% limit (about 1 in 40), 0.1% beyond each 99.8% limit (1 in 1,000).</summary>
    public string? Sentence(ComparedUnit unit)
    {
        var p = unit.Point;
        if (p.Position == FunnelPosition.Inside || Plot is null) return null;
        var above = p.Position is FunnelPosition.AboveControl or FunnelPosition.AboveWarning;
        var control = p.Position is FunnelPosition.AboveControl or FunnelPosition.BelowControl;
        var limit = p.Position switch
        {
            FunnelPosition.AboveControl => p.Limits.Upper998,
            FunnelPosition.AboveWarning => p.Limits.Upper95,
            FunnelPosition.BelowWarning => p.Limits.Lower95,
            _ => p.Limits.Lower998,
        };
        var better = Direction switch
        {
            ImprovementDirection.Up => above ? " (better than the overall)" : " (worse than the overall)",
            ImprovementDirection.Down => above ? " (worse than the overall)" : " (better than the overall)",
            _ => "",
        };
        var chance = control ? "less than 1 in 1,000" : "about 1 in 40";
        return string.Create(CultureInfo.InvariantCulture,
            $"{unit.Name}: {Format(p.Value)} ({MeasureValueText.Rounded(p.Unit.Events)} of {MeasureValueText.Rounded(p.Unit.Denominator)}) is {Describe(p.Position)} ({Format(limit)}) for a unit of its size{better}. ") +
            (control
                ? $"If the unit were really at the overall {Format(Plot.Target)}, a value this {(above ? "high" : "low")} would happen by chance {chance}: look into it."
                : $"By chance alone this happens {chance} times, so watch it rather than act on it alone.");
    }
}
