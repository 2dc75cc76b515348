using LearningLoop.Core.Organisations;

namespace LearningLoop.Core.Safety;

/// <summary>An organisation's safety settings, apart from <see cref="Organisation"/> so the safety capability keeps its
/// own table. <see cref="ShareRatesWithNetwork"/> is the opt-in to network benchmarking: only organisations that share
/// their reporting rates appear on, and may see, the network's funnel plot.</summary>
public sealed class SafetySettings : IOrganisationOwned
{
    public int OrganisationId { get; set; }
    public bool ShareRatesWithNetwork { get; set; }
}
