using LearningLoop.Analytics.RelationalCoordination;

namespace LearningLoop.Analytics.Tests.RelationalCoordination;

public sealed class RcBandsTests
{
    [Theory]
    [InlineData(1.0, TieStrength.Weak)]
    [InlineData(3.4999, TieStrength.Weak)]
    [InlineData(3.5, TieStrength.Moderate)]
    [InlineData(3.9999, TieStrength.Moderate)]
    [InlineData(4.0, TieStrength.Strong)]
    [InlineData(5.0, TieStrength.Strong)]
    public void Default_bands_are_weak_below_3_5_and_strong_from_4(double score, TieStrength expected) =>
        Assert.Equal(expected, RcBands.Default.Classify(score));

    [Fact]
    public void Thresholds_are_configurable()
    {
        var bands = new RcBands(moderateFrom: 3.0, strongFrom: 3.8);
        Assert.Equal(TieStrength.Moderate, bands.Classify(3.2));
        Assert.Equal(TieStrength.Strong, bands.Classify(3.8));
        Assert.Equal(TieStrength.Weak, RcBands.Default.Classify(3.2));
    }

    [Fact]
    public void Moderate_band_above_strong_band_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new RcBands(4.2, 4.0));
}
