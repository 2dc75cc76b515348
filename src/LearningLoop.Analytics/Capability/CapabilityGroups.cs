namespace LearningLoop.Analytics.Capability;

/// <summary>The same assessment seen by each respondent group (executives, managers, staff, partners), each group
/// suppressed on its own, and where two groups see their organisation differently.</summary>
public sealed record CapabilityGroups(IReadOnlyDictionary<string, CapabilityProfile> Profiles)
{
    public static CapabilityGroups Compute(IReadOnlyList<CapabilityRespondent> respondents, int minCellSize)
    {
        ArgumentNullException.ThrowIfNull(respondents);
        var profiles = respondents.GroupBy(r => r.Group, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => CapabilityProfile.Compute(g.ToList(), minCellSize), StringComparer.Ordinal);
        return new CapabilityGroups(profiles);
    }

    /// <summary>Cells where both groups are shown, with <c>first − second</c>, largest difference first.</summary>
    public IReadOnlyList<CapabilityDifference> Compare(string first, string second)
    {
        if (!Profiles.TryGetValue(first, out var a) || !Profiles.TryGetValue(second, out var b))
        {
            return [];
        }
        return CapabilityDifference.Between(a, b);
    }
}

/// <summary>One cell in two profiles (two groups, or two assessments): <see cref="Difference"/> is first − second.</summary>
public sealed record CapabilityDifference(string Domain, string Level, double First, double Second)
{
    public double Difference => First - Second;

    /// <summary>Cells shown in both profiles, largest absolute difference first; suppressed cells never enter.</summary>
    public static IReadOnlyList<CapabilityDifference> Between(CapabilityProfile first, CapabilityProfile second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        return first.Cells
            .Select(a => (a, b: second.Cell(a.Domain, a.Level)))
            .Where(p => p.a.Mean is not null && p.b?.Mean is not null)
            .Select(p => new CapabilityDifference(p.a.Domain, p.a.Level, p.a.Mean!.Value, p.b!.Mean!.Value))
            .OrderByDescending(d => Math.Abs(d.Difference)).ThenBy(d => d.Domain, StringComparer.Ordinal).ThenBy(d => d.Level, StringComparer.Ordinal)
            .ToList();
    }
}
