using LearningLoop.Core.Organisations;

namespace LearningLoop.Core.Partners;

/// <summary>The four things managers do so that patient partnership is real (product.md §4, after the Montreal model's
/// work with managers): design the approach, structure it so it spreads and lasts, manage each partner's integration,
/// evaluate it.</summary>
public enum PartnershipPractice
{
    Design,
    Structure,
    Integration,
    Evaluation,
}

public enum PracticeStatus
{
    Missing,
    Partly,
    InPlace,
}

/// <summary>Where one item of the managers' checklist (<see cref="PracticeChecklist"/>) stands at one management level
/// of the organisation, with the evidence that shows it (a link to a policy, a minute, a report) and when it was last
/// checked. An item never checked is missing.</summary>
public sealed class PracticeCheck : IOrganisationOwned
{
    public int Id { get; set; }
    public int OrganisationId { get; set; }

    /// <summary>A key of <see cref="PracticeChecklist.Items"/>.</summary>
    public required string ItemKey { get; set; }
    public ManagementLevel Level { get; set; }
    public PracticeStatus Status { get; set; }
    public string EvidenceUrl { get; set; } = "";
    public string Note { get; set; } = "";
    public DateOnly CheckedOn { get; set; }
    public int? CheckedById { get; set; }
    public Person? CheckedBy { get; set; }
}
