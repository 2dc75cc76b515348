using LearningLoop.Analytics.Psychometrics;

namespace LearningLoop.Analytics.Capability;

/// <summary>The heat map of an assessment: every rated (domain, level) cell with its mean, its spread and its
/// importance, over the respondents given (all of them, or one group).</summary>
public sealed record CapabilityProfile(int Respondents, int MinCellSize, IReadOnlyList<CapabilityCell> Cells)
{
    public CapabilityCell? Cell(string domain, string level) => Cells.FirstOrDefault(c => c.Domain == domain && c.Level == level);

    /// <summary>The mean of a domain over its shown levels (null when every level is suppressed).</summary>
    public double? DomainMean(string domain)
    {
        var shown = Cells.Where(c => c.Domain == domain && c.Mean is not null).Select(c => c.Mean!.Value).ToList();
        return shown.Count == 0 ? null : shown.Average();
    }

    /// <summary>Computes the profile. A cell is shown only when at least <paramref name="minCellSize"/> respondents rated
    /// it; the assessment as a whole, only when that many responded at all (otherwise every cell is suppressed).
    /// Spread is the sample standard deviation and single-item agreement r_wg = 1 - s²/σ²_EU with the uniform null
    /// σ²_EU = (A² - 1)/12 (James, Demaree &amp; Wolf 1984, eq. 1 and 3), truncated to 0.</summary>
    public static CapabilityProfile Compute(IReadOnlyList<CapabilityRespondent> respondents, int minCellSize)
    {
        ArgumentNullException.ThrowIfNull(respondents);
        ArgumentOutOfRangeException.ThrowIfLessThan(minCellSize, 1);
        var nullVariance = RwgJ.UniformNullVariance(CapabilityFramework.ScaleMax - CapabilityFramework.ScaleMin + 1);
        var scores = new Dictionary<(string, string), List<double>>();
        var importance = new Dictionary<(string, string), List<double>>();
        foreach (var respondent in respondents)
        {
            foreach (var r in respondent.Ratings)
            {
                if (r.Score is { } s && InRange(s)) Add(scores, (r.Domain, r.Level), s);
                if (r.Importance is { } i && InRange(i)) Add(importance, (r.Domain, r.Level), i);
            }
        }
        var tooFew = respondents.Count < minCellSize;
        var cells = CapabilityFramework.Cells.Select(pair =>
        {
            var key = (pair.Domain.Key, pair.Level.Key);
            var values = scores.GetValueOrDefault(key) ?? [];
            var weights = importance.GetValueOrDefault(key) ?? [];
            if (tooFew || values.Count < minCellSize)
            {
                return new CapabilityCell(key.Item1, key.Item2, values.Count, true, null, null, null, null, null);
            }
            var moments = RunningMoments.Of(values.ToArray());
            var sd = values.Count > 1 ? Math.Sqrt(moments.Variance) : 0;
            var agreement = values.Count > 1 ? Math.Max(0, 1 - (moments.Variance / nullVariance)) : (double?)null;
            double? meanImportance = weights.Count >= minCellSize ? weights.Average() : null;
            return new CapabilityCell(key.Item1, key.Item2, values.Count, false, moments.Mean, sd, agreement, meanImportance,
                meanImportance is null ? null : weights.Count);
        }).ToList();
        return new CapabilityProfile(respondents.Count, minCellSize, cells);
    }

    private static bool InRange(int value) => value is >= CapabilityFramework.ScaleMin and <= CapabilityFramework.ScaleMax;

    private static void Add(Dictionary<(string, string), List<double>> into, (string, string) key, double value)
    {
        if (!into.TryGetValue(key, out var list))
        {
            into[key] = list = [];
        }
        list.Add(value);
    }
}
