namespace LearningLoop.Analytics.Capability;

/// <summary>One domain at one level. When fewer than the minimum cell size answered, <see cref="Suppressed"/> is true and
/// every statistic is null: nothing about so few people is shown.</summary>
public sealed record CapabilityCell(
    string Domain, string Level, int N, bool Suppressed, double? Mean, double? StandardDeviation, double? Agreement,
    double? Importance, int? ImportanceN)
{
    /// <summary>Agreement below this is read as real disagreement (LeBreton &amp; Senter 2008: rwg below 0.5 is weak agreement).</summary>
    public const double WeakAgreement = 0.5;

    public bool Disagreement => Agreement is < WeakAgreement;
}
