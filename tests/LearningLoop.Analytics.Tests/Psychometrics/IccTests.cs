using LearningLoop.Analytics.Psychometrics;
using static LearningLoop.Analytics.Tests.Psychometrics.PsychometricsReference;

namespace LearningLoop.Analytics.Tests.Psychometrics;

public sealed class IccTests
{
    [Fact]
    public void Matches_one_way_anova_in_R()
    {
        var icc = Root.GetProperty("icc");
        var groups = icc.GetProperty("groups").EnumerateArray().Select(g => (IReadOnlyList<double>)Vector(g)).ToList();
        var result = Icc.FromGroups(groups);
        Close(icc.GetProperty("msb").GetDouble(), result.MeanSquareBetween);
        Close(icc.GetProperty("msw").GetDouble(), result.MeanSquareWithin);
        Close(icc.GetProperty("k0").GetDouble(), result.K0);
        Close(icc.GetProperty("icc1").GetDouble(), result.Icc1);
        Close(icc.GetProperty("icc2").GetDouble(), result.Icc2);
    }

    [Fact]
    public void Fewer_than_two_groups_gives_no_icc() =>
        Assert.True(double.IsNaN(Icc.FromGroups([(IReadOnlyList<double>)[1.0, 2.0, 3.0]]).Icc1));

    [Fact]
    public void Merging_moments_equals_adding_every_value()
    {
        var values = Enumerable.Range(0, 101).Select(i => Math.Sin(i) * 1e3 + 1e6).ToArray();
        var whole = RunningMoments.Of(values);
        var merged = RunningMoments.Of(values.AsSpan(0, 40));
        merged.Merge(RunningMoments.Of(values.AsSpan(40)));
        Assert.Equal(whole.Count, merged.Count);
        Close(whole.Mean, merged.Mean, 1e-14);
        Close(whole.Variance, merged.Variance, 1e-11);
    }
}
