using System.Globalization;

namespace LearningLoop.Analytics.Spc;

/// <summary>
/// Making Data Count as NHS England teams compute it: NHSRplotthedots 0.2.2's <c>ptd_spc()</c> for one series
/// (nhs-r-community/NHSRplotthedots, <c>R/ptd_spc_standard.R</c>, <c>R/ptd_calculate_point_type.R</c>,
/// <c>R/ptd_calculate_assurance_type.R</c>). An XmR chart of the plotted values whatever the measure's chart type:
/// points are sorted by date, split into rebase groups at the rebase dates, and each group gets its own mean, limits
/// and special-cause tests.
/// </summary>
public static class MdcRules
{
    public static MdcChart Analyse(IReadOnlyList<MdcObservation> observations, MdcOptions options)
    {
        ArgumentNullException.ThrowIfNull(observations);
        ArgumentNullException.ThrowIfNull(options);
        Validate(observations, options);

        var sorted = observations.OrderBy(o => o.X).ToArray();
        var y = sorted.Select(o => o.Y).ToArray();
        var rebase = options.RebaseDates.ToHashSet();
        var points = new MdcPoint[sorted.Length];
        var start = 0;
        var group = 1;
        while (start < sorted.Length)
        {
            var end = start + 1;
            // ptd_add_rebase_column: a rebase date only counts when a point falls exactly on it.
            while (end < sorted.Length && !rebase.Contains(sorted[end].X))
                end++;
            AnalyseGroup(sorted, y, start, end, group, options, points);
            start = end;
            group++;
        }

        var variation = points.Length == 0 ? VariationIcon.CommonCause : Variation(points[^1].PointType, options.Direction);
        var assurance = points.Length == 0 ? AssuranceIcon.None : Assurance(points[^1], options);
        return new MdcChart(options, points, variation, assurance);
    }

    private static void AnalyseGroup(MdcObservation[] sorted, double[] allY, int start, int end, int group, MdcOptions options, MdcPoint[] into)
    {
        var n = end - start;
        var y = allY.AsSpan(start, n);
        var limits = MdcLimits.Of(y, options.FixAfterPoints, options.ScreenOutliers);
        var side = new int[n];
        var outside = new bool[n];
        var close = new bool[n];
        for (var i = 0; i < n; i++)
        {
            // Comparisons with NaN limits (a one-point group) are false, as R's NA is in case_when.
            outside[i] = y[i] > limits.Upl || y[i] < limits.Lpl;
            side[i] = Math.Sign(y[i] - limits.Mean);
            close[i] = !outside[i] && (y[i] < limits.NearLpl || y[i] > limits.NearUpl);
        }

        var trend = new bool[n];
        var twoInThree = new bool[n];
        var sevenOneSide = new bool[n];
        MdcPatterns.PartOfSevenPointTrend(y, trend);
        MdcPatterns.PartOfTwoInThree(close, side, twoInThree);
        MdcPatterns.PartOfSevenOneSide(side, sevenOneSide);

        for (var i = 0; i < n; i++)
        {
            var cause = outside[i] ? (side[i] == 1 ? MdcSpecialCause.AboveUcl : MdcSpecialCause.BelowLcl)
                : trend[i] ? (TrendDirection(y, trend, i) == 1 ? MdcSpecialCause.TrendIncreasing : MdcSpecialCause.TrendDecreasing)
                : twoInThree[i] ? (side[i] > 0 ? MdcSpecialCause.TwoInThreeAbove : MdcSpecialCause.TwoInThreeBelow)
                : sevenOneSide[i] ? (side[i] > 0 ? MdcSpecialCause.SevenAbove : MdcSpecialCause.SevenBelow)
                : MdcSpecialCause.CommonCause;
            into[start + i] = new MdcPoint(
                start + i + 1, sorted[start + i].X, y[i], limits.Mean, Finite(limits.Lpl), Finite(limits.Upl), group,
                i < (options.FixAfterPoints ?? n), cause, PointType(cause, options.Direction));
        }
    }

    /// <summary>The package's <c>sdy</c>: a point inside a trend reads the step to its right, the last point of a trend
    /// the step to its left; anything but a rise is "Decreasing".</summary>
    private static int TrendDirection(ReadOnlySpan<double> y, ReadOnlySpan<bool> trend, int i) =>
        i + 1 < y.Length && trend[i + 1] ? Math.Sign(y[i + 1] - y[i]) : i == 0 ? 0 : Math.Sign(y[i] - y[i - 1]);

    /// <summary><c>ptd_point_type</c>: the side of the special cause, oriented by the improvement direction.</summary>
    public static MdcPointType PointType(MdcSpecialCause cause, ImprovementDirection direction)
    {
        var side = cause.Side();
        if (side == 0)
            return MdcPointType.CommonCause;
        return direction switch
        {
            ImprovementDirection.Neither => side > 0 ? MdcPointType.SpecialCauseNeutralHigh : MdcPointType.SpecialCauseNeutralLow,
            ImprovementDirection.Up => side > 0 ? MdcPointType.SpecialCauseImprovement : MdcPointType.SpecialCauseConcern,
            _ => side > 0 ? MdcPointType.SpecialCauseConcern : MdcPointType.SpecialCauseImprovement,
        };
    }

    /// <summary>The variation icon the last point's type picks (improving high when higher is better, and so on).</summary>
    public static VariationIcon Variation(MdcPointType latest, ImprovementDirection direction) => (latest, direction) switch
    {
        (MdcPointType.SpecialCauseImprovement, ImprovementDirection.Up) => VariationIcon.ImprovingHigh,
        (MdcPointType.SpecialCauseImprovement, _) => VariationIcon.ImprovingLow,
        (MdcPointType.SpecialCauseConcern, ImprovementDirection.Up) => VariationIcon.ConcerningLow,
        (MdcPointType.SpecialCauseConcern, _) => VariationIcon.ConcerningHigh,
        (MdcPointType.SpecialCauseNeutralHigh, _) => VariationIcon.NeitherHigh,
        (MdcPointType.SpecialCauseNeutralLow, _) => VariationIcon.NeitherLow,
        _ => VariationIcon.CommonCause,
    };

    /// <summary><c>ptd_calculate_assurance_type</c>: the target against the last point's limits; none without a target
    /// or a better direction. A target between the limits (or limits that are NA) is "inconsistent".</summary>
    private static AssuranceIcon Assurance(MdcPoint latest, MdcOptions options)
    {
        if (options.Target is not { } target || options.Direction == ImprovementDirection.Neither)
            return AssuranceIcon.None;
        var up = options.Direction == ImprovementDirection.Up;
        if (target > latest.Upl)
            return up ? AssuranceIcon.ConsistentlyFail : AssuranceIcon.ConsistentlyPass;
        if (target < latest.Lpl)
            return up ? AssuranceIcon.ConsistentlyPass : AssuranceIcon.ConsistentlyFail;
        return AssuranceIcon.HitAndMiss;
    }

    private static double? Finite(double value) => double.IsFinite(value) ? value : null;

    /// <summary>What <c>ptd_spc()</c> refuses, with the row or option named: no data, a value that is not a finite number,
    /// two rows for one date, a baseline of no points.</summary>
    private static void Validate(IReadOnlyList<MdcObservation> observations, MdcOptions options)
    {
        if (observations.Count == 0)
            throw new SpcInputException("There are no data rows to chart.");
        var seen = new Dictionary<DateOnly, int>();
        foreach (var o in observations)
        {
            var where = o.Row > 0 ? string.Create(CultureInfo.InvariantCulture, $"Row {o.Row}: ") : "";
            var date = o.X.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            if (!double.IsFinite(o.Y))
                throw new SpcInputException($"{where}y = {o.Y.ToString(CultureInfo.InvariantCulture)} is not a finite number.", o.Row, "y", null);
            if (!seen.TryAdd(o.X, o.Row))
                throw new SpcInputException($"{where}x = {date} appears twice; Making Data Count charts take one value per date.", o.Row, "x", date);
        }

        if (options.FixAfterPoints is < 1)
            throw new SpcInputException($"Option fix-after = {options.FixAfterPoints} must be at least 1.", null, "fix-after", null);
        if (options.Target is { } t && !double.IsFinite(t))
            throw new SpcInputException("Option target must be a finite number.", null, "target", null);
    }
}
