using System.Security.Claims;
using LearningLoop.Core.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace LearningLoop.Web.Features.Initiatives;

/// <summary><c>/api/v1</c> adoptions (the spread of an initiative's practice) and interventions (the relational and
/// organisational changes logged for units and initiatives).</summary>
public static class SpreadApi
{
    public static RouteGroupBuilder MapSpreadApi(this RouteGroupBuilder api, RouteGroupBuilder initiatives)
    {
        ArgumentNullException.ThrowIfNull(api);
        ArgumentNullException.ThrowIfNull(initiatives);
        var edit = initiatives.MapGroup("/{id:int}/adoptions").WithTags("Spread").RequireAuthorization(InitiativePolicies.EditInitiative);
        api.MapGet("/adoptions", async (int? initiativeId, int? unitId, LearningLoopDbContext db, CancellationToken ct) =>
        {
            var adoptions = db.Adoptions.Include(a => a.Initiative).Include(a => a.Unit).Include(a => a.FromUnit).AsNoTracking();
            if (initiativeId is { } i) adoptions = adoptions.Where(a => a.InitiativeId == i);
            if (unitId is { } u) adoptions = adoptions.Where(a => a.UnitId == u || a.FromUnitId == u);
            return TypedResults.Ok((await adoptions.OrderBy(a => a.AdoptedOn).ThenBy(a => a.Id).ToListAsync(ct)).Select(AdoptionDto.From).ToList());
        }).WithTags("Spread").WithSummary("Adoptions of initiatives' practices by units, oldest first");
        edit.MapPost("", async (int id, AdoptionForm form, SpreadEditor editor, LearningLoopDbContext db, CancellationToken ct) =>
            await ApiOutcome.SavedAsync(await editor.AddAsync(id, form, ct), true,
                async a => AdoptionDto.From(await db.Adoptions.Include(x => x.Initiative).Include(x => x.Unit).Include(x => x.FromUnit).AsNoTracking().FirstAsync(x => x.Id == a.Id, ct)),
                _ => $"/api/v1/adoptions?initiativeId={id}"))
            .WithSummary("Record that a unit adopted the practice: { unitId, fromUnitId, adoptedOn, adaptation, result }");
        edit.MapDelete("/{adoptionId:int}", async Task<Results<NoContent, NotFound>> (int id, int adoptionId, SpreadEditor editor, CancellationToken ct) =>
            await editor.DeleteAsync(id, adoptionId, ct) ? TypedResults.NoContent() : TypedResults.NotFound())
            .WithSummary("Delete an adoption");

        var interventions = api.MapGroup("/interventions").WithTags("Interventions").RequireAuthorization(Infrastructure.Policies.Colleague);
        interventions.MapGet("", async (int? initiativeId, int? unitId, LearningLoopDbContext db, CancellationToken ct) =>
        {
            var query = db.Interventions.Include(i => i.Unit).AsNoTracking();
            if (initiativeId is { } i) query = query.Where(x => x.InitiativeId == i);
            if (unitId is { } u) query = query.Where(x => x.UnitId == u);
            return TypedResults.Ok((await query.OrderBy(x => x.StartsOn).ThenBy(x => x.Id).ToListAsync(ct)).Select(InterventionDto.From).ToList());
        }).WithSummary("The interventions log, oldest first; filter by initiativeId or unitId");
        interventions.MapGet("/{id:int}", async Task<Results<Ok<InterventionDto>, NotFound>> (int id, LearningLoopDbContext db, CancellationToken ct) =>
            await db.Interventions.Include(i => i.Unit).AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, ct) is { } found ? TypedResults.Ok(InterventionDto.From(found)) : TypedResults.NotFound())
            .WithSummary("One intervention");
        interventions.MapPost("", async Task<Results<Created<InterventionDto>, Ok<InterventionDto>, ValidationProblem, NotFound, ForbidHttpResult>> (
            InterventionForm form, ClaimsPrincipal user, InitiativeAccess access, InterventionEditor editor, LearningLoopDbContext db, CancellationToken ct) =>
        {
            return await ApiOutcome.SavedIfAllowedAsync(await access.CanEditAsync(user, form.InitiativeId, ct), () => editor.SaveAsync(form, null, ct), true, i => Dto(db, i.Id, ct), i => $"/api/v1/interventions/{i.Id}");
        }).WithSummary("Log an intervention: for an initiative (its team), or for a unit (managers, improvement leads, administrators)");
        interventions.MapPut("/{id:int}", async Task<Results<Created<InterventionDto>, Ok<InterventionDto>, ValidationProblem, NotFound, ForbidHttpResult>> (
            int id, InterventionForm form, ClaimsPrincipal user, InitiativeAccess access, InterventionEditor editor, LearningLoopDbContext db, CancellationToken ct) =>
        {
            return await ApiOutcome.SavedIfAllowedAsync(await access.CanEditAsync(user, form.InitiativeId, ct), () => editor.SaveAsync(form, id, ct), false, i => Dto(db, i.Id, ct), _ => "");
        }).RequireAuthorization(InitiativePolicies.EditIntervention).WithSummary("Change an intervention");
        interventions.MapDelete("/{id:int}", async Task<Results<NoContent, NotFound>> (int id, InterventionEditor editor, CancellationToken ct) =>
            await editor.DeleteAsync(id, ct) ? TypedResults.NoContent() : TypedResults.NotFound())
            .RequireAuthorization(InitiativePolicies.EditIntervention).WithSummary("Delete an intervention");
        return api;
    }

    private static async Task<InterventionDto> Dto(LearningLoopDbContext db, int id, CancellationToken ct) =>
        InterventionDto.From(await db.Interventions.Include(i => i.Unit).AsNoTracking().FirstAsync(i => i.Id == id, ct));
}
