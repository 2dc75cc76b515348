using System.Security.Claims;
using LearningLoop.Core.Partners;
using LearningLoop.Web.Features.Initiatives;
using LearningLoop.Web.Features.Surveys;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LearningLoop.Web.Features.Partners;

/// <summary>Engagement evaluation and alignment surveys (decision 0021): start one (survey organisers), read an
/// initiative's results (those who read its engagement) or the organisation's (survey analysts). Results come from closed
/// waves only and are suppressed below the minimum cell size.</summary>
public static class EvaluationApi
{
    public static RouteGroupBuilder MapEvaluationApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/initiatives/{id:int}/engagement/evaluation", InitiativeAsync).WithTags("Partnership").WithName("InitiativeEngagementEvaluation")
            .WithSummary("The initiative's partnership surveys and the participant and project questionnaires' percent positive (closed waves, suppressed)");
        var partnership = api.MapGroup("/partnership").WithTags("Partnership");
        partnership.MapGet("/evaluation", OrganisationAsync).RequireAuthorization(SurveysFeature.Analyst).WithName("OrganisationEngagementEvaluation")
            .WithSummary("Engagement evaluation across the organisation: questionnaires pooled over initiatives, the organisation questionnaire, each initiative's scores");
        partnership.MapPost("/surveys", StartAsync).RequireAuthorization(SurveysFeature.Organiser).WithName("StartPartnershipSurvey")
            .WithSummary("Start a survey: { kind: Participant|Project|Alignment (initiativeId required) or Organisation, name, opens, closes }; links from the wave's page");
        return api;
    }

    public static async Task<Results<Ok<InitiativeEvaluationDto>, NotFound, ForbidHttpResult>> InitiativeAsync(int id, ClaimsPrincipal user,
        EngagementQueries engagement, EngagementEvaluation evaluation, InitiativeQueries initiatives, CancellationToken ct)
    {
        if (!initiatives.Exists(id)) return TypedResults.NotFound();
        if (!await engagement.MayReadAsync(user, id, ct)) return TypedResults.Forbid();
        return await evaluation.ForInitiativeAsync(id, ct) is { } dto ? TypedResults.Ok(dto) : TypedResults.NotFound();
    }

    public static async Task<Ok<OrganisationEvaluationDto>> OrganisationAsync(EngagementEvaluation evaluation, CancellationToken ct) =>
        TypedResults.Ok(await evaluation.ForOrganisationAsync(ct));

    public sealed record StartedSurveyDto(int WaveId, string Name, PartnershipSurveyKind Kind, int? InitiativeId, string WavePage);

    public static async Task<Results<Created<StartedSurveyDto>, Ok<StartedSurveyDto>, ValidationProblem, NotFound>> StartAsync(
        PartnershipSurveyForm form, PartnershipSurveyStarter starter, CancellationToken ct) =>
        await ApiOutcome.SavedAsync(await starter.StartAsync(form, ct), created: true,
            w => Task.FromResult(new StartedSurveyDto(w.Id, w.Name, form.Kind, form.InitiativeId, $"/surveys/waves/{w.Id}")), w => $"/api/v1/surveys/waves/{w.Id}");
}
