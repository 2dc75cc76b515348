namespace LearningLoop.Core.Surveys;

/// <summary>When a total may be shown beside its parts. A total over enough respondents can still give away a small
/// group: total minus the shown parts is the rest. So a total is shown only when that rest is nothing or is itself at
/// least the minimum cell size (complementary suppression, as statistical offices practise it).</summary>
public static class Disclosure
{
    public static bool CanShowTotal(int total, IEnumerable<int> shownParts, int minCellSize)
    {
        var rest = total - shownParts.Sum();
        return total >= minCellSize && (rest == 0 || rest >= minCellSize);
    }

    /// <summary>The respondents of a wave, and whether its whole-wave figures may be shown: enough respondents, and the
    /// respondents of workgroups too small to show (together) either none or enough.</summary>
    public static (int Respondents, bool Hidden) Wave(IEnumerable<SubmittedAnswers.Row> rows, int minCellSize)
    {
        var byWorkgroup = rows.GroupBy(r => r.Workgroup).Select(g => (g.Key, Count: g.Select(r => r.Response).Distinct().Count())).ToList();
        var total = byWorkgroup.Sum(g => g.Count);
        var shown = byWorkgroup.Where(g => g.Key is not null && g.Count >= minCellSize).Select(g => g.Count);
        return (total, !CanShowTotal(total, shown, minCellSize));
    }

    /// <summary>Which counts of one total and of its partitions may be shown: response counts by unit and by workgroup are
    /// two partitions of the same respondents, each adding up to the total, and a reader may combine them all. Rules
    /// (decision 0015 gives the argument; <c>ResponseCountDisclosureTests</c> plays the reader on random tables):
    /// <list type="number">
    /// <item>A part below the minimum cell size is hidden ("fewer than N").</item>
    /// <item>In a partition with a hidden part, its largest shown part is hidden too (the complement), so the hidden
    /// parts are never pinned down by subtraction: the reader knows only that the complement is at least as large as
    /// every part still shown, and it can absorb any value of the small ones.</item>
    /// <item>The total is shown only when, in every partition, nothing is hidden, or the hidden parts add up to at least
    /// N - 1 more than the least the complement could be (so each small part may still be anything from 0 to N - 1).</item>
    /// <item>When the total is hidden, no partition may add up to it: a partition with nothing hidden has its largest part
    /// hidden; if some partition has no part shown at all, its parts bound the total from above, so every count is hidden.</item>
    /// </list></summary>
    /// <param name="partitions">Each partition's part counts; each must add up to <paramref name="total"/>.</param>
    public static (bool TotalShown, IReadOnlyList<bool[]> PartsShown) Partitions(int total, IReadOnlyList<IReadOnlyList<int>> partitions, int minCellSize)
    {
        ArgumentNullException.ThrowIfNull(partitions);
        if (partitions.Any(p => p.Sum() != total))
        {
            throw new ArgumentException("Every partition must add up to the total.", nameof(partitions));
        }
        var shown = partitions.Select(p => p.Select(n => n >= minCellSize).ToArray()).ToList();
        for (var i = 0; i < partitions.Count; i++)
        {
            if (shown[i].Contains(false))
            {
                HideLargestShown(partitions[i], shown[i]);
            }
        }
        var totalShown = total >= minCellSize && partitions.Select((p, i) => TotalKeepsPartsHidden(p, shown[i], minCellSize)).All(ok => ok);
        if (totalShown)
        {
            return (true, shown);
        }
        if (partitions.Any(p => p.Count > 0 && p.Any(n => n < minCellSize) && p.All(n => n < minCellSize)))
        {
            return (false, shown.Select(s => new bool[s.Length]).ToList());
        }
        for (var i = 0; i < partitions.Count; i++)
        {
            if (!shown[i].Contains(false))
            {
                HideLargestShown(partitions[i], shown[i]);
            }
        }
        return (false, shown);
    }

    private static bool TotalKeepsPartsHidden(IReadOnlyList<int> parts, bool[] shown, int minCellSize)
    {
        if (!shown.Contains(false))
        {
            return true;
        }
        if (!parts.Where((n, j) => !shown[j]).Any(n => n >= minCellSize))
        {
            return false; // only small parts hidden, none to absorb them: the total would bound them
        }
        var hidden = parts.Where((_, j) => !shown[j]).Sum();
        var leastComplement = Math.Max(minCellSize, parts.Where((_, j) => shown[j]).DefaultIfEmpty(0).Max());
        return hidden - leastComplement >= minCellSize - 1;
    }

    private static void HideLargestShown(IReadOnlyList<int> parts, bool[] shown)
    {
        var candidates = Enumerable.Range(0, parts.Count).Where(j => shown[j]).ToList();
        if (candidates.Count > 0)
        {
            shown[candidates.MaxBy(j => parts[j])] = false;
        }
    }
}
