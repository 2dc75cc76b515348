using LearningLoop.Core.Surveys;

namespace LearningLoop.Core.Tests.Surveys;

public sealed class DisclosureTests
{
    [Theory]
    [InlineData(4, new int[] { }, false)] // too few altogether
    [InlineData(8, new[] { 6 }, false)] // 8 - 6 = 2 would give two people away
    [InlineData(11, new[] { 6 }, true)] // the rest, 5, is itself enough
    [InlineData(10, new[] { 5, 5 }, true)] // nothing left over
    [InlineData(9, new[] { 5 }, false)]
    public void A_total_is_shown_only_when_what_is_left_after_its_shown_parts_is_nothing_or_enough(int total, int[] shown, bool expected) =>
        Assert.Equal(expected, Disclosure.CanShowTotal(total, shown, 5));

    [Fact]
    public void A_wave_counts_respondents_once_whatever_their_number_of_answers()
    {
        var nurses = Enumerable.Range(0, 5).Select(_ => Guid.NewGuid()).ToList();
        var rows = nurses.SelectMany(r => new[] { Row(r, 1), Row(r, 1), Row(r, 1) }).Append(Row(Guid.NewGuid(), 2)).ToList();
        Assert.Equal((6, true), Disclosure.Wave(rows, 5));
        Assert.Equal((5, false), Disclosure.Wave(rows.Where(r => r.Workgroup == 1), 5));
    }

    private static SubmittedAnswers.Row Row(Guid response, int workgroup) => new(response, 1, workgroup, null, "frequency", 1, 3);
}
