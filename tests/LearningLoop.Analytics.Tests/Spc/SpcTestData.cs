using System.Globalization;
using LearningLoop.Analytics.Spc;

namespace LearningLoop.Analytics.Tests.Spc;

/// <summary>Builds observation lists for tests.</summary>
public static class SpcTestData
{
    public static List<SpcObservation> Series(IEnumerable<double> ys) =>
        [.. ys.Select((y, i) => new SpcObservation((i + 1).ToString(CultureInfo.InvariantCulture), y, null, i + 2))];

    public static List<SpcObservation> Series(IEnumerable<double> ys, IEnumerable<double> ns) =>
        [.. ys.Zip(ns).Select((p, i) => new SpcObservation((i + 1).ToString(CultureInfo.InvariantCulture), p.First, p.Second, i + 2))];

    /// <summary>A stable series: a repeating pattern around 50 with no runs longer than two.</summary>
    public static double[] Stable(int count) =>
        [.. Enumerable.Range(0, count).Select(i => 50 + ((i % 4) switch { 0 => 2.0, 1 => -1.5, 2 => 1.0, _ => -2.5 }))];
}
