namespace LearningLoop.Analytics.Partnership;

/// <summary>The dimensions on which a stakeholder group's stake in an initiative is rated, each 1 (low) to 5 (high).
/// For barriers and effort a high rating is unfavourable; the map turns them round so that on every dimension a
/// higher score means a group pulls with the initiative.</summary>
public enum AlignmentDimension
{
    Priority,
    Incentives,
    Barriers,
    Benefit,
    Effort,
}

/// <summary>One group's ratings (1–5) of the initiative: whole numbers from an assessment, a group's means from an
/// alignment survey.</summary>
public sealed record GroupRatings(string Group, double Priority, double Incentives, double Barriers, double Benefit, double Effort);

/// <summary>One cell of the map: the favourable score (1–5), the gap below the other groups' median, and whether that
/// gap is wide enough to flag.</summary>
public sealed record AlignmentCell(string Group, AlignmentDimension Dimension, double Rating, double Favourable, double GapBelowOthers, bool Gap);

public sealed record AlignmentResult(IReadOnlyList<string> Groups, IReadOnlyList<AlignmentCell> Cells, IReadOnlyList<string> MisalignedGroups)
{
    public bool Misaligned => MisalignedGroups.Count > 0;
}

/// <summary>Where the groups of an initiative diverge (Kotter's and Shortell's point that clinical and managerial levels
/// must want the same change, made concrete): a group is flagged on a dimension when its favourable score lies at least
/// <see cref="GapThreshold"/> points (on the 1–5 scale) below the median of the other groups. The median, not the mean,
/// so that one outlying group does not hide another.</summary>
public static class AlignmentMap
{
    /// <summary>Two scale points: the distance between "a priority" and "not really", wider than a rater's noise.</summary>
    public const double GapThreshold = 2;

    public static IReadOnlyList<AlignmentDimension> Dimensions { get; } = Enum.GetValues<AlignmentDimension>();

    public static double Favourable(AlignmentDimension dimension, double rating) =>
        dimension is AlignmentDimension.Barriers or AlignmentDimension.Effort ? 6 - rating : rating;

    public static double Rating(GroupRatings g, AlignmentDimension d)
    {
        ArgumentNullException.ThrowIfNull(g);
        return d switch
        {
            AlignmentDimension.Priority => g.Priority,
            AlignmentDimension.Incentives => g.Incentives,
            AlignmentDimension.Barriers => g.Barriers,
            AlignmentDimension.Benefit => g.Benefit,
            _ => g.Effort,
        };
    }

    public static AlignmentResult Compute(IReadOnlyList<GroupRatings> groups)
    {
        ArgumentNullException.ThrowIfNull(groups);
        var cells = new List<AlignmentCell>();
        foreach (var d in Dimensions)
        {
            foreach (var g in groups)
            {
                var mine = Favourable(d, Rating(g, d));
                var others = groups.Where(o => !ReferenceEquals(o, g)).Select(o => Favourable(d, Rating(o, d))).ToList();
                var gap = others.Count == 0 ? 0 : Median(others) - mine;
                cells.Add(new AlignmentCell(g.Group, d, Rating(g, d), mine, gap, gap >= GapThreshold));
            }
        }
        var misaligned = groups.Select(g => g.Group).Where(name => cells.Any(c => c.Group == name && c.Gap)).ToList();
        return new AlignmentResult(groups.Select(g => g.Group).ToList(), cells, misaligned);
    }

    private static double Median(List<double> values)
    {
        values.Sort();
        var n = values.Count;
        return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    }
}
