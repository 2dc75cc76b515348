namespace LearningLoop.Analytics.Rates;

/// <summary>Events over an exposure of patient days, e.g. event reports on a unit in one period.</summary>
public readonly record struct EventRate(long Events, double PatientDays)
{
    /// <summary>The conventional scale of safety reporting rates: events per 10,000 patient days.</summary>
    public const double Per = 10_000;

    /// <summary>Events per 10,000 patient days; null when there are no patient days.</summary>
    public double? Per10000 => PatientDays > 0 ? Events / PatientDays * Per : null;
}
