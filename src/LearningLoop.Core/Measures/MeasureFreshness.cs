namespace LearningLoop.Core.Measures;

/// <summary>A measure whose data stopped: its last period with a value, and how many whole periods have ended since.</summary>
public sealed record DataStopped(DateOnly LastPeriod, int MissedPeriods, MeasureFrequency Frequency)
{
    /// <summary>For a tag or tooltip: "no data since 2025-08 (3 months missing)".</summary>
    public string Text => $"no data since {MeasurePeriods.Label(LastPeriod, Frequency)} ({MissedPeriods} {(Frequency == MeasureFrequency.Month ? "months" : "weeks")} missing)";
}

/// <summary>
/// Whether a measure's data stopped (issue 12): two or more periods that have ended without a value after its last one.
/// One missing period is the normal delay of monthly reporting; the period still running is never counted. A measure
/// with no data at all has not stopped, it has not started.
/// </summary>
public static class MeasureFreshness
{
    public const int MissedPeriodsToFlag = 2;

    public static DataStopped? Stopped(DateOnly? lastPeriod, MeasureFrequency frequency, DateOnly today)
    {
        if (lastPeriod is not { } last) return null;
        var missed = 0;
        // Bounded: a measure silent for years still answers quickly; counting past a hundred periods changes nothing.
        for (var period = MeasurePeriods.Next(last, frequency); MeasurePeriods.End(period, frequency) < today && missed < 100; period = MeasurePeriods.Next(period, frequency))
        {
            missed++;
        }
        return missed >= MissedPeriodsToFlag ? new DataStopped(last, missed, frequency) : null;
    }

    /// <summary>The same for a measure whose values are loaded.</summary>
    public static DataStopped? Stopped(Measure measure, DateOnly today) =>
        Stopped(measure.Values.Where(v => v.Numerator is not null).Select(v => (DateOnly?)v.Period).Max(), measure.Frequency, today);
}
