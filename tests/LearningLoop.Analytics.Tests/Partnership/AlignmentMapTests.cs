using LearningLoop.Analytics.Partnership;

namespace LearningLoop.Analytics.Tests.Partnership;

/// <summary>Gaps on the alignment map: two points below the other groups' median, on the favourable scale.</summary>
public sealed class AlignmentMapTests
{
    [Fact]
    public void A_group_two_points_below_the_others_on_priority_is_misaligned()
    {
        var map = AlignmentMap.Compute([
            new GroupRatings("Front line", 5, 4, 2, 5, 3),
            new GroupRatings("Middle managers", 2, 4, 2, 5, 3),
            new GroupRatings("Senior leaders", 4, 4, 2, 5, 3),
        ]);
        Assert.Equal(["Middle managers"], map.MisalignedGroups);
        var cell = map.Cells.Single(c => c.Group == "Middle managers" && c.Dimension == AlignmentDimension.Priority);
        Assert.True(cell.Gap);
        Assert.Equal(2.5, cell.GapBelowOthers); // median of 5 and 4 is 4.5
        Assert.Single(map.Cells, c => c.Gap);
    }

    [Fact]
    public void High_effort_and_barriers_count_against_a_group()
    {
        var map = AlignmentMap.Compute([
            new GroupRatings("A", 4, 4, 1, 4, 2),
            new GroupRatings("B", 4, 4, 2, 4, 2),
            new GroupRatings("C", 4, 4, 1, 4, 5),
        ]);
        var effort = map.Cells.Single(c => c.Group == "C" && c.Dimension == AlignmentDimension.Effort);
        Assert.Equal(1, effort.Favourable);
        Assert.True(effort.Gap);
        Assert.Equal(["C"], map.MisalignedGroups);
    }

    [Fact]
    public void One_point_apart_is_not_a_gap_and_a_single_group_has_nothing_to_diverge_from()
    {
        Assert.False(AlignmentMap.Compute([new GroupRatings("A", 5, 5, 1, 5, 1), new GroupRatings("B", 4, 4, 2, 4, 2)]).Misaligned);
        Assert.False(AlignmentMap.Compute([new GroupRatings("A", 1, 1, 5, 1, 5)]).Misaligned);
    }
}
