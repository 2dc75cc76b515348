using LearningLoop.Core.Organisations;

namespace LearningLoop.Core.Surveys;

/// <summary>One answer of a <see cref="Response"/>: an item's value (or text), and for relational coordination the
/// workgroup the respondent rated.</summary>
public sealed class Answer : IOrganisationOwned
{
    public long Id { get; set; }
    public int OrganisationId { get; set; }
    public Guid ResponseId { get; set; }
    public required string ItemKey { get; set; }
    public int? TargetWorkgroupId { get; set; }
    public int? Value { get; set; }
    public string? Text { get; set; }
}
