using System.Security.Claims;
using LearningLoop.Core.Access;
using LearningLoop.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LearningLoop.Web.Features.Access;

/// <summary><c>/api/v1/people/{id}/account</c>: a person's sign-in account, for administrators. PUT creates the account
/// and invites the person when there is none; the answer then carries the one-time invitation link.</summary>
public static class AccountsApi
{
    public sealed record AccountDto(
        int PersonId, bool HasAccount, string? Email, AccountStatus Status, IReadOnlyList<string> Roles, DateTime? LastSignInUtc,
        IReadOnlyList<AccountChangeView> Changes, string? InvitationLink = null, bool InvitationMailed = false);

    public static RouteGroupBuilder MapAccountsApi(this RouteGroupBuilder api)
    {
        var accounts = api.MapGroup("/people/{id:int}/account").WithTags("Accounts").RequireAuthorization(Policies.Administrator);
        accounts.MapGet("", GetAsync).WithSummary("A person's sign-in account: status, roles, last sign-in and its change history (administrators)");
        accounts.MapPut("", PutAsync)
            .WithSummary("Set a person's roles, deactivate or reactivate the account ({ roles, active, sendInvitation }); " +
                         "creates and invites when there is no account (administrators)");
        return api;
    }

    public static async Task<Results<Ok<AccountDto>, NotFound>> GetAsync(int id, Accounts accounts, Core.Persistence.LearningLoopDbContext db, CancellationToken ct)
    {
        if (!db.People.Any(p => p.Id == id)) return TypedResults.NotFound();
        var account = await accounts.ForPersonAsync(id, ct);
        return TypedResults.Ok(account is null
            ? new AccountDto(id, false, null, AccountStatus.None, [], null, [])
            : From(id, account, null, false));
    }

    public static async Task<Results<Ok<AccountDto>, ValidationProblem, NotFound>> PutAsync(
        int id, AccountRequest request, ClaimsPrincipal user, Accounts accounts, CancellationToken ct)
    {
        var outcome = await accounts.SaveAsync(id, request, Actor(user), ct);
        if (outcome.NotFound) return TypedResults.NotFound();
        if (!outcome.Succeeded) return TypedResults.ValidationProblem(outcome.Errors);
        return TypedResults.Ok(From(id, outcome.Account!, outcome.InvitationLink, outcome.Mailed));
    }

    public static AccountActor Actor(ClaimsPrincipal user) => new(user.FindFirstValue(ClaimTypes.NameIdentifier), user.DisplayName());

    private static AccountDto From(int personId, AccountView a, string? link, bool mailed) =>
        new(personId, true, a.Email, a.Status, a.Roles, a.LastSignInUtc, a.Changes, link, mailed);
}
