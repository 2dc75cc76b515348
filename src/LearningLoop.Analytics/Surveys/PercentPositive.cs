namespace LearningLoop.Analytics.Surveys;

/// <summary>An item's answer scale as percent-positive scoring reads it: the points from <see cref="Min"/> to
/// <see cref="Max"/>, worded the other way round when <see cref="Reverse"/>, and the value that means "does not apply /
/// don't know", if the item offers one.</summary>
public readonly record struct AgreementScale(int Min, int Max, bool Reverse = false, int? NotApplicable = null);

/// <summary>One item's positive answers out of the answers that count (N/A left out).</summary>
public sealed record ItemPercentPositive(string Key, int Positive, int Answered)
{
    /// <summary>0–100, or null when nobody gave a countable answer.</summary>
    public double? Percent => Answered == 0 ? null : 100.0 * Positive / Answered;
}

/// <summary>
/// Percent-positive scoring as AHRQ's Surveys on Patient Safety Culture report it (SOPS Hospital Survey 2.0 user's
/// guide, "Calculating item and composite percent positive scores"): an answer is positive when it is one of the top
/// two points of the scale (agree / strongly agree, most of the time / always), or for a reverse-worded item one of the
/// bottom two (disagree / strongly disagree); "does not apply / don't know" and missing answers leave the denominator;
/// a composite's score is the mean of its items' percent positive (each item weighs the same, whatever its number of
/// answers).
/// </summary>
public static class PercentPositive
{
    /// <summary>True for a positive answer, false for another countable answer, null for N/A or a value off the scale.</summary>
    public static bool? IsPositive(int value, AgreementScale scale)
    {
        if (value == scale.NotApplicable || value < scale.Min || value > scale.Max)
            return null;
        return scale.Reverse ? value <= scale.Min + 1 : value >= scale.Max - 1;
    }

    public static ItemPercentPositive Item(string key, IEnumerable<int> values, AgreementScale scale)
    {
        ArgumentNullException.ThrowIfNull(values);
        int positive = 0, answered = 0;
        foreach (var value in values)
        {
            if (IsPositive(value, scale) is not { } p)
                continue;
            answered++;
            if (p)
                positive++;
        }

        return new ItemPercentPositive(key, positive, answered);
    }

    /// <summary>The mean of the items' percent positive, over the items that have answers; null when none has.</summary>
    public static double? Composite(IEnumerable<ItemPercentPositive> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var scored = items.Where(i => i.Percent is not null).Select(i => i.Percent!.Value).ToList();
        return scored.Count == 0 ? null : scored.Average();
    }
}
