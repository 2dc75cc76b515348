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
}
