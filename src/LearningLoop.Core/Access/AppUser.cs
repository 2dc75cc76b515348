using Microsoft.AspNetCore.Identity;

namespace LearningLoop.Core.Access;

/// <summary>A person who signs in. Belongs to one organisation, whose data is all it can see.</summary>
public sealed class AppUser : IdentityUser
{
    public int OrganisationId { get; set; }
    public int? PersonId { get; set; }
    public string DisplayName { get; set; } = "";
}
