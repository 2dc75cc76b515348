using System.Globalization;

namespace LearningLoop.Analytics.Spc;

/// <summary>
/// Proposes a chart from the shape of the data, following the usual decision tree (Provost and Murray 2011, ch. 6;
/// Anhøj's qicharts2 vignette): too few points for limits, a run chart; counts out of a denominator, p; events per
/// exposure, u; very large denominators, Laney's p' or u'; rare events, g or t; subgroups, xbar; single measurements, i.
/// </summary>
public static class SpcChartAdvisor
{
    /// <summary>Below this many points, control limits are unreliable; a run chart needs no estimate of sigma.</summary>
    public const int MinimumPointsForLimits = 12;

    /// <summary>Denominators this large make binomial and Poisson limits too narrow (Laney 2002).</summary>
    public const double LargeDenominator = 1000;

    /// <summary>Median count per subgroup above which Poisson limits are usually too narrow (Laney's u').</summary>
    public const double LargeCount = 100;

    /// <summary>When at least this share of periods has no event, events are rare: chart what happens between them.</summary>
    public const double RareEventZeroShare = 0.25;

    /// <summary>Coefficient of variation from which positive values look geometric or exponential (cases or time between events).</summary>
    public const double BetweenEventsVariation = 0.8;

    public static ChartAdvice Advise(IReadOnlyList<SpcObservation> observations)
    {
        ArgumentNullException.ThrowIfNull(observations);
        var rows = observations.Where(o => o.Y is not null).ToList();
        var ys = rows.Select(o => o.Y!.Value).ToList();
        var subgroups = rows.GroupBy(o => o.X, StringComparer.Ordinal).ToList();
        var points = subgroups.Count;

        if (points < MinimumPointsForLimits)
            return Advice(SpcChartType.Run, $"Only {points} points: control limits need about {MinimumPointsForLimits} or more, so start with a run chart (median and runs rules need no estimate of sigma).");

        var withN = rows.Where(o => o.N is not null).ToList();
        if (withN.Count > 0)
            return WithDenominator(withN);

        var medianSize = Median(subgroups.Select(g => (double)g.Count()));
        if (medianSize >= 2)
            return Advice(SpcChartType.Xbar, $"Several measurements per x (median subgroup size {medianSize}): an xbar chart of the subgroup means, with an s chart for their spread.");

        var integers = ys.All(IsWholeNumber);
        var mean = ys.Average();
        var sd = Math.Sqrt(ys.Sum(y => (y - mean) * (y - mean)) / Math.Max(ys.Count - 1, 1));
        var cv = mean > 0 ? sd / mean : 0;
        if (integers && ys.All(y => y >= 0))
        {
            var zeroShare = ys.Count(y => y == 0) / (double)ys.Count;
            if (zeroShare >= RareEventZeroShare)
                return Advice(SpcChartType.G, $"Events are rare ({zeroShare:P0} of periods have none): count the cases between events and use a g chart (or the days between them with a t chart).");
            if (cv >= BetweenEventsVariation)
                return Advice(SpcChartType.G, $"Whole numbers as spread out as counts of cases between events (coefficient of variation {cv:0.00}): a g chart.");
            return Advice(SpcChartType.C, $"Counts of events per period, with the same opportunity each time: a c chart.");
        }

        if (ys.All(y => y > 0) && cv >= BetweenEventsVariation)
            return Advice(SpcChartType.T, $"Positive values as skewed as times between events (coefficient of variation {cv:0.00}): a t chart.");
        return Advice(SpcChartType.I, $"Single continuous measurements per x: an I chart.");
    }

    private static ChartAdvice WithDenominator(List<SpcObservation> rows)
    {
        var medianN = Median(rows.Select(o => o.N!.Value));
        var medianY = Median(rows.Select(o => o.Y!.Value));
        var counts = rows.All(o => IsWholeNumber(o.Y!.Value) && o.Y >= 0);
        var yesNo = counts && rows.All(o => o.Y <= o.N && IsWholeNumber(o.N!.Value));
        if (yesNo)
        {
            return medianN >= LargeDenominator
                ? Advice(SpcChartType.PP, $"Yes/no counts out of very large denominators (median n = {medianN:#,0}): ordinary p limits would be too narrow, so Laney's p' chart.")
                : Advice(SpcChartType.P, $"Yes/no counts out of a denominator (y ≤ n, whole numbers): a p chart of the proportion.");
        }

        if (counts)
        {
            return medianY >= LargeCount
                ? Advice(SpcChartType.UP, $"Counts per exposure with large counts (median {medianY:#,0}): ordinary u limits would be too narrow, so Laney's u' chart.")
                : Advice(SpcChartType.U, $"Counts of events per area of opportunity (events can exceed the denominator): a u chart of the rate.");
        }

        return Advice(SpcChartType.I, $"Numerators that are not counts, with a denominator: an I chart of y / n.");
    }

    private static ChartAdvice Advice(SpcChartType chart, FormattableString reason) =>
        new(chart, reason.ToString(CultureInfo.InvariantCulture));

    private static bool IsWholeNumber(double value) => value == Math.Floor(value);

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0)
            return 0;
        var mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
