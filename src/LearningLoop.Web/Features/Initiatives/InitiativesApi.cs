using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using LearningLoop.Core.Improvement;
using LearningLoop.Core.Persistence;
using LearningLoop.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace LearningLoop.Web.Features.Initiatives;

/// <summary><c>/api/v1/initiatives</c>: the portfolio, one initiative with its aim, team and driver diagram, and the
/// changes to them. Anyone in the organisation reads; changes need the initiative's team (or an improvement lead or
/// administrator): the <see cref="InitiativePolicies.EditInitiative"/> policy guards every route under <c>{id}</c> that changes.</summary>
public static class InitiativesApi
{
    public static RouteGroupBuilder MapInitiativesApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var initiatives = api.MapGroup("/initiatives").WithTags("Initiatives");
        var one = initiatives.MapGroup("/{id:int}");
        var edit = initiatives.MapGroup("/{id:int}").RequireAuthorization(InitiativePolicies.EditInitiative);
        var govern = initiatives.MapGroup("/{id:int}").RequireAuthorization(InitiativePolicies.GovernInitiative);

        initiatives.MapGet("", async (InitiativePhase? phase, int? unitId, int? divisionId,
            [Range(1, InitiativePortfolio.MaxStaleAfterWeeks, ErrorMessage = "Give between 1 and 104 weeks.")] int? staleAfterWeeks, InitiativePortfolio portfolio, CancellationToken ct) =>
            TypedResults.Ok((await portfolio.RowsAsync(new PortfolioFilter(divisionId, unitId, phase, staleAfterWeeks), ct)).Select(InitiativeSummaryDto.From).ToList()))
            .WithSummary("The portfolio: every initiative with its phase, last activity, measures and a stale flag (no PDSA cycle in N weeks while testing or implementing)");
        one.MapGet("", GetAsync)
            .WithSummary("One initiative: aim, team, units, measures and driver diagram; 404 when not in your organisation");
        initiatives.MapPost("", async (InitiativeForm form, ClaimsPrincipal user, InitiativeEditor editor, InitiativeAccess access, InitiativeQueries queries, CancellationToken ct) =>
            await ApiOutcome.SavedAsync(await editor.SaveAsync(form, null, await access.PersonIdAsync(user, ct), ct), created: true,
                async i => InitiativeDto.From((await queries.FindAsync(i.Id, ct))!, true, true), i => $"/api/v1/initiatives/{i.Id}"))
            .RequireAuthorization(InitiativePolicies.Start).WithSummary("Start an initiative (administrators, improvement leads, managers); you lead it unless you name a lead");
        govern.MapPut("", async (int id, InitiativeForm form, InitiativeEditor editor, InitiativeQueries queries, CancellationToken ct) =>
            await ApiOutcome.SavedAsync(await editor.SaveAsync(form, id, null, ct), created: false,
                async i => InitiativeDto.From((await queries.FindAsync(i.Id, ct))!, true, true), i => $"/api/v1/initiatives/{i.Id}"))
            .WithSummary("Change an initiative's aim, phase, lead, sponsor, units and measures (its lead and sponsor, improvement leads, administrators)");

        govern.MapPost("/team", async (int id, TeamMemberForm form, InitiativeEditor editor, LearningLoopDbContext db, CancellationToken ct) =>
            await ApiOutcome.SavedAsync(await editor.AddMemberAsync(id, form, ct), created: true,
                async t => new TeamMemberDto(t.Id, t.PersonId, await db.People.Where(p => p.Id == t.PersonId).Select(p => p.Name).FirstAsync(ct), t.Role, t.JoinedOn),
                t => $"/api/v1/initiatives/{id}"))
            .WithSummary("Add a person to the team: { personId or person (name or e-mail), role, joinedOn }");
        govern.MapDelete("/team/{memberId:int}", async Task<Results<NoContent, NotFound>> (int id, int memberId, InitiativeEditor editor, CancellationToken ct) =>
            await editor.RemoveMemberAsync(id, memberId, ct) ? TypedResults.NoContent() : TypedResults.NotFound())
            .WithSummary("Remove a team member");

        one.MapGet("/drivers", async Task<Results<Ok<IReadOnlyList<DriverDto>>, NotFound>> (int id, InitiativeQueries queries, CancellationToken ct) =>
            await queries.FindAsync(id, ct) is { } i ? TypedResults.Ok(InitiativeDto.DriverTree(i)) : TypedResults.NotFound())
            .WithSummary("The driver diagram as a tree: primary drivers, their secondary drivers, and change ideas with their cycle counts");
        one.MapGet("/driver-diagram.svg", DriverDiagramSvgAsync).WithSummary("The driver diagram as SVG (self-contained: it carries its own styles)");
        one.MapGet("/driver-diagram.png", DriverDiagramPngAsync).WithSummary("The driver diagram as PNG, drawn on the server at twice the SVG's size");
        one.MapGet("/spread-map.svg", SpreadMapSvgAsync).WithSummary("The spread map as SVG: units on a time line, arrows from the unit each learned from");
        one.MapGet("/spread-map.png", SpreadMapPngAsync).WithSummary("The spread map as PNG, drawn on the server at twice the SVG's size");
        edit.MapPost("/drivers", async (int id, DriverForm form, DriverDiagramEditor editor, CancellationToken ct) =>
            await ApiOutcome.SavedAsync(await editor.SaveDriverAsync(id, form, null, ct), true, d => Task.FromResult(new DriverDto(d.Id, d.ParentId, d.Text, [], [])), _ => $"/api/v1/initiatives/{id}/drivers"))
            .WithSummary("Add a primary driver, or a secondary one with parentId");
        edit.MapPut("/drivers/{driverId:int}", async (int id, int driverId, DriverForm form, DriverDiagramEditor editor, CancellationToken ct) =>
            await ApiOutcome.SavedAsync(await editor.SaveDriverAsync(id, form, driverId, ct), false, d => Task.FromResult(new DriverDto(d.Id, d.ParentId, d.Text, [], [])), _ => ""))
            .WithSummary("Change a driver");
        edit.MapDelete("/drivers/{driverId:int}", async (int id, int driverId, DriverDiagramEditor editor, CancellationToken ct) =>
            ApiOutcome.Deleted(await editor.DeleteDriverAsync(id, driverId, ct)))
            .WithSummary("Delete a driver with what hangs below it; refused (400) while change ideas below it have PDSA cycles");
        edit.MapPost("/change-ideas", async (int id, ChangeIdeaForm form, DriverDiagramEditor editor, CancellationToken ct) =>
            await ApiOutcome.SavedAsync(await editor.SaveChangeIdeaAsync(id, form, null, ct), true, c => Task.FromResult(new ChangeIdeaDto(c.Id, c.DriverId, c.Text, 0)), _ => $"/api/v1/initiatives/{id}/drivers"))
            .WithSummary("Add a change idea under a driver");
        edit.MapPut("/change-ideas/{ideaId:int}", async (int id, int ideaId, ChangeIdeaForm form, DriverDiagramEditor editor, CancellationToken ct) =>
            await ApiOutcome.SavedAsync(await editor.SaveChangeIdeaAsync(id, form, ideaId, ct), false, c => Task.FromResult(new ChangeIdeaDto(c.Id, c.DriverId, c.Text, 0)), _ => ""))
            .WithSummary("Change a change idea");
        edit.MapDelete("/change-ideas/{ideaId:int}", async (int id, int ideaId, DriverDiagramEditor editor, CancellationToken ct) =>
            ApiOutcome.Deleted(await editor.DeleteChangeIdeaAsync(id, ideaId, ct)))
            .WithSummary("Delete a change idea; refused (400) while it has PDSA cycles");

        one.MapGet("/timeline", async Task<Results<Ok<List<TimelineEntry>>, NotFound>> (int id, InitiativeQueries queries, InitiativeTimeline timeline, ClaimsPrincipal viewer, CancellationToken ct) =>
            queries.Exists(id) ? TypedResults.Ok(await timeline.EntriesAsync(new TimelineScope(id, null, viewer), ct)) : TypedResults.NotFound())
            .WithSummary("The initiative's timeline, newest first: PDSA cycles, interventions, lessons, adoptions and measure signals");

        api.MapPdsaCyclesApi(initiatives);
        api.MapSpreadApi(initiatives);
        return api;
    }

    private static async Task<Results<Ok<InitiativeDto>, NotFound>> GetAsync(
        int id, ClaimsPrincipal user, InitiativeQueries queries, InitiativeAccess access, CancellationToken ct) =>
        await queries.FindAsync(id, ct) is { } i
            ? TypedResults.Ok(InitiativeDto.From(i, await access.CanEditAsync(user, id, ct), await access.CanGovernAsync(user, id, ct)))
            : TypedResults.NotFound();

    public static async Task<Results<FileContentHttpResult, NotFound>> DriverDiagramSvgAsync(int id, InitiativeQueries queries, CancellationToken ct) =>
        await queries.FindAsync(id, ct) is { } i ? ChartDownloads.Svg(DriverDiagramSvg.Render(DriverDiagrams.Model(i))) : TypedResults.NotFound();

    public static async Task<Results<FileContentHttpResult, NotFound>> DriverDiagramPngAsync(int id, InitiativeQueries queries, CancellationToken ct) =>
        await queries.FindAsync(id, ct) is { } i ? ChartDownloads.Png(DriverDiagramSvg.Render(DriverDiagrams.Model(i)), "driver-diagram.png") : TypedResults.NotFound();

    public static async Task<Results<FileContentHttpResult, NotFound>> SpreadMapSvgAsync(int id, InitiativeQueries queries, CancellationToken ct) =>
        await queries.FindAsync(id, ct) is { } i ? ChartDownloads.Svg(SpreadMapSvg.Render(Spread.Map(i))) : TypedResults.NotFound();

    public static async Task<Results<FileContentHttpResult, NotFound>> SpreadMapPngAsync(int id, InitiativeQueries queries, CancellationToken ct) =>
        await queries.FindAsync(id, ct) is { } i ? ChartDownloads.Png(SpreadMapSvg.Render(Spread.Map(i)), "spread-map.png") : TypedResults.NotFound();
}
