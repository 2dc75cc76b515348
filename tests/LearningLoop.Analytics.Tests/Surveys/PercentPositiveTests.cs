using LearningLoop.Analytics.Surveys;

namespace LearningLoop.Analytics.Tests.Surveys;

public sealed class PercentPositiveTests
{
    private static readonly AgreementScale Agree = new(1, 5, NotApplicable: 6);
    private static readonly AgreementScale Reverse = new(1, 5, Reverse: true, NotApplicable: 6);

    [Fact]
    public void Agree_and_strongly_agree_are_positive_and_does_not_apply_leaves_the_denominator()
    {
        // 1..5 once each, two N/A and a value off the scale: 2 positive (4, 5) of 5 countable answers.
        var item = PercentPositive.Item("x", [1, 2, 3, 4, 5, 6, 6, 9], Agree);
        Assert.Equal((2, 5), (item.Positive, item.Answered));
        Assert.Equal(40, item.Percent);
    }

    [Fact]
    public void A_reverse_worded_item_counts_disagreement_as_positive()
    {
        var item = PercentPositive.Item("r", [1, 1, 2, 3, 5, 6], Reverse);
        Assert.Equal((3, 5), (item.Positive, item.Answered));
        Assert.Equal([true, true, false, false, false], new[] { 1, 2, 3, 4, 5 }.Select(v => PercentPositive.IsPositive(v, Reverse)!.Value));
        Assert.Null(PercentPositive.IsPositive(6, Reverse));
    }

    [Fact]
    public void A_composite_is_the_mean_of_its_items_percent_positive_whatever_their_answer_counts()
    {
        // Item a: 1 of 2 positive (50%); item b: 9 of 10 (90%); item c unanswered (left out). Pooling answers would give 10/12.
        var a = PercentPositive.Item("a", [5, 1], Agree);
        var b = PercentPositive.Item("b", [5, 5, 5, 5, 4, 4, 4, 4, 4, 2], Agree);
        var c = PercentPositive.Item("c", [6, 6], Agree);
        Assert.Null(c.Percent);
        Assert.Equal(70, PercentPositive.Composite([a, b, c])!.Value, 10);
        Assert.Null(PercentPositive.Composite([c]));
    }

    [Fact]
    public void The_two_proportion_test_matches_R_prop_test_without_continuity_correction()
    {
        // R 4.x: prop.test(c(45, 60), c(100, 100), correct = FALSE) -> X-squared = 4.5113, p-value = 0.03367
        var result = TwoProportionTest.Compare(45, 100, 60, 100)!;
        Assert.Equal(4.5113, result.Z * result.Z, 4);
        Assert.Equal(0.03367, result.PValue, 5);
        Assert.Equal(15, result.Difference, 10);
        Assert.True(result.Z > 0);
        Assert.Null(TwoProportionTest.Compare(0, 10, 0, 10)); // no variation to test
        Assert.Null(TwoProportionTest.Compare(1, 0, 1, 10));
    }
}
