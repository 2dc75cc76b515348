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

    [Fact]
    public void Survey_means_are_compared_unrounded_so_a_gap_just_under_two_points_is_not_flagged()
    {
        // 4.4 − 2.5 = 1.9: rounding both (4 and 3, or 4 and 2) would decide the flag by the rounding, not by the answers.
        var near = AlignmentMap.Compute([new GroupRatings("Front line", 4.4, 3, 3, 4, 3), new GroupRatings("Managers", 2.5, 3, 3, 4, 3)]);
        Assert.False(near.Misaligned);
        Assert.Equal(1.9, near.Cells.Single(c => c.Group == "Managers" && c.Dimension == AlignmentDimension.Priority).GapBelowOthers, 9);
        var far = AlignmentMap.Compute([new GroupRatings("Front line", 4.6, 3, 3, 4, 3), new GroupRatings("Managers", 2.5, 3, 3, 4, 3)]);
        Assert.Equal(["Managers"], far.MisalignedGroups);
        var effort = AlignmentMap.Compute([new GroupRatings("A", 3, 3, 3, 3, 4.5), new GroupRatings("B", 3, 3, 3, 3, 2.5)])
            .Cells.Single(c => c.Group == "A" && c.Dimension == AlignmentDimension.Effort);
        Assert.Equal(1.5, effort.Favourable, 9);
        Assert.True(effort.Gap);
    }
}
