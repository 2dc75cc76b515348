using LearningLoop.Core.Surveys;

namespace LearningLoop.Core.Tests.Surveys;

/// <summary>Plays the reader who wants a small group's response count: they see the total (when shown), the counts by
/// unit and by workgroup that are shown, which withheld counts are "fewer than N" (and which merely "not shown"), and know
/// the rules of <see cref="Disclosure.Partitions"/>. They try every
/// world (every value of every hidden count, up to a bound) that would have produced exactly what they see. A small
/// count is revealed when every such world agrees on it; it must never be (a zero may be: nobody stands behind it).</summary>
public sealed class ResponseCountDisclosureTests
{
    private const int MinCell = 5;

    [Theory]
    [InlineData(new[] { 10, 4 }, new[] { 14, 0 })] // the cases that broke simpler rules while this one was designed
    [InlineData(new[] { 9, 5 }, new[] { 5, 5, 4 })]
    [InlineData(new[] { 5, 5 }, new[] { 6, 4 })]
    [InlineData(new[] { 4, 4, 4 }, new[] { 6, 6 })]
    [InlineData(new[] { 4, 4, 4 }, new[] { 6, 6, 0 })]
    [InlineData(new[] { 9 }, new[] { 6, 3 })] // one unit: its count is the total
    [InlineData(new[] { 30 }, new[] { 20, 7, 3 })]
    public void No_small_count_is_pinned_down_by_any_sum_or_difference(int[] byUnit, int[] byWorkgroup) =>
        AssertNothingRevealed(byUnit, byWorkgroup);

    [Fact]
    public void No_small_count_is_pinned_down_in_random_tables_of_units_by_workgroups()
    {
        var random = new Random(20261123);
        for (var table = 0; table < 80; table++)
        {
            var units = random.Next(1, 3);
            var workgroups = random.Next(2, 4);
            var most = random.Next(1, 4);
            var cells = new int[units, workgroups];
            for (var u = 0; u < units; u++)
            {
                for (var w = 0; w < workgroups; w++)
                {
                    cells[u, w] = random.Next(0, most + 1);
                }
            }
            var byUnit = Enumerable.Range(0, units).Select(u => Enumerable.Range(0, workgroups).Sum(w => cells[u, w])).ToArray();
            var byWorkgroup = Enumerable.Range(0, workgroups).Select(w => Enumerable.Range(0, units).Sum(u => cells[u, w])).ToArray();
            AssertNothingRevealed(byUnit, byWorkgroup);
        }
    }

    [Fact]
    public void Counts_are_shown_when_no_group_is_small()
    {
        var (totalShown, shown) = Disclosure.Partitions(30, [[30], [20, 10]], MinCell);
        Assert.True(totalShown);
        Assert.All(shown.SelectMany(s => s), Assert.True);
    }

    [Fact]
    public void A_small_group_hides_the_largest_group_of_its_partition_and_the_total_stays_when_that_leaves_enough_doubt()
    {
        var (totalShown, shown) = Disclosure.Partitions(30, [[30], [20, 7, 3]], MinCell);
        Assert.True(totalShown); // hidden 23, and the complement could be as small as 7: 16 to spare
        Assert.Equal([false, true, false], shown[1]);
        Assert.Equal([true], shown[0]);
    }

    [Fact]
    public void A_partition_hidden_whole_still_leaves_the_total_when_the_small_group_could_be_anything_below_the_minimum()
    {
        var (totalShown, shown) = Disclosure.Partitions(9, [[9], [6, 3]], MinCell);
        Assert.True(totalShown); // 9 = nurses + case managers, nurses at least 5: case managers anywhere from 0 to 4
        Assert.Equal([true], shown[0]);
        Assert.Equal([false, false], shown[1]);
    }

    [Fact]
    public void A_total_that_would_bound_the_small_groups_is_hidden_and_no_partition_adds_up_to_it()
    {
        // Hidden 6 + 2 with the complement at least 6 (the other group shown): the 2 could only be 0 to 2.
        var (totalShown, shown) = Disclosure.Partitions(14, [[14], [6, 6, 2]], MinCell);
        Assert.False(totalShown);
        Assert.Equal([false], shown[0]);
        Assert.Equal([false, true, false], shown[1]);
    }

    private static void AssertNothingRevealed(int[] byUnit, int[] byWorkgroup)
    {
        var total = byUnit.Sum();
        // The reader tries every hidden count up to a bound beyond anything in the table: a smaller search only makes
        // the reader stronger (fewer worlds to tell apart), so the test errs on the strict side.
        var bound = byUnit.Concat(byWorkgroup).Max() + MinCell + 1;
        var seen = Disclosure.Partitions(total, [byUnit, byWorkgroup], MinCell);
        var hiddenUnits = Hidden(seen.PartsShown[0]);
        var hiddenWorkgroups = Hidden(seen.PartsShown[1]);
        var possible = new Dictionary<(int, int), HashSet<int>>();
        foreach (var units in Worlds(byUnit, hiddenUnits, seen.TotalShown ? total - Shown(byUnit, seen.PartsShown[0]) : null, bound))
        {
            var worldTotal = units.Sum();
            foreach (var workgroups in Worlds(byWorkgroup, hiddenWorkgroups, worldTotal - Shown(byWorkgroup, seen.PartsShown[1]), bound))
            {
                var world = Disclosure.Partitions(worldTotal, [units, workgroups], MinCell);
                if (world.TotalShown != seen.TotalShown || (seen.TotalShown && worldTotal != total)
                    || !world.PartsShown[0].SequenceEqual(seen.PartsShown[0]) || !world.PartsShown[1].SequenceEqual(seen.PartsShown[1]))
                {
                    continue;
                }
                if (!SameSmallness(units, byUnit, hiddenUnits) || !SameSmallness(workgroups, byWorkgroup, hiddenWorkgroups))
                {
                    continue; // the pages say which withheld counts are "fewer than N"
                }
                foreach (var j in hiddenUnits) Possible(possible, (0, j)).Add(units[j]);
                foreach (var j in hiddenWorkgroups) Possible(possible, (1, j)).Add(workgroups[j]);
            }
        }
        var parts = new[] { byUnit, byWorkgroup };
        foreach (var ((partition, j), values) in possible)
        {
            var truth = parts[partition][j];
            Assert.Contains(truth, values);
            if (truth is > 0 and < MinCell)
            {
                Assert.True(values.Count > 1,
                    $"units [{string.Join(",", byUnit)}], workgroups [{string.Join(",", byWorkgroup)}]: part {j} of partition {partition} is revealed as {truth}");
            }
        }
    }

    private static bool SameSmallness(int[] world, int[] truth, List<int> hidden) =>
        hidden.All(j => world[j] < MinCell == truth[j] < MinCell);

    private static HashSet<int> Possible(Dictionary<(int, int), HashSet<int>> possible, (int, int) key) =>
        possible.TryGetValue(key, out var set) ? set : possible[key] = [];

    private static List<int> Hidden(bool[] shown) => Enumerable.Range(0, shown.Length).Where(j => !shown[j]).ToList();

    private static int Shown(int[] parts, bool[] shown) => parts.Where((_, j) => shown[j]).Sum();

    /// <summary>Every way to fill the hidden parts (each 0..bound), adding up to <paramref name="sum"/> when it is known.</summary>
    private static IEnumerable<int[]> Worlds(int[] parts, List<int> hidden, int? sum, int bound)
    {
        if (sum < 0)
        {
            yield break;
        }
        var world = (int[])parts.Clone();
        foreach (var values in Fill(hidden.Count, sum, bound))
        {
            for (var k = 0; k < hidden.Count; k++) world[hidden[k]] = values[k];
            yield return (int[])world.Clone();
        }
    }

    private static IEnumerable<int[]> Fill(int count, int? sum, int bound)
    {
        if (count == 0)
        {
            if (sum is null or 0) yield return [];
            yield break;
        }
        if (count == 1 && sum is { } last)
        {
            if (last <= bound) yield return [last];
            yield break;
        }
        for (var v = 0; v <= Math.Min(bound, sum ?? bound); v++)
        {
            foreach (var rest in Fill(count - 1, sum - v, bound))
            {
                yield return [v, .. rest];
            }
        }
    }
}
