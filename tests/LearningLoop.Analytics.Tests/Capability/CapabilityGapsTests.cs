using FsCheck;
using FsCheck.Xunit;
using LearningLoop.Analytics.Capability;

namespace LearningLoop.Analytics.Tests.Capability;

public sealed class CapabilityGapsTests
{
    private static CapabilityProfile Profile(params (string Domain, string Level, double Mean, double Importance)[] cells) =>
        new(10, 5, cells.Select(c => new CapabilityCell(c.Domain, c.Level, 10, false, c.Mean, 0.5, 0.8, c.Importance, 10)).ToList());

    [Fact]
    public void A_low_important_cell_ranks_above_a_lower_unimportant_one()
    {
        var profile = Profile(
            ("engaging-stakeholders", CapabilityFramework.MiddleManagement, 2.2, 4.8),
            ("building-knowledge", CapabilityFramework.Individual, 1.8, 2.0),
            ("analysing-data", CapabilityFramework.Organisation, 4.3, 4.9));

        var gaps = CapabilityGaps.Rank(profile);

        Assert.Equal(["engaging-stakeholders", "building-knowledge", "analysing-data"], gaps.Select(g => g.Domain));
        Assert.Equal([1, 2, 3], gaps.Select(g => g.Rank));
        Assert.Equal(4.8 * (5 - 2.2), gaps[0].Priority, 12);
    }

    [Fact]
    public void Cells_without_importance_or_score_are_not_ranked()
    {
        var profile = new CapabilityProfile(10, 5,
        [
            new CapabilityCell("investment", CapabilityFramework.Team, 10, false, 2, 0.5, 0.8, null, null),
            new CapabilityCell("investment", CapabilityFramework.Organisation, 2, true, null, null, null, null, null),
        ]);
        Assert.Empty(CapabilityGaps.Rank(profile));
    }

    [Property(MaxTest = 200)]
    public bool Priority_falls_as_the_score_rises_and_rises_with_importance(PositiveInt a, PositiveInt b)
    {
        var low = 1 + (a.Get % 40) / 10.0;
        var high = Math.Min(5, low + 0.1 + (b.Get % 10) / 10.0);
        var importance = 1 + (b.Get % 40) / 10.0;
        return CapabilityGaps.Priority(low, importance) > CapabilityGaps.Priority(high, importance)
            && CapabilityGaps.Priority(low, importance + 0.5) >= CapabilityGaps.Priority(low, importance);
    }
}
