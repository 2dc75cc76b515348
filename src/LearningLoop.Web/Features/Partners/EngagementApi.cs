using System.Security.Claims;
using LearningLoop.Core.Partners;
using LearningLoop.Web.Features.Initiatives;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LearningLoop.Web.Features.Partners;

/// <summary><c>/api/v1/initiatives/{id}/engagement</c>: the level of partnership, partners with their attendance and
/// decisions, meetings and decisions, and the warning signs of tokenism for those who answer for the initiative.</summary>
public static class EngagementApi
{
    public static RouteGroupBuilder MapEngagementApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var one = api.MapGroup("/initiatives/{id:int}/engagement").WithTags("Partnership");
        one.MapGet("", GetAsync)
            .WithSummary("The initiative's engagement (its team, managers, improvement leads); warnings for its lead and sponsor, managers and improvement leads");
        one.MapPut("/partners/{personId:int}", SetPartnerAsync).RequireAuthorization(InitiativePolicies.GovernInitiative)
            .WithSummary("Set a partner's engagement level and the phase at which they joined: { level, phaseJoined }");
        one.MapPost("/meetings", AddMeetingAsync).RequireAuthorization(InitiativePolicies.EditInitiative)
            .WithSummary("Record a meeting: { heldOn, title, place, attendeeIds } (attendees from the initiative's team)");
        one.MapPut("/meetings/{meetingId:int}", ChangeMeetingAsync).RequireAuthorization(InitiativePolicies.EditInitiative)
            .WithSummary("Change a meeting or record its attendance");
        one.MapPost("/decisions", AddDecisionAsync).RequireAuthorization(InitiativePolicies.EditInitiative)
            .WithSummary("Record a decision and who co-made it: { madeOn, text, coMakerIds }");
        return api;
    }

    public static async Task<Results<Ok<EngagementDto>, NotFound, ForbidHttpResult>> GetAsync(
        int id, ClaimsPrincipal user, EngagementQueries queries, InitiativeQueries initiatives, CancellationToken ct)
    {
        if (!initiatives.Exists(id)) return TypedResults.NotFound();
        if (!await queries.MayReadAsync(user, id, ct)) return TypedResults.Forbid();
        return await queries.LoadAsync(id, await queries.SeesWarningsAsync(user, id, ct), ct) is { } dto ? TypedResults.Ok(dto) : TypedResults.NotFound();
    }

    public static async Task<Results<Created<EngagedPartnerDto>, Ok<EngagedPartnerDto>, ValidationProblem, NotFound>> SetPartnerAsync(
        int id, int personId, EngagementPartnerForm form, EngagementEditor editor, EngagementQueries queries, CancellationToken ct) =>
        await ApiOutcome.SavedAsync(await editor.SetPartnerAsync(id, personId, form, ct), created: false,
            async e => (await queries.LoadAsync(id, false, ct))!.Partners.First(p => p.PersonId == e.PersonId), _ => "");

    public static async Task<Results<Created<MeetingDto>, Ok<MeetingDto>, ValidationProblem, NotFound>> AddMeetingAsync(
        int id, MeetingForm form, EngagementEditor editor, CancellationToken ct) =>
        await ApiOutcome.SavedAsync(await editor.SaveMeetingAsync(id, form, null, ct), created: true, m => Task.FromResult(Meeting(m)),
            _ => $"/api/v1/initiatives/{id}/engagement");

    public static async Task<Results<Created<MeetingDto>, Ok<MeetingDto>, ValidationProblem, NotFound>> ChangeMeetingAsync(
        int id, int meetingId, MeetingForm form, EngagementEditor editor, CancellationToken ct) =>
        await ApiOutcome.SavedAsync(await editor.SaveMeetingAsync(id, form, meetingId, ct), created: false, m => Task.FromResult(Meeting(m)), _ => "");

    public static async Task<Results<Created<DecisionDto>, Ok<DecisionDto>, ValidationProblem, NotFound>> AddDecisionAsync(
        int id, DecisionForm form, EngagementEditor editor, CancellationToken ct) =>
        await ApiOutcome.SavedAsync(await editor.AddDecisionAsync(id, form, ct), created: true,
            d => Task.FromResult(new DecisionDto(d.Id, d.MadeOn, d.Text, d.CoMakerIds, [])), _ => $"/api/v1/initiatives/{id}/engagement");

    private static MeetingDto Meeting(EngagementMeeting m) => new(m.Id, m.HeldOn, m.Title, m.Place, m.AttendeeIds, m.AttendeeIds.Count > 0);
}
