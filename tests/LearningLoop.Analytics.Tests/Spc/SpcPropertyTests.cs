using FsCheck;
using FsCheck.Xunit;
using LearningLoop.Analytics.Spc;

namespace LearningLoop.Analytics.Tests.Spc;

/// <summary>Properties that hold for any data, checked on generated series.</summary>
public sealed class SpcPropertyTests
{
    private static readonly SpcChartType[] AllCharts = Enum.GetValues<SpcChartType>();

    [Property(MaxTest = 200)]
    public bool Scaling_y_scales_centre_and_limits_of_an_i_chart(int[] raw, PositiveInt factor)
    {
        if (raw.Length < 3)
            return true;
        var ys = raw.Select(v => (double)v).ToArray();
        var k = factor.Get / 7.0;

        var plain = SpcEngine.Analyse(SpcTestData.Series(ys), new SpcOptions(SpcChartType.I));
        var scaled = SpcEngine.Analyse(SpcTestData.Series(ys.Select(y => y * k)), new SpcOptions(SpcChartType.I));

        return plain.Points.Zip(scaled.Points).All(p =>
            Close(p.First.Cl * k, p.Second.Cl) && Close(p.First.Lcl * k, p.Second.Lcl) && Close(p.First.Ucl * k, p.Second.Ucl));
    }

    [Property(MaxTest = 200)]
    public bool The_multiply_option_scales_y_centre_and_limits(NonNegativeInt[] counts, PositiveInt factor)
    {
        if (counts.Length < 2)
            return true;
        var ys = counts.Select(c => (double)c.Get).ToArray();
        var ns = counts.Select(c => (double)c.Get + 10).ToArray();

        var plain = SpcEngine.Analyse(SpcTestData.Series(ys, ns), new SpcOptions(SpcChartType.U));
        var scaled = SpcEngine.Analyse(SpcTestData.Series(ys, ns), new SpcOptions(SpcChartType.U, Multiply: factor.Get));

        return plain.Points.Zip(scaled.Points).All(p =>
            Close(p.First.Y * factor.Get, p.Second.Y) && Close(p.First.Cl * factor.Get, p.Second.Cl)
            && Close(p.First.Lcl * factor.Get, p.Second.Lcl) && Close(p.First.Ucl * factor.Get, p.Second.Ucl))
            && plain.Parts.SequenceEqual(scaled.Parts);
    }

    [Property(MaxTest = 100)]
    public bool A_series_entirely_on_the_centre_line_has_no_useful_observations(int value, PositiveInt length)
    {
        var ys = Enumerable.Repeat((double)value, 2 + (length.Get % 40)).ToArray();

        var chart = SpcEngine.Analyse(SpcTestData.Series(ys), new SpcOptions(SpcChartType.Run));

        var part = chart.Parts.Single();
        return part.NUseful == 0 && part.LongestRun is null && part.NCrossings is null && !part.RunsSignal && part.NObs == ys.Length;
    }

    [Property(MaxTest = 200)]
    public bool Permuting_points_within_a_part_keeps_the_centre_of_a_c_chart(NonNegativeInt[] counts, int seed)
    {
        if (counts.Length < 2)
            return true;
        var ys = counts.Select(c => (double)(c.Get % 1000)).ToArray();
        var shuffled = ys.ToArray();
        new Random(seed).Shuffle(shuffled);

        var a = SpcEngine.Analyse(SpcTestData.Series(ys), new SpcOptions(SpcChartType.C));
        var b = SpcEngine.Analyse(SpcTestData.Series(shuffled), new SpcOptions(SpcChartType.C));

        return Close(a.Points[0].Cl, b.Points[0].Cl) && Close(a.Points[0].Ucl, b.Points[0].Ucl);
    }

    [Property(MaxTest = 300)]
    public bool Limits_are_never_NaN_or_infinite_for_any_chart(NonNegativeInt[] counts, PositiveInt extra, byte chartIndex, bool withFreeze)
    {
        if (counts.Length < 2)
            return true;
        var chart = AllCharts[chartIndex % AllCharts.Length];
        var ys = counts.Select(c => (double)(c.Get % 500) + (chart == SpcChartType.T ? 1 : 0)).ToArray();
        var ns = ys.Select(y => y + (extra.Get % 50) + 1).ToArray();
        var rows = chart.NeedsDenominator() || chart == SpcChartType.IP ? SpcTestData.Series(ys, ns) : SpcTestData.Series(ys);
        var options = new SpcOptions(chart, Freeze: withFreeze ? Math.Max(1, ys.Length / 2) : null);

        var result = SpcEngine.Analyse(rows, options);
        var json = SpcContractJson.Write(result);

        return result.Points.All(p => new[] { p.Y, p.Cl, p.Lcl, p.Ucl, p.Lcl2, p.Ucl2 }.All(v => v is null || double.IsFinite(v.Value)))
            && !json.Contains("NaN", StringComparison.Ordinal) && !json.Contains("Infinity", StringComparison.Ordinal);
    }

    [Property(MaxTest = 200)]
    public bool Runs_analysis_counts_are_consistent(int[] raw, byte chartIndex)
    {
        if (raw.Length < 2)
            return true;
        var chart = raw.Length % 2 == 0 ? SpcChartType.Run : SpcChartType.I;
        var result = SpcEngine.Analyse(SpcTestData.Series(raw.Select(v => (double)(v % 20))), new SpcOptions(chart));

        return result.Parts.All(p =>
            p.NUseful <= p.NObs
            && (p.NUseful == 0 || (p.NCrossings <= p.NUseful - 1 && p.LongestRun >= 1 && p.LongestRun <= p.NUseful))
            && p.RunsSignal == (p.NUseful > 0 && (p.LongestRun > p.LongestRunMax || p.NCrossings < p.NCrossingsMin)));
    }

    [Property(MaxTest = 200)]
    public bool Two_sigma_limits_lie_between_the_centre_and_the_control_limits(int[] raw)
    {
        if (raw.Length < 3)
            return true;
        var result = SpcEngine.Analyse(SpcTestData.Series(raw.Select(v => (double)v)), new SpcOptions(SpcChartType.I));

        return result.Points.All(p => p.Cl is null || p.Lcl is null
            || (p.Lcl <= p.Lcl2 + 1e-9 && p.Lcl2 <= p.Cl + 1e-9 && p.Cl <= p.Ucl2 + 1e-9 && p.Ucl2 <= p.Ucl + 1e-9));
    }

    private static bool Close(double? expected, double? actual)
    {
        if (expected is null || actual is null)
            return expected is null && actual is null;
        // Relative, with a floor of 1: a centre of exactly 0 may come back as 1e-17 after scaling (rounding, not a bug).
        var scale = Math.Max(Math.Max(Math.Abs(expected.Value), Math.Abs(actual.Value)), 1);
        return Math.Abs(expected.Value - actual.Value) <= 1e-9 * scale;
    }
}
