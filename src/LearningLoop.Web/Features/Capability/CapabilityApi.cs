using LearningLoop.Core.Capability;
using LearningLoop.Core.Improvement;
using LearningLoop.Core.Persistence;
using LearningLoop.Core.Surveys;
using LearningLoop.Web.Features.Surveys;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using LearningLoop.Web.Infrastructure;

namespace LearningLoop.Web.Features.Capability;

/// <summary><c>/api/v1/capability</c>: assessments and their results, the plan, and initiatives' progress from
/// evidence; <c>/api/v1/at-a-glance</c>.</summary>
public static class CapabilityApi
{
    public static RouteGroupBuilder MapCapabilityApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var read = api.MapGroup("/capability").WithTags("Capability").RequireAuthorization(CapabilityFeature.Reader);
        var organise = api.MapGroup("/capability").WithTags("Capability").RequireAuthorization(CapabilityFeature.Organiser);
        var plan = api.MapGroup("/capability").WithTags("Capability").RequireAuthorization(CapabilityFeature.Planner);
        read.MapGet("/assessments", ListAssessments).WithName("CapabilityAssessments").WithSummary("Every capability assessment, newest first");
        organise.MapPost("/assessments", StartAssessment)
            .WithSummary("Start an assessment: a survey wave of the capability instrument over every unit; make links with /surveys/waves/{id}/links");
        read.MapGet("/assessments/{id:int}/results", Results).WithName("CapabilityResults")
            .WithSummary("Heat map, spread, groups, ranked gaps and change since the previous assessment; 409 until the assessment has closed");
        read.MapCapabilityChartDownloads();
        read.MapGet("/actions", ListActions).WithSummary("The plan's actions, soonest due first");
        read.MapGet("/actions/{id:int}", GetAction).WithName("CapabilityAction").WithSummary("One action");
        plan.MapPost("/actions", CreateAction).WithSummary("Add an action to the plan");
        plan.MapPut("/actions/{id:int}", UpdateAction).WithSummary("Change an action");
        read.MapGet("/plan-progress", PlanProgress).WithSummary("How far the plan has got: actions by status and overdue");
        read.MapGet("/initiatives/{id:int}/progress", InitiativeProgress)
            .WithSummary("An initiative's progress score (0-100) derived from its evidence, with the reasons");
        api.MapGroup("/at-a-glance").WithTags("Capability").RequireAuthorization(CapabilityFeature.Reader)
            .MapGet("", Glance).WithSummary("The organisation (or ?division= / ?unit=) at a glance: every tile's data").ServedFromReplica();
        return api;
    }

    public static async Task<Ok<List<AssessmentDto>>> ListAssessments(CapabilityAssessments assessments, CancellationToken ct) =>
        TypedResults.Ok((await assessments.ListAsync(ct)).Select(AssessmentDto.From).ToList());

    public static async Task<Results<Created<AssessmentDto>, ValidationProblem>> StartAssessment(
        AssessmentForm form, CapabilityAssessmentStarter starter, CapabilityAssessments assessments, CancellationToken ct)
    {
        var outcome = await starter.StartAsync(form, ct);
        if (!outcome.Succeeded) return TypedResults.ValidationProblem(outcome.Errors);
        var created = (await assessments.ListAsync(ct)).First(a => a.Id == outcome.Entity!.Id);
        return TypedResults.Created($"/api/v1/capability/assessments/{created.Id}/results", AssessmentDto.From(created));
    }

    public static async Task<Results<Ok<ResultsDto>, NotFound, ProblemHttpResult>> Results(
        int id, int? division, int? unit, CapabilityAssessments assessments, AtAGlanceQuery glance, CancellationToken ct)
    {
        var assessment = (await assessments.ListAsync(ct)).FirstOrDefault(a => a.Id == id);
        if (assessment is null) return TypedResults.NotFound();
        if (assessment.State != WaveState.Closed) return StillOpen();
        var scope = await ScopeAsync(division, unit, glance, ct);
        if (scope is null) return TypedResults.NotFound();
        var result = await assessments.ResultAsync(id, scope.UnitFilter, ct);
        return result is null ? TypedResults.NotFound() : TypedResults.Ok(ResultsDto.From(result));
    }

    /// <summary>409: an open assessment's totals would move under the reader and could give the latest answers away.</summary>
    internal static ProblemHttpResult StillOpen() =>
        TypedResults.Problem("Results are shown once the assessment has closed.", statusCode: StatusCodes.Status409Conflict, title: "The assessment is still open");

    public static async Task<Ok<List<ActionDto>>> ListActions(CapabilityPlanEditor editor, CapabilityAssessments assessments, CancellationToken ct)
    {
        var actions = await editor.Actions.AsNoTracking().OrderBy(a => a.DueOn == null).ThenBy(a => a.DueOn).ThenBy(a => a.Id).ToListAsync(ct);
        return TypedResults.Ok(actions.Select(a => ActionDto.From(a, assessments.Today)).ToList());
    }

    public static async Task<Results<Ok<ActionDto>, NotFound>> GetAction(int id, CapabilityPlanEditor editor, CapabilityAssessments assessments, CancellationToken ct) =>
        await editor.Actions.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, ct) is { } action
            ? TypedResults.Ok(ActionDto.From(action, assessments.Today)) : TypedResults.NotFound();

    public static async Task<Results<Created<ActionDto>, ValidationProblem>> CreateAction(
        ActionForm form, CapabilityPlanEditor editor, CapabilityAssessments assessments, CancellationToken ct)
    {
        var outcome = await editor.SaveAsync(form, null, ct);
        if (!outcome.Succeeded) return TypedResults.ValidationProblem(outcome.Errors);
        var saved = await editor.Actions.AsNoTracking().FirstAsync(a => a.Id == outcome.Entity!.Id, ct);
        return TypedResults.Created($"/api/v1/capability/actions/{saved.Id}", ActionDto.From(saved, assessments.Today));
    }

    public static async Task<Results<Ok<ActionDto>, ValidationProblem, NotFound>> UpdateAction(
        int id, ActionForm form, CapabilityPlanEditor editor, CapabilityAssessments assessments, CancellationToken ct)
    {
        var outcome = await editor.SaveAsync(form, id, ct);
        if (outcome.NotFound) return TypedResults.NotFound();
        if (!outcome.Succeeded) return TypedResults.ValidationProblem(outcome.Errors);
        var saved = await editor.Actions.AsNoTracking().FirstAsync(a => a.Id == id, ct);
        return TypedResults.Ok(ActionDto.From(saved, assessments.Today));
    }

    public static async Task<Ok<PlanProgressDto>> PlanProgress(LearningLoopDbContext db, CapabilityAssessments assessments, CancellationToken ct)
    {
        var actions = await db.CapabilityActions.AsNoTracking().Select(a => new { a.Status, a.DueOn }).ToListAsync(ct);
        return TypedResults.Ok(Progress(actions.Select(a => (a.Status, a.DueOn)).ToList(), assessments.Today));
    }

    public static PlanProgressDto Progress(IReadOnlyList<(CapabilityActionStatus Status, DateOnly? DueOn)> actions, DateOnly today)
    {
        int Count(CapabilityActionStatus s) => actions.Count(a => a.Status == s);
        var live = actions.Count - Count(CapabilityActionStatus.Dropped);
        return new PlanProgressDto(actions.Count, Count(CapabilityActionStatus.Planned), Count(CapabilityActionStatus.InProgress),
            Count(CapabilityActionStatus.Done), Count(CapabilityActionStatus.Dropped),
            actions.Count(a => a.DueOn < today && a.Status is CapabilityActionStatus.Planned or CapabilityActionStatus.InProgress),
            live == 0 ? null : (double)Count(CapabilityActionStatus.Done) / live);
    }

    public static async Task<Results<Ok<ProgressDto>, NotFound>> InitiativeProgress(int id, InitiativeProgressQuery progress, CancellationToken ct) =>
        (await progress.ForAsync([id], ct)).TryGetValue(id, out var p) ? TypedResults.Ok(new ProgressDto(id, p.Score, p.Reasons)) : TypedResults.NotFound();

    public static async Task<Results<Ok<AtAGlanceDto>, NotFound>> Glance(int? division, int? unit, AtAGlanceQuery glance, CancellationToken ct)
    {
        var scope = await ScopeAsync(division, unit, glance, ct);
        return scope is null ? TypedResults.NotFound() : TypedResults.Ok(AtAGlanceDto.From(await glance.BuildAsync(scope, ct)));
    }

    private static Task<GlanceScope?> ScopeAsync(int? division, int? unit, AtAGlanceQuery glance, CancellationToken ct) =>
        unit is not null ? glance.ScopeAsync(GlanceLevel.Unit, unit, ct)
        : division is not null ? glance.ScopeAsync(GlanceLevel.Division, division, ct)
        : glance.ScopeAsync(GlanceLevel.Organisation, null, ct);
}
