using System.Buffers.Text;
using System.Text;
using LearningLoop.Core.Persistence;
using LearningLoop.Core.Surveys;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using MimeKit;

namespace LearningLoop.Core.Access;

/// <summary>Sign-in accounts for the organisation's people: invite, set roles, deactivate and reactivate, and accept
/// an invitation. Every change updates the account's security stamp, which the web app checks on every request, so
/// the person's open sessions end at once; every change is recorded as an <see cref="AccountChange"/>.
/// Shared by the person page, <c>/api/v1/people/{id}/account</c> and <c>learningloop admin invite</c>.</summary>
public sealed class Accounts(LearningLoopDbContext db, UserManager<AppUser> users, ISurveyMailer mailer, PublicAddress address, TimeProvider clock)
{
    public const string InvitationPath = "/account/set-password";

    public async Task<AccountView?> ForPersonAsync(int personId, CancellationToken ct = default)
    {
        var user = await UserOfAsync(personId, ct);
        return user is null ? null : await ViewAsync(user, ct);
    }

    /// <summary>Creates, changes, deactivates or re-invites the account of person <paramref name="personId"/>.</summary>
    public async Task<AccountOutcome> SaveAsync(int personId, AccountRequest request, AccountActor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(actor);
        var person = await db.People.AsNoTracking().FirstOrDefaultAsync(p => p.Id == personId, ct);
        if (person is null) return AccountOutcome.Missing();
        var roles = request.Roles.Distinct(StringComparer.Ordinal).ToList();
        if (roles.FirstOrDefault(r => !Roles.All.Contains(r)) is { } unknown)
            return AccountOutcome.Invalid(nameof(AccountRequest.Roles), $"“{Truncate(unknown)}” is not a role. Roles: {string.Join(", ", Roles.All)}.");
        if (roles.Count == 0)
            return AccountOutcome.Invalid(nameof(AccountRequest.Roles), "Choose at least one role.");

        var user = await UserOfAsync(personId, ct);
        if (address.Problem is { } noAddress && request.Active && (user is null || request.SendInvitation))
            return AccountOutcome.Invalid("Invitation", noAddress);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var changes = new List<string>();
        if (user is null)
        {
            if (!request.Active)
                return AccountOutcome.Invalid(nameof(AccountRequest.Active), "There is no account to deactivate.");
            if (await users.FindByEmailAsync(person.Email) is not null)
                return AccountOutcome.Invalid("Email", $"Another account already signs in with {person.Email}.");
            user = new AppUser
            {
                UserName = person.Email, Email = person.Email, EmailConfirmed = true, DisplayName = person.Name,
                OrganisationId = person.OrganisationId, PersonId = person.Id, LockoutEnabled = true,
            };
            if (Failed(await users.CreateAsync(user)) is { } created) return created;
            changes.Add("Account created");
        }
        else if (actor.UserId == user.Id && (!request.Active || !roles.Contains(Roles.Administrator) && await users.IsInRoleAsync(user, Roles.Administrator)))
        {
            // An administrator who could deactivate or demote themselves could leave the organisation with none.
            return AccountOutcome.Invalid(nameof(AccountRequest.Roles), "You cannot deactivate your own account or remove your own Administrator role.");
        }

        var current = (await users.GetRolesAsync(user)).ToList();
        var removed = current.Except(roles).ToList();
        var added = roles.Except(current).ToList();
        if (removed.Count > 0 && Failed(await users.RemoveFromRolesAsync(user, removed)) is { } r) return r;
        if (added.Count > 0 && Failed(await users.AddToRolesAsync(user, added)) is { } a) return a;
        if (removed.Count + added.Count > 0 && current.Count > 0)
            changes.Add($"Roles changed from {Names(current)} to {Names(roles)}");
        else if (added.Count > 0)
            changes.Add($"Roles set to {Names(roles)}");

        if (!request.Active && user.DeactivatedUtc is null)
        {
            user.DeactivatedUtc = Now;
            changes.Add("Deactivated");
        }
        else if (request.Active && user.DeactivatedUtc is not null)
        {
            user.DeactivatedUtc = null;
            changes.Add("Reactivated");
        }

        var invite = request.Active && (request.SendInvitation || changes.Contains("Account created"));
        if (changes.Count > 0 || invite)
        {
            // A new stamp ends every open session of the person and voids any invitation link sent before.
            if (Failed(await users.UpdateSecurityStampAsync(user)) is { } s) return s;
        }
        Record(user, actor, changes);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);

        // After the commit: making the token may create the data-protection key ring, through a connection of its own,
        // which SQLite's single writer would refuse while this transaction held the lock.
        string? link = null;
        var mailed = false;
        if (invite)
        {
            link = address.Link(InvitationPath + "#" + await InvitationTokenAsync(user));
            mailed = await MailAsync(person.Name, person.Email, link, ct);
            await RecordAsync(user, actor, mailed ? "Invitation e-mailed" : "Invitation link made", ct);
        }
        return new AccountOutcome(await ViewAsync(user, ct), new Dictionary<string, string[]>(), link, mailed);
    }

    /// <summary>Sets the first (or a new) password from an invitation link. The token is Identity's password-reset
    /// token, bound to the security stamp: once used, the stamp changes and the link no longer works.</summary>
    public async Task<IdentityResult> AcceptInvitationAsync(string invitation, string password, CancellationToken ct = default)
    {
        var (user, token) = await ParseAsync(invitation);
        if (user is null || token is null || user.DeactivatedUtc is not null)
            return IdentityResult.Failed(new IdentityError { Code = "InvalidInvitation", Description = InvalidInvitation });
        var result = await users.ResetPasswordAsync(user, token, password);
        if (result.Succeeded)
        {
            Record(user, new AccountActor(user.Id, user.DisplayName), ["Password set from the invitation link"]);
            await db.SaveChangesAsync(ct);
        }
        else if (result.Errors.Any(e => e.Code == "InvalidToken"))
        {
            return IdentityResult.Failed(new IdentityError { Code = "InvalidInvitation", Description = InvalidInvitation });
        }
        return result;
    }

    public const string InvalidInvitation =
        "This invitation link has expired or has already been used. Ask your administrator for a new one.";

    /// <summary>Sets the roles an organisation's identity provider grants (from its group or role claims) at sign-in.
    /// Like a change by an administrator it renews the security stamp, ending sessions that carry the old roles, and is
    /// recorded in the history; unknown roles are ignored and an empty set leaves the roles as they are.</summary>
    public async Task<bool> SetRolesFromProviderAsync(AppUser user, IReadOnlyCollection<string> roles, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        var wanted = roles.Where(Roles.All.Contains).Distinct(StringComparer.Ordinal).ToList();
        var current = (await users.GetRolesAsync(user)).ToList();
        if (wanted.Count == 0 || current.Count == wanted.Count && !current.Except(wanted).Any()) return false;
        var removed = current.Except(wanted).ToList();
        var added = wanted.Except(current).ToList();
        if (removed.Count > 0 && !(await users.RemoveFromRolesAsync(user, removed)).Succeeded) return false;
        if (added.Count > 0 && !(await users.AddToRolesAsync(user, added)).Succeeded) return false;
        await users.UpdateSecurityStampAsync(user);
        await RecordAsync(user, AccountActor.IdentityProvider, $"Roles changed from {Names(current)} to {Names(wanted)}", ct);
        return true;
    }

    /// <summary>Records a change made outside this class (a password change, a lockout, a sign-out everywhere).</summary>
    public async Task RecordAsync(AppUser user, AccountActor actor, string what, CancellationToken ct = default)
    {
        Record(user, actor, [what]);
        await db.SaveChangesAsync(ct);
    }

    private async Task<string> InvitationTokenAsync(AppUser user)
    {
        var token = await users.GeneratePasswordResetTokenAsync(user);
        return user.Id + "." + Base64Url.EncodeToString(Encoding.UTF8.GetBytes(token));
    }

    private async Task<(AppUser? User, string? Token)> ParseAsync(string invitation)
    {
        var dot = invitation.IndexOf('.', StringComparison.Ordinal);
        if (dot <= 0 || !Base64Url.IsValid(invitation.AsSpan(dot + 1))) return (null, null);
        var user = await users.FindByIdAsync(invitation[..dot]);
        return (user, Encoding.UTF8.GetString(Base64Url.DecodeFromChars(invitation.AsSpan(dot + 1))));
    }

    private async Task<bool> MailAsync(string name, string email, string link, CancellationToken ct)
    {
        if (!mailer.Enabled) return false;
        var message = new MimeMessage { Subject = "You are invited to sign in to LearningLoop" };
        message.To.Add(new MailboxAddress(name, email));
        message.Body = new TextPart("plain")
        {
            Text = $"Hello {name},\n\nYou have been given a LearningLoop account. Choose your password here (the link works once):\n\n{link}\n\n" +
                   "If you did not expect this e-mail, you can ignore it.\n",
        };
        try
        {
            await mailer.SendAsync([message], ct);
            return true;
        }
        catch (Exception e) when (e is IOException or MailKit.ServiceNotConnectedException or MailKit.ProtocolException or MailKit.CommandException
                                   or System.Net.Sockets.SocketException)
        {
            // The link is still shown to the administrator, who can hand it over.
            return false;
        }
    }

    private void Record(AppUser user, AccountActor actor, IEnumerable<string> changes)
    {
        foreach (var what in changes)
        {
            db.AccountChanges.Add(new AccountChange
            {
                OrganisationId = user.OrganisationId, UserId = user.Id, PersonId = user.PersonId,
                Actor = actor.Name, ActorUserId = actor.UserId, What = what, AtUtc = Now,
            });
        }
    }

    private async Task<AccountView> ViewAsync(AppUser user, CancellationToken ct)
    {
        var roles = (await users.GetRolesAsync(user)).Order(StringComparer.Ordinal).ToList();
        var changes = await db.AccountChanges.AsNoTracking().Where(c => c.UserId == user.Id)
            .OrderByDescending(c => c.AtUtc).ThenByDescending(c => c.Id).Take(100)
            .Select(c => new AccountChangeView(c.AtUtc, c.Actor, c.What)).ToListAsync(ct);
        return new AccountView(user.Id, user.Email ?? "", user.StatusAt(clock.GetUtcNow()), roles, user.LastSignInUtc, changes);
    }

    private Task<AppUser?> UserOfAsync(int personId, CancellationToken ct) =>
        db.Users.FirstOrDefaultAsync(u => u.PersonId == personId && (db.Scope.IsSystem || u.OrganisationId == db.Scope.OrganisationId), ct);

    private static AccountOutcome? Failed(IdentityResult result) => result.Succeeded
        ? null
        : new AccountOutcome(null, new Dictionary<string, string[]> { ["Account"] = result.Errors.Select(e => e.Description).ToArray() });

    private static string Names(IEnumerable<string> roles) => roles.Any() ? string.Join(", ", roles.Order(StringComparer.Ordinal)) : "none";

    private static string Truncate(string value) => value.Length <= 40 ? value : value[..40] + "…";

    private DateTime Now => clock.GetUtcNow().UtcDateTime;
}
