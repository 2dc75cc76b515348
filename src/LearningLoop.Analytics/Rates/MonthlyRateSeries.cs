using System.Globalization;
using LearningLoop.Analytics.Spc;

namespace LearningLoop.Analytics.Rates;

/// <summary>One month of a rate: events and patient days (e.g. event reports on 4 West in March 2025).</summary>
public readonly record struct MonthlyRate(DateOnly Month, long Events, long PatientDays)
{
    public double? Per10000 => new EventRate(Events, PatientDays).Per10000;
}

/// <summary>
/// Monthly events over patient days, ready for a u chart on the SPC engine: x = the month's first day (ISO date),
/// y = events, n = patient days, <see cref="UChartOptions"/> scaling to per 10,000 patient days. A month without
/// patient days has neither y nor n (a gap on the chart, left out of the centre line), as qicharts2 treats NA.
/// </summary>
public static class MonthlyRateSeries
{
    /// <summary>qicharts2 <c>qic(month, events, n = patientDays, chart = "u", multiply = 10000)</c>.</summary>
    public static SpcOptions UChartOptions { get; } = new(SpcChartType.U, Multiply: EventRate.Per);

    /// <summary>
    /// Sums events (by the day they happened) and patient days (by census date) into every month from
    /// <paramref name="from"/>'s month to <paramref name="to"/>'s month inclusive; days outside are left out.
    /// </summary>
    public static IReadOnlyList<MonthlyRate> Build(
        IEnumerable<DateOnly> eventDates, IEnumerable<(DateOnly Date, int PatientDays)> patientDays, DateOnly from, DateOnly to)
    {
        ArgumentNullException.ThrowIfNull(eventDates);
        ArgumentNullException.ThrowIfNull(patientDays);
        var first = new DateOnly(from.Year, from.Month, 1);
        var last = new DateOnly(to.Year, to.Month, 1);
        if (last < first)
            throw new ArgumentException($"The period ends ({to:yyyy-MM-dd}) before it starts ({from:yyyy-MM-dd}).", nameof(to));

        var count = MonthIndex(last, first) + 1;
        var events = new long[count];
        var days = new long[count];
        foreach (var date in eventDates)
        {
            var i = MonthIndex(date, first);
            if ((uint)i < (uint)count)
                events[i]++;
        }

        foreach (var (date, patientDaysOnDate) in patientDays)
        {
            var i = MonthIndex(date, first);
            if ((uint)i < (uint)count)
                days[i] += patientDaysOnDate;
        }

        return [.. Enumerable.Range(0, count).Select(i => new MonthlyRate(first.AddMonths(i), events[i], days[i]))];
    }

    /// <summary>The rows for <see cref="SpcEngine.Analyse"/> with <see cref="UChartOptions"/>.</summary>
    public static IReadOnlyList<SpcObservation> Observations(IReadOnlyList<MonthlyRate> months)
    {
        ArgumentNullException.ThrowIfNull(months);
        var rows = new SpcObservation[months.Count];
        for (var i = 0; i < months.Count; i++)
        {
            var month = months[i];
            var x = month.Month.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            rows[i] = month.PatientDays > 0
                ? new SpcObservation(x, month.Events, month.PatientDays, i + 1)
                : new SpcObservation(x, null, null, i + 1);
        }

        return rows;
    }

    private static int MonthIndex(DateOnly date, DateOnly first) => ((date.Year - first.Year) * 12) + date.Month - first.Month;
}
