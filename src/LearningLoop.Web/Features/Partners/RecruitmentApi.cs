using LearningLoop.Web.Features.Initiatives;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LearningLoop.Web.Features.Partners;

/// <summary>Recruitment: an initiative's lead and sponsor ask for partners; the partnership programme (administrators,
/// improvement leads), who may see every partner's file, ranks the registry against the request and invites.</summary>
public static class RecruitmentApi
{
    public static RouteGroupBuilder MapRecruitmentApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var initiative = api.MapGroup("/initiatives/{id:int}/partner-requests").WithTags("Partnership")
            .RequireAuthorization(InitiativePolicies.GovernInitiative);
        initiative.MapGet("", ListAsync).WithSummary("The initiative's requests for partners with their invitations and onboarding");
        initiative.MapPost("", AskAsync).WithSummary("Ask for partners: { experience[], skills[], language, availability[], wanted, note }");

        var programme = api.MapGroup("").WithTags("Partnership").RequireAuthorization(PartnerPolicies.Programme);
        programme.MapGet("/partner-requests/{requestId:int}/suggestions", SuggestAsync)
            .WithSummary("Active partners ranked against the request, each with the reasons for its rank");
        programme.MapPost("/partner-requests/{requestId:int}/invitations", InviteAsync).WithSummary("Invite a partner: { personId }");
        programme.MapPut("/partner-invitations/{invitationId:int}", ChangeAsync)
            .WithSummary("Record the answer and onboarding: { status, onboarding[] }; AddedToTeam puts the partner on the team");
        return api;
    }

    public static async Task<Results<Ok<List<PartnerRequestDto>>, NotFound>> ListAsync(int id, Recruitment recruitment, InitiativeQueries initiatives,
        CancellationToken ct) =>
        initiatives.Exists(id) ? TypedResults.Ok((await recruitment.RequestsAsync(id, ct)).Select(PartnerRequestDto.From).ToList()) : TypedResults.NotFound();

    public static async Task<Results<Created<PartnerRequestDto>, Ok<PartnerRequestDto>, ValidationProblem, NotFound>> AskAsync(
        int id, PartnerRequestForm form, Recruitment recruitment, CancellationToken ct) =>
        await ApiOutcome.SavedAsync(await recruitment.AskAsync(id, form, ct), created: true, r => Task.FromResult(PartnerRequestDto.From(r)),
            r => $"/api/v1/partner-requests/{r.Id}/suggestions");

    public static async Task<Results<Ok<List<SuggestionDto>>, NotFound>> SuggestAsync(int requestId, Recruitment recruitment, CancellationToken ct) =>
        await recruitment.SuggestAsync(requestId, ct) is { } list ? TypedResults.Ok(list) : TypedResults.NotFound();

    public static async Task<Results<Created<InvitationDto>, Ok<InvitationDto>, ValidationProblem, NotFound>> InviteAsync(
        int requestId, InvitationForm form, Recruitment recruitment, CancellationToken ct) =>
        await ApiOutcome.SavedAsync(await recruitment.InviteAsync(requestId, form, ct), created: true,
            i => Task.FromResult(PartnerRequestDto.Invitation(i)), i => $"/api/v1/partner-invitations/{i.Id}");

    public static async Task<Results<Created<InvitationDto>, Ok<InvitationDto>, ValidationProblem, NotFound>> ChangeAsync(
        int invitationId, InvitationChangeForm form, Recruitment recruitment, CancellationToken ct) =>
        await ApiOutcome.SavedAsync(await recruitment.ChangeInvitationAsync(invitationId, form, ct), created: false,
            i => Task.FromResult(PartnerRequestDto.Invitation(i)), _ => "");
}
