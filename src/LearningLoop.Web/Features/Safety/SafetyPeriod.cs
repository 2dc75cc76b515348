using LearningLoop.Analytics.Rates;
using LearningLoop.Core.Safety;

namespace LearningLoop.Web.Features.Safety;

/// <summary>The months a rate page shows and the two periods its table compares: by default the 36 months up to the
/// latest day with patient days (today when there is none), split so that "after" is the last 12 of them.</summary>
public sealed record SafetyPeriod(DateOnly From, DateOnly To, DateOnly Split)
{
    public static SafetyPeriod Resolve(DateOnly? from, DateOnly? to, DateOnly? split, DateOnly latest)
    {
        var end = to ?? new DateOnly(latest.Year, latest.Month, 1).AddMonths(1).AddDays(-1);
        var start = from ?? SafetyRates.Month(end).AddMonths(-35);
        var cut = split ?? SafetyRates.Month(end).AddMonths(-11);
        return new SafetyPeriod(start, end, cut < start || cut > end ? start : cut);
    }

    /// <summary>One rate's comparison of the months before <see cref="Split"/> with the months from it (rate ratio and its
    /// exact Poisson 95% interval, as R's <c>poisson.test</c>); null when either period has no patient days.</summary>
    public RateComparison? Compare(IReadOnlyList<SafetyMonth> months, SafetyRate rate)
    {
        ArgumentNullException.ThrowIfNull(months);
        EventRate Sum(IEnumerable<SafetyMonth> ms) => new(ms.Sum(m => (long)m.Count(rate)), ms.Sum(m => (double)m.PatientDays));
        var (before, after) = (Sum(months.Where(m => m.Month < Split)), Sum(months.Where(m => m.Month >= Split)));
        return before.PatientDays > 0 && after.PatientDays > 0 ? RateComparison.Compare(before, after) : null;
    }
}
