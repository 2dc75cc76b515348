using Microsoft.AspNetCore.Identity;

namespace LearningLoop.Core.Access;

/// <summary>A person who signs in. Belongs to one organisation, whose data is all it can see.</summary>
public sealed class AppUser : IdentityUser
{
    public int OrganisationId { get; set; }
    public int? PersonId { get; set; }
    public string DisplayName { get; set; } = "";

    /// <summary>Set when an administrator deactivates the account: it cannot sign in and its sessions and API keys stop
    /// working, but nothing it made is removed, and reactivation restores it as it was.</summary>
    public DateTime? DeactivatedUtc { get; set; }

    /// <summary>The latest and the one before: a home page shows what changed since the person was last here.</summary>
    public DateTime? LastSignInUtc { get; set; }
    public DateTime? PreviousSignInUtc { get; set; }

    /// <summary>Invited people have an account but no password until they follow their invitation link.</summary>
    public AccountStatus StatusAt(DateTimeOffset now) =>
        DeactivatedUtc is not null ? AccountStatus.Deactivated
        : LockoutEnd is { } end && end > now ? AccountStatus.LockedOut
        : PasswordHash is null ? AccountStatus.Invited
        : AccountStatus.Active;

    public void RecordSignIn(DateTime utc)
    {
        PreviousSignInUtc = LastSignInUtc;
        LastSignInUtc = utc;
    }
}

public enum AccountStatus
{
    None,
    Invited,
    Active,
    LockedOut,
    Deactivated,
}
