using LearningLoop.Core.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace LearningLoop.Web.Features.Initiatives;

/// <summary><c>/api/v1/initiatives/{id}/cycles</c> (an initiative's PDSA ramps) and <c>/api/v1/cycles</c> (every cycle).</summary>
public static class PdsaCyclesApi
{
    public static RouteGroupBuilder MapPdsaCyclesApi(this RouteGroupBuilder api, RouteGroupBuilder initiatives)
    {
        ArgumentNullException.ThrowIfNull(api);
        ArgumentNullException.ThrowIfNull(initiatives);
        var one = initiatives.MapGroup("/{id:int}/cycles").WithTags("PDSA cycles");
        var edit = initiatives.MapGroup("/{id:int}/cycles").WithTags("PDSA cycles").RequireAuthorization(InitiativePolicies.EditInitiative);

        api.MapGet("/cycles", async (int? initiativeId, int? unitId, LearningLoopDbContext db, CancellationToken ct) =>
        {
            var cycles = db.PdsaCycles.Include(c => c.ChangeIdea).AsNoTracking();
            if (initiativeId is { } i) cycles = cycles.Where(c => c.InitiativeId == i);
            if (unitId is { } u) cycles = cycles.Where(c => c.Initiative!.Units.Any(x => x.UnitId == u));
            return TypedResults.Ok((await cycles.OrderBy(c => c.StartsOn).ThenBy(c => c.Id).ToListAsync(ct)).Select(PdsaCycleDto.From).ToList());
        }).WithTags("PDSA cycles").WithSummary("Every PDSA cycle, oldest first; filter by initiativeId or unitId");
        one.MapGet("", async Task<Results<Ok<List<PdsaCycleDto>>, NotFound>> (int id, InitiativeQueries queries, LearningLoopDbContext db, CancellationToken ct) =>
            queries.Exists(id)
                ? TypedResults.Ok((await db.PdsaCycles.Include(c => c.ChangeIdea).Where(c => c.InitiativeId == id).OrderBy(c => c.ChangeIdeaId).ThenBy(c => c.Number)
                    .AsNoTracking().ToListAsync(ct)).Select(PdsaCycleDto.From).ToList())
                : TypedResults.NotFound())
            .WithSummary("The initiative's cycles, ramp by ramp (by change idea, then number)");
        one.MapGet("/{cycleId:int}", async Task<Results<Ok<PdsaCycleDto>, NotFound>> (int id, int cycleId, LearningLoopDbContext db, CancellationToken ct) =>
            await db.PdsaCycles.Include(c => c.ChangeIdea).AsNoTracking().FirstOrDefaultAsync(c => c.Id == cycleId && c.InitiativeId == id, ct) is { } cycle
                ? TypedResults.Ok(PdsaCycleDto.From(cycle)) : TypedResults.NotFound())
            .WithSummary("One cycle: plan, do, study, act");
        edit.MapPost("", async (int id, PdsaCycleForm form, PdsaCycleEditor editor, LearningLoopDbContext db, CancellationToken ct) =>
            await ApiOutcome.SavedAsync(await editor.SaveAsync(id, form, null, ct), true, c => Dto(db, c.Id, ct), c => $"/api/v1/initiatives/{id}/cycles/{c.Id}"))
            .WithSummary("Plan a cycle: it joins the end of its change idea's ramp and is annotated on the studied measure's chart");
        edit.MapPut("/{cycleId:int}", async (int id, int cycleId, PdsaCycleForm form, PdsaCycleEditor editor, LearningLoopDbContext db, CancellationToken ct) =>
            await ApiOutcome.SavedAsync(await editor.SaveAsync(id, form, cycleId, ct), false, c => Dto(db, c.Id, ct), _ => ""))
            .WithSummary("Write up a cycle (do, study, act); adopting with startPhase starts a new phase on the studied measure's chart");
        edit.MapDelete("/{cycleId:int}", async Task<Results<NoContent, NotFound>> (int id, int cycleId, PdsaCycleEditor editor, CancellationToken ct) =>
            await editor.DeleteAsync(id, cycleId, ct) ? TypedResults.NoContent() : TypedResults.NotFound())
            .WithSummary("Delete a cycle and its chart annotation");
        return api;
    }

    private static async Task<PdsaCycleDto> Dto(LearningLoopDbContext db, int id, CancellationToken ct) =>
        PdsaCycleDto.From(await db.PdsaCycles.Include(c => c.ChangeIdea).AsNoTracking().FirstAsync(c => c.Id == id, ct));
}
