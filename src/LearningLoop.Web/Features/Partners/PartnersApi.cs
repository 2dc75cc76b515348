using System.Security.Claims;
using LearningLoop.Core.Partners;
using LearningLoop.Web.Features.Initiatives;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LearningLoop.Web.Features.Partners;

/// <summary><c>/api/v1/partners</c>: the registry. The list is for the programme and managers (each sees the files they
/// may see); one file answers 404 to anyone who may not see it; <c>/me</c> is the signed-in partner's own file.</summary>
public static class PartnersApi
{
    public static RouteGroupBuilder MapPartnersApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var partners = api.MapGroup("/partners").WithTags("Partnership");
        partners.MapGet("", ListAsync).RequireAuthorization(PartnerPolicies.Registry)
            .WithSummary("Partners' files you may see (all for administrators and improvement leads; managers: the partners of initiatives they lead)");
        partners.MapGet("/me", MineAsync).WithSummary("Your own partner file, with your initiatives; 404 when you have none");
        partners.MapGet("/{id:int}", GetAsync).WithSummary("One partner's file; 404 unless you may see the partner");
        partners.MapPost("", CreateAsync).RequireAuthorization(PartnerPolicies.Programme)
            .WithSummary("Open a file for a person at the patient-partner level: { personId, status, livedExperience[], skills[], languages[], availability[], about, joinedOn }");
        partners.MapPut("/{id:int}", ChangeAsync).RequireAuthorization(PartnerPolicies.Programme).WithSummary("Change a partner's file");
        partners.MapPost("/{id:int}/records", AddRecordAsync).RequireAuthorization(PartnerPolicies.Programme)
            .WithSummary("Add training, a consent, an agreement or recognition: { kind, name, on, until, amount }");
        return api;
    }

    public static async Task<Ok<List<PartnerSummaryDto>>> ListAsync(string? q, PartnerStatus? status, ClaimsPrincipal user, PartnerRegistry registry,
        CancellationToken ct) => TypedResults.Ok(await registry.ListAsync(user, q, status, ct));

    public static async Task<Results<Ok<PartnerDto>, NotFound>> MineAsync(ClaimsPrincipal user, PartnerRegistry registry, CancellationToken ct) =>
        await registry.MineAsync(user, ct) is { } id && await registry.FindAsync(user, id, ct) is { } dto ? TypedResults.Ok(dto) : TypedResults.NotFound();

    public static async Task<Results<Ok<PartnerDto>, NotFound>> GetAsync(int id, ClaimsPrincipal user, PartnerRegistry registry, CancellationToken ct) =>
        await registry.FindAsync(user, id, ct) is { } dto ? TypedResults.Ok(dto) : TypedResults.NotFound();

    public static async Task<Results<Created<PartnerDto>, Ok<PartnerDto>, ValidationProblem, NotFound>> CreateAsync(
        PartnerForm form, ClaimsPrincipal user, PartnerRegistry registry, CancellationToken ct) =>
        await ApiOutcome.SavedAsync(await registry.SaveAsync(form, null, ct), created: true, async p => (await registry.FindAsync(user, p.Id, ct))!,
            p => $"/api/v1/partners/{p.Id}");

    public static async Task<Results<Created<PartnerDto>, Ok<PartnerDto>, ValidationProblem, NotFound>> ChangeAsync(
        int id, PartnerForm form, ClaimsPrincipal user, PartnerRegistry registry, CancellationToken ct) =>
        await ApiOutcome.SavedAsync(await registry.SaveAsync(form, id, ct), created: false, async p => (await registry.FindAsync(user, p.Id, ct))!, _ => "");

    public static async Task<Results<Created<PartnerRecordDto>, Ok<PartnerRecordDto>, ValidationProblem, NotFound>> AddRecordAsync(
        int id, PartnerRecordForm form, PartnerRegistry registry, CancellationToken ct) =>
        await ApiOutcome.SavedAsync(await registry.AddRecordAsync(id, form, ct), created: true, r => Task.FromResult(PartnerRecordDto.From(r)),
            _ => $"/api/v1/partners/{id}");
}
