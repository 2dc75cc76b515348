using LearningLoop.Analytics.Psychometrics;
using static LearningLoop.Analytics.Tests.Psychometrics.PsychometricsReference;

namespace LearningLoop.Analytics.Tests.Psychometrics;

public sealed class CronbachAlphaTests
{
    [Fact]
    public void Matches_psych_alpha_raw_alpha()
    {
        var alpha = Root.GetProperty("alpha");
        Close(alpha.GetProperty("rawAlpha").GetDouble(), CronbachAlpha.Compute(Matrix(alpha.GetProperty("scores"))));
    }

    [Fact]
    public void Identical_items_have_alpha_1_and_independent_items_have_alpha_near_0()
    {
        var identical = new double[6, 3];
        var independent = new double[2000, 3];
        var random = new Random(7);
        for (int r = 0; r < 6; r++)
        {
            for (int i = 0; i < 3; i++)
            {
                identical[r, i] = r % 5;
            }
        }

        for (int r = 0; r < 2000; r++)
        {
            for (int i = 0; i < 3; i++)
            {
                independent[r, i] = random.Next(1, 6);
            }
        }

        Close(1.0, CronbachAlpha.Compute(identical), 1e-12);
        Assert.InRange(CronbachAlpha.Compute(independent), -0.1, 0.1);
    }

    [Fact]
    public void No_variance_in_the_total_gives_no_alpha() =>
        Assert.True(double.IsNaN(CronbachAlpha.FromVariances([1.0, 1.0], 0)));
}
