using System.Security.Claims;
using LearningLoop.Core.Organisations;
using LearningLoop.Core.Partners;
using LearningLoop.Web.Features.Initiatives;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LearningLoop.Web.Features.Partners;

/// <summary><c>/api/v1/partnership/practices</c>: the managers' four practices, checked per management level.</summary>
public static class PracticesApi
{
    public static RouteGroupBuilder MapPracticesApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var practices = api.MapGroup("/partnership/practices").WithTags("Partnership").RequireAuthorization(PartnerPolicies.Practices);
        practices.MapGet("", GetAsync).WithName("PartnershipPractices")
            .WithSummary("The managers' checklist: every item at every level (Executive, MiddleManager, FrontLineManager) with its status and evidence, and the tallies");
        practices.MapPut("/{level}/{item}", SaveAsync).WithName("CheckPartnershipPractice")
            .WithSummary("Record where an item stands at a level: { status: Missing|Partly|InPlace, evidenceUrl, note }");
        return api;
    }

    public static async Task<Ok<PracticesDto>> GetAsync(PartnershipPractices practices, CancellationToken ct) =>
        TypedResults.Ok(await practices.LoadAsync(ct));

    public static async Task<Results<Created<PracticeCheckDto>, Ok<PracticeCheckDto>, ValidationProblem, NotFound>> SaveAsync(
        ManagementLevel level, string item, PracticeCheckForm form, ClaimsPrincipal user, PartnershipPractices practices, InitiativeAccess access,
        CancellationToken ct) =>
        await ApiOutcome.SavedAsync(await practices.SaveAsync(level, item, form, await access.PersonIdAsync(user, ct), ct), created: false,
            async c => (await practices.LoadAsync(ct)).Checks.First(x => x.ItemKey == c.ItemKey && x.Level == c.Level), _ => "");
}
