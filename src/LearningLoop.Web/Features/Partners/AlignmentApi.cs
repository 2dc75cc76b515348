using LearningLoop.Web.Features.Initiatives;
using LearningLoop.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LearningLoop.Web.Features.Partners;

/// <summary><c>/api/v1/initiatives/{id}/alignment</c>: stakeholder groups, the alignment map (JSON and SVG) and its rounds.
/// Staff read it as they read the initiative; its lead and sponsor (and improvement leads) record assessments.</summary>
public static class AlignmentApi
{
    public static RouteGroupBuilder MapAlignmentApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var one = api.MapGroup("/initiatives/{id:int}/alignment").WithTags("Alignment");
        one.MapGet("", GetAsync).WithSummary("Stakeholder groups (latest assessment each), the map's cells with gaps flagged, and each round's misaligned groups");
        one.MapGet("/map.svg", SvgAsync).WithSummary("The alignment map as SVG: groups × dimensions, gaps outlined");
        one.MapGet("/map.png", PngAsync).WithSummary("The alignment map as PNG, drawn on the server at twice the SVG's size");
        one.MapPost("", SaveAsync).RequireAuthorization(InitiativePolicies.GovernInitiative)
            .WithSummary("Record a group's assessment: { group, assessedOn, priority, incentives, barriers, benefit, effort (1–5), notes }; same group and day replaces");
        api.MapGet("/alignment/misaligned", MisalignedAsync).WithTags("Alignment")
            .WithSummary("The initiatives where a stakeholder group diverges from the others, with the groups (the portfolio's flag)");
        return api;
    }

    public static async Task<Ok<List<MisalignedDto>>> MisalignedAsync(Alignment alignment, CancellationToken ct) =>
        TypedResults.Ok((await alignment.MisalignedAsync(null, ct)).Select(m => new MisalignedDto(m.Key, m.Value)).OrderBy(m => m.InitiativeId).ToList());

    public sealed record MisalignedDto(int InitiativeId, IReadOnlyList<string> Groups);

    public static async Task<Results<Ok<AlignmentDto>, NotFound>> GetAsync(int id, Alignment alignment, CancellationToken ct) =>
        await alignment.LoadAsync(id, ct) is { } dto ? TypedResults.Ok(dto) : TypedResults.NotFound();

    public static async Task<Results<FileContentHttpResult, NotFound>> SvgAsync(int id, Alignment alignment, CancellationToken ct) =>
        await alignment.LoadAsync(id, ct) is { } dto
            ? ChartDownloads.Svg(AlignmentMapSvg.Render(Alignment.Map(dto)))
            : TypedResults.NotFound();

    public static async Task<Results<FileContentHttpResult, NotFound>> PngAsync(int id, Alignment alignment, CancellationToken ct) =>
        await alignment.LoadAsync(id, ct) is { } dto
            ? ChartDownloads.Png(AlignmentMapSvg.Render(Alignment.Map(dto)), "alignment-map.png")
            : TypedResults.NotFound();

    public static async Task<Results<Created<StakeholderDto>, Ok<StakeholderDto>, ValidationProblem, NotFound>> SaveAsync(
        int id, AlignmentForm form, Alignment alignment, CancellationToken ct) =>
        await ApiOutcome.SavedAsync(await alignment.SaveAsync(id, form, ct), created: true, a => Task.FromResult(StakeholderDto.From(a)),
            _ => $"/api/v1/initiatives/{id}/alignment");
}
