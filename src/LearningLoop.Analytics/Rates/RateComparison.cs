namespace LearningLoop.Analytics.Rates;

/// <summary>
/// Two periods' rates compared ("from 165.15 to 202.16 per 10,000 patient days, +22.4%"): the rate ratio after/before
/// with its exact 95% confidence interval and two-sided p-value. Null wherever R would give Inf or NaN.
/// </summary>
public sealed record RateComparison(
    EventRate Before,
    EventRate After,
    double? RateBeforePer10000,
    double? RateAfterPer10000,
    double? PercentChange,
    double? RateRatio,
    double? CiLow,
    double? CiHigh,
    double? P)
{
    public const double DefaultConfidence = 0.95;

    /// <summary>
    /// R's <c>poisson.test(c(after, before), c(daysAfter, daysBefore))</c>: conditional on the total x = x1 + x2,
    /// x1 ~ Binomial(x, π) with π = t1 / (t1 + t2) under equal rates, so the test is <c>binom.test(x1, x, π)</c> and
    /// the Clopper–Pearson interval [πL, πU] of π maps to the rate ratio by π / (1 − π) · t2 / t1
    /// (Przyborowski and Wilenski, Biometrika 1940; the source of R's stats::poisson.test).
    /// </summary>
    public static RateComparison Compare(EventRate before, EventRate after, double confidence = DefaultConfidence)
    {
        if (before.Events < 0 || after.Events < 0)
            throw new ArgumentOutOfRangeException(nameof(before), "Event counts cannot be negative.");
        if (!(before.PatientDays > 0) || !(after.PatientDays > 0))
            throw new ArgumentOutOfRangeException(nameof(before), "Both periods need patient days greater than zero.");
        if (!(confidence is > 0 and < 1))
            throw new ArgumentOutOfRangeException(nameof(confidence), "The confidence level lies between 0 and 1.");

        double x1 = after.Events, x2 = before.Events, t1 = after.PatientDays, t2 = before.PatientDays;
        var rateBefore = before.Per10000;
        var rateAfter = after.Per10000;
        var n = after.Events + before.Events;
        double? ciLow = null, ciHigh = null, p = null;
        if (n > 0)
        {
            var (piLow, piHigh) = ClopperPearson.Interval(after.Events, n, confidence);
            ciLow = Finite(piLow / (1 - piLow) * t2 / t1);
            ciHigh = Finite(piHigh / (1 - piHigh) * t2 / t1);
            p = BinomialTest.TwoSided(after.Events, n, t1 / (t1 + t2));
        }

        return new RateComparison(
            before,
            after,
            rateBefore,
            rateAfter,
            rateBefore is > 0 ? Finite((rateAfter!.Value - rateBefore.Value) / rateBefore.Value * 100) : null,
            Finite(x1 / t1 / (x2 / t2)),
            ciLow,
            ciHigh,
            p);
    }

    private static double? Finite(double value) => double.IsFinite(value) ? value : null;
}
