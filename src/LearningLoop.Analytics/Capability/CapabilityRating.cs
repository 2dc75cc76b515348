namespace LearningLoop.Analytics.Capability;

/// <summary>One respondent's answers: the group they said they belong to (executive, manager, staff, partner) and
/// their ratings. A missing score or importance is a question left blank.</summary>
public sealed record CapabilityRespondent(string Group, IReadOnlyList<CapabilityRating> Ratings);

/// <summary>How far a domain is in place at a level (<see cref="Score"/>) and how much it matters (<see cref="Importance"/>),
/// both on <see cref="CapabilityFramework.ScaleMin"/>..<see cref="CapabilityFramework.ScaleMax"/>.</summary>
public sealed record CapabilityRating(string Domain, string Level, int? Score, int? Importance);
