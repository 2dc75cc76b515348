using System.Globalization;

namespace LearningLoop.Analytics.Funnel;

/// <summary>
/// A funnel plot (Spiegelhalter 2005): each unit's proportion or rate against its denominator, with exact 95% and 99.8%
/// limits around a target (by default the pooled value sum(events) / sum(denominators)). Values and limits are scaled by
/// <see cref="Multiply"/> (100 for percent, 1000 per 1,000 ...).
/// </summary>
public sealed record FunnelPlot(FunnelMeasure Measure, double Target, double Multiply, IReadOnlyList<FunnelPoint> Points)
{
    /// <summary>Two-sided 95% limits: 2.5% in each tail.</summary>
    public const double Tail95 = 0.025;

    /// <summary>Two-sided 99.8% limits: 0.1% in each tail.</summary>
    public const double Tail998 = 0.001;

    /// <summary>Builds the plot; throws <see cref="ArgumentException"/> naming the unit for impossible data.</summary>
    public static FunnelPlot Build(IReadOnlyList<FunnelUnit> units, FunnelMeasure measure, double? target = null, double multiply = 1)
    {
        ArgumentNullException.ThrowIfNull(units);
        if (units.Count == 0)
            throw new ArgumentException("A funnel plot needs at least one unit.", nameof(units));
        foreach (var u in units)
            Validate(u, measure);
        var pooled = units.Sum(u => u.Events) / units.Sum(u => u.Denominator);
        var theta = target is { } t ? t / multiply : pooled;
        var points = units.Select(u =>
        {
            var limits = LimitsAt(measure, theta, u.Denominator, multiply);
            var value = u.Events / u.Denominator * multiply;
            return new FunnelPoint(u, value, limits, Position(value, limits));
        }).ToArray();
        return new FunnelPlot(measure, theta * multiply, multiply, points);
    }

    /// <summary>The funnel's limits at denominator n (e.g. to draw the curves).</summary>
    public FunnelLimits LimitsAt(double n) => LimitsAt(Measure, Target / Multiply, n, Multiply);

    /// <summary>Limits at <paramref name="count"/> denominators spaced evenly on a log scale across the units' range, for drawing.</summary>
    public IReadOnlyList<FunnelLimits> Curve(int count = 100)
    {
        var min = Math.Max(Points.Min(p => p.Unit.Denominator) * 0.8, Measure == FunnelMeasure.Proportion ? 1 : 1e-9);
        var max = Points.Max(p => p.Unit.Denominator) * 1.1;
        var curve = new FunnelLimits[count];
        for (var k = 0; k < count; k++)
        {
            var n = min * Math.Pow(max / min, count == 1 ? 0 : (double)k / (count - 1));
            curve[k] = LimitsAt(Measure == FunnelMeasure.Proportion ? Math.Max(Math.Round(n), 1) : n);
        }

        return curve;
    }

    private static FunnelLimits LimitsAt(FunnelMeasure measure, double theta, double n, double multiply)
    {
        double Limit(double p) => multiply * (measure == FunnelMeasure.Proportion
            ? SpiegelhalterLimits.Proportion(theta, (int)Math.Round(n), p)
            : SpiegelhalterLimits.Rate(theta, n, p));
        return new FunnelLimits(n, Limit(Tail95), Limit(1 - Tail95), Limit(Tail998), Limit(1 - Tail998));
    }

    private static FunnelPosition Position(double value, FunnelLimits l) =>
        value > l.Upper998 ? FunnelPosition.AboveControl
        : value < l.Lower998 ? FunnelPosition.BelowControl
        : value > l.Upper95 ? FunnelPosition.AboveWarning
        : value < l.Lower95 ? FunnelPosition.BelowWarning
        : FunnelPosition.Inside;

    private static void Validate(FunnelUnit u, FunnelMeasure measure)
    {
        if (!double.IsFinite(u.Events) || u.Events < 0)
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Unit {u.Name}: events = {u.Events} must be a count of zero or more."), nameof(u));
        if (!double.IsFinite(u.Denominator) || u.Denominator <= 0)
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Unit {u.Name}: denominator = {u.Denominator} must be greater than zero."), nameof(u));
        if (measure == FunnelMeasure.Proportion && (u.Events > u.Denominator || u.Denominator != Math.Round(u.Denominator)))
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Unit {u.Name}: a proportion needs a whole number of cases with events <= cases (got {u.Events} of {u.Denominator})."), nameof(u));
    }
}
