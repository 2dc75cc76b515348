using LearningLoop.Analytics.Psychometrics;
using static LearningLoop.Analytics.Tests.Psychometrics.PsychometricsReference;

namespace LearningLoop.Analytics.Tests.Psychometrics;

public sealed class RwgJTests
{
    [Fact]
    public void Matches_R()
    {
        var rwg = Root.GetProperty("rwg");
        Close(rwg.GetProperty("rwgJ").GetDouble(), RwgJ.Compute(Matrix(rwg.GetProperty("ratings")), rwg.GetProperty("scalePoints").GetInt32()));
    }

    [Fact]
    public void Null_variance_of_a_five_point_scale_is_2() => Assert.Equal(2.0, RwgJ.UniformNullVariance(5));

    [Fact]
    public void Perfect_agreement_is_1_and_variance_at_or_above_the_null_is_0()
    {
        Assert.Equal(1.0, RwgJ.Compute(0, 7, 2));
        Assert.Equal(0.0, RwgJ.Compute(2, 7, 2));
        Assert.Equal(0.0, RwgJ.Compute(3.5, 7, 2));
    }

    [Fact]
    public void More_items_raise_agreement_for_the_same_item_variance() =>
        Assert.True(RwgJ.Compute(1, 7, 2) > RwgJ.Compute(1, 3, 2));
}
