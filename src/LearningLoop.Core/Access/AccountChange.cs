using LearningLoop.Core.Organisations;

namespace LearningLoop.Core.Access;

/// <summary>One change to a sign-in account (invited, roles changed, deactivated, password set...), kept so that an
/// administrator can answer "who gave this person access, and when". Append-only: nothing updates or deletes these.</summary>
public sealed class AccountChange : IOrganisationOwned
{
    public long Id { get; set; }
    public int OrganisationId { get; set; }
    public required string UserId { get; set; }
    public int? PersonId { get; set; }

    /// <summary>Who made the change: a user's display name, "command line", or the person themselves.</summary>
    public required string Actor { get; set; }
    public string? ActorUserId { get; set; }
    public required string What { get; set; }
    public DateTime AtUtc { get; set; }
}
