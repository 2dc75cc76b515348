using LearningLoop.Core.Organisations;

namespace LearningLoop.Core.Audit;

/// <summary>One change to an audited record: who, when, what (the record's type and key), how (added, changed, removed)
/// and the changed fields as JSON ({"Field": [before, after]}). Written by <see cref="AuditTrail"/>, never changed.</summary>
public sealed class AuditEntry : IOrganisationOwned
{
    public long Id { get; set; }
    public int OrganisationId { get; set; }
    public DateTime AtUtc { get; set; }
    public string? UserId { get; set; }

    /// <summary>The person's name and e-mail as they were at the time (the account may be renamed or removed later).</summary>
    public string Actor { get; set; } = "";
    public string Entity { get; set; } = "";
    public string EntityKey { get; set; } = "";
    public string Action { get; set; } = "";
    public string Changes { get; set; } = "{}";
}
