using LearningLoop.Analytics.Psychometrics;
using static LearningLoop.Analytics.Tests.Psychometrics.PsychometricsReference;

namespace LearningLoop.Analytics.Tests.Psychometrics;

public sealed class WelchTTestTests
{
    public static TheoryData<int> Cases => new() { 0, 1 };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Matches_R_t_test_including_Students_sleep_data(int index)
    {
        var expected = Root.GetProperty("welch")[index];
        var result = WelchTTest.Compute(Vector(expected.GetProperty("x")), Vector(expected.GetProperty("y")));
        Close(expected.GetProperty("difference").GetDouble(), result.Difference);
        Close(expected.GetProperty("ciLow").GetDouble(), result.CiLow);
        Close(expected.GetProperty("ciHigh").GetDouble(), result.CiHigh);
        Close(expected.GetProperty("p").GetDouble(), result.P);
        Close(expected.GetProperty("t").GetDouble(), result.T);
        Close(expected.GetProperty("df").GetDouble(), result.DegreesOfFreedom);
    }

    [Fact]
    public void Swapping_the_samples_mirrors_the_interval_and_keeps_p()
    {
        var sleep = Root.GetProperty("welch")[0];
        var x = Vector(sleep.GetProperty("x"));
        var y = Vector(sleep.GetProperty("y"));
        var forward = WelchTTest.Compute(x, y);
        var backward = WelchTTest.Compute(y, x);
        Close(-forward.CiHigh, backward.CiLow);
        Close(forward.P, backward.P);
    }

    [Fact]
    public void Quantile_is_the_inverse_of_the_distribution_function()
    {
        foreach (var df in new[] { 1.5, 4.0, 17.7764735161785, 250.0 })
        {
            var q = WelchTTest.StudentTQuantile(df, 0.975);
            Close(0.975, MathNet.Numerics.Distributions.StudentT.CDF(0, 1, df, q), 1e-15);
        }
    }

    [Fact]
    public void Fewer_than_two_values_in_a_sample_gives_no_test()
    {
        var result = WelchTTest.Compute([3.0], [2.0, 4.0, 5.0]);
        Assert.True(double.IsNaN(result.P) && double.IsNaN(result.CiLow));
    }
}
