namespace LearningLoop.Core.Access;

/// <summary>What an administrator asks of a person's account: its roles, whether it is active, and whether to send a
/// (new) invitation. Saving a request for a person without an account creates one and invites them.</summary>
public sealed record AccountRequest(IReadOnlyList<string> Roles, bool Active = true, bool SendInvitation = false);

/// <summary>Who changes an account: recorded with every change.</summary>
public sealed record AccountActor(string? UserId, string Name)
{
    public static AccountActor CommandLine { get; } = new(null, "command line");

    /// <summary>The organisation's OpenID Connect provider, when its group or role claims set roles at sign-in.</summary>
    public static AccountActor IdentityProvider { get; } = new(null, "the identity provider");
}

/// <summary>A person's account as administrators see it, with its history, newest first.</summary>
public sealed record AccountView(
    string UserId, string Email, AccountStatus Status, IReadOnlyList<string> Roles, DateTime? LastSignInUtc,
    IReadOnlyList<AccountChangeView> Changes);

public sealed record AccountChangeView(DateTime AtUtc, string Actor, string What);

/// <summary>The result of saving an account. <see cref="InvitationLink"/> is set when an invitation was made: it is
/// shown to the administrator (organisations without e-mail hand it over themselves) and never stored.</summary>
public sealed record AccountOutcome(
    AccountView? Account, IReadOnlyDictionary<string, string[]> Errors, string? InvitationLink = null, bool Mailed = false,
    bool NotFound = false)
{
    public bool Succeeded => Account is not null && Errors.Count == 0;

    public static AccountOutcome Missing() => new(null, new Dictionary<string, string[]>(), NotFound: true);

    public static AccountOutcome Invalid(string field, string message) =>
        new(null, new Dictionary<string, string[]> { [field] = [message] });
}
