namespace LearningLoop.Analytics.Capability;

/// <summary>A gap to act on: a cell rated low that respondents call important.</summary>
public sealed record CapabilityGap(int Rank, string Domain, string Level, double Score, double Importance, double Priority);

/// <summary>Ranks the shown cells by priority = importance × (scale maximum − score): the importance–performance idea
/// (Martilla &amp; James 1977) as one number, so a cell scores high only when it is both weak and important. Ties go to
/// the lower score, then to the domain and level order of the framework, so the ranking is stable.</summary>
public static class CapabilityGaps
{
    public static IReadOnlyList<CapabilityGap> Rank(CapabilityProfile profile, int top = int.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var order = CapabilityFramework.Cells.Select((c, i) => (c.Domain.Key, c.Level.Key, i)).ToDictionary(x => (x.Item1, x.Item2), x => x.i);
        return profile.Cells
            .Where(c => c.Mean is not null && c.Importance is not null)
            .Select(c => (c, priority: Priority(c.Mean!.Value, c.Importance!.Value)))
            .OrderByDescending(x => x.priority).ThenBy(x => x.c.Mean).ThenBy(x => order.GetValueOrDefault((x.c.Domain, x.c.Level), int.MaxValue))
            .Take(top)
            .Select((x, i) => new CapabilityGap(i + 1, x.c.Domain, x.c.Level, x.c.Mean!.Value, x.c.Importance!.Value, x.priority))
            .ToList();
    }

    public static double Priority(double score, double importance) => importance * (CapabilityFramework.ScaleMax - score);
}
