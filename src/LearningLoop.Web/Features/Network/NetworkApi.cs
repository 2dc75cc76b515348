using LearningLoop.Charts.Funnel;
using System.Globalization;
using System.Security.Claims;
using LearningLoop.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LearningLoop.Web.Features.Network;

public sealed record NetworkMeasureDto(int Id, string Name, string Definition, string Kind, double Multiplier, string ValueLabel,
    IReadOnlyList<string> SharedBy, IReadOnlyList<string> NotShared);

public sealed record NetworkDto(int Id, string Name, IReadOnlyList<string> Members, IReadOnlyList<NetworkMeasureDto> Measures);

public sealed record FunnelPointDto(string Organisation, double Events, double Denominator, double Value, double Lower95, double Upper95,
    double Lower998, double Upper998, string Position);

public sealed record NetworkFunnelDto(int MeasureId, string Measure, DateOnly From, DateOnly To, double? Target, IReadOnlyList<FunnelPointDto> Points,
    string? Message, IReadOnlyList<string> NotShared)
{
    public static NetworkFunnelDto Of(NetworkFunnel f) => new(f.Measure.Id, f.Measure.Name, f.From, f.To, f.Plot?.Target,
        f.Plot?.Points.Select(p => new FunnelPointDto(p.Unit.Name, p.Unit.Events, p.Unit.Denominator, p.Value, p.Limits.Lower95, p.Limits.Upper95,
            p.Limits.Lower998, p.Limits.Upper998, p.Position.ToString())).ToList() ?? [], f.Message, f.NotShared);
}

public sealed record ShareMeasureForm(int? MeasureId);

public sealed record ShareCapabilityForm(bool Share);

/// <summary><c>/api/v1/network</c>: the coordinator's view of their network (members, shared measures on funnel plots,
/// capability profiles, the maturity grid), and <c>/api/v1/network/sharing</c>, where a member's administrators choose
/// what their organisation shares.</summary>
public static class NetworkApi
{
    public static RouteGroupBuilder MapNetworkApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var coordinate = api.MapGroup("/network").WithTags("Network").RequireAuthorization(NetworkFeature.Coordinator);
        coordinate.MapGet("", Overview).WithSummary("The network the caller coordinates: members and shared measures, with who shares each");
        coordinate.MapGet("/measures/{id:int}/funnel", Funnel)
            .WithSummary("A shared measure's funnel plot over twelve months (?to= the last month): only the members that share it");
        coordinate.MapGet("/measures/{id:int}/funnel.svg", (int id, DateOnly? to, ClaimsPrincipal user, NetworkCoordinators coordinators, NetworkComparison comparison,
                CancellationToken ct) => FunnelChartAsync(id, to, user, coordinators, comparison, png: false, ct))
            .WithSummary("The shared measure's funnel plot as SVG: only the members that share it");
        coordinate.MapGet("/measures/{id:int}/funnel.png", (int id, DateOnly? to, ClaimsPrincipal user, NetworkCoordinators coordinators, NetworkComparison comparison,
                CancellationToken ct) => FunnelChartAsync(id, to, user, coordinators, comparison, png: true, ct))
            .WithSummary("The shared measure's funnel plot as PNG drawn on the server");
        coordinate.MapGet("/capability", Capability).WithSummary("Members' capability profiles (domain means), for those that share them");
        coordinate.MapGet("/maturity", Maturity).WithSummary("The maturity grid: the latest rating of each domain, and the one before");
        coordinate.MapPost("/maturity", Rate).WithSummary("Rate a domain of the maturity grid, with its evidence");
        var share = api.MapGroup("/network/sharing").WithTags("Network").RequireAuthorization(Policies.Administrator);
        share.MapGet("", Sharing).WithSummary("What this organisation shares with its network");
        share.MapPut("/measures/{networkMeasureId:int}", ShareMeasure)
            .WithSummary("Share one of this organisation's measures as the network measure ({measureId: null} stops sharing it)");
        share.MapPut("/capability", ShareCapability).WithSummary("Share (or stop sharing) this organisation's capability profile");
        return api;
    }

    public static async Task<Results<Ok<NetworkDto>, NotFound>> Overview(ClaimsPrincipal user, NetworkCoordinators coordinators,
        NetworkComparison comparison, CancellationToken ct)
    {
        var overview = await comparison.OverviewAsync(await coordinators.NetworkOfAsync(user, ct) ?? 0, ct);
        return overview is null ? TypedResults.NotFound() : TypedResults.Ok(new NetworkDto(overview.Id, overview.Name,
            overview.Members.Select(m => m.Name).ToList(),
            overview.Measures.Select(m => new NetworkMeasureDto(m.Measure.Id, m.Measure.Name, m.Measure.Definition, m.Measure.Kind.ToString(),
                m.Measure.Multiplier, m.Measure.ValueLabel, m.SharedBy, m.NotShared)).ToList()));
    }

    /// <summary>The funnel plot as the network page draws it; none when the members cannot be compared.</summary>
    public static string? FunnelSvg(NetworkFunnel f) =>
        f.Plot is { } plot
            ? FunnelPlotSvg.Render(plot, new FunnelPlotSvg.Options($"{f.Measure.Name}, {Month(f.From)} to {Month(f.To)}", Denominator(f.Measure), f.Measure.ValueLabel,
                v => v.ToString("0.0", CultureInfo.InvariantCulture), Width: 760, Height: 400))
            : null;

    public static string Month(DateOnly d) => d.ToString("MMM yyyy", CultureInfo.InvariantCulture);

    public static string Denominator(LearningLoop.Core.Networks.NetworkMeasure m) => m.Kind == LearningLoop.Analytics.Funnel.FunnelMeasure.Proportion ? "Cases" : "Exposure (e.g. bed days)";

    private static async Task<Results<FileContentHttpResult, NotFound>> FunnelChartAsync(int id, DateOnly? to, ClaimsPrincipal user,
        NetworkCoordinators coordinators, NetworkComparison comparison, bool png, CancellationToken ct)
    {
        var funnel = await comparison.FunnelAsync(await coordinators.NetworkOfAsync(user, ct) ?? 0, id, to, ct);
        if (funnel is null || FunnelSvg(funnel) is not { } svg) return TypedResults.NotFound();
        return ChartDownloads.File(svg, $"network-measure-{id}-funnel", png);
    }

    public static async Task<Results<Ok<NetworkFunnelDto>, NotFound>> Funnel(int id, DateOnly? to, ClaimsPrincipal user,
        NetworkCoordinators coordinators, NetworkComparison comparison, CancellationToken ct)
    {
        var funnel = await comparison.FunnelAsync(await coordinators.NetworkOfAsync(user, ct) ?? 0, id, to, ct);
        return funnel is null ? TypedResults.NotFound() : TypedResults.Ok(NetworkFunnelDto.Of(funnel));
    }

    public static async Task<Ok<List<MemberCapability>>> Capability(ClaimsPrincipal user, NetworkCoordinators coordinators,
        NetworkComparison comparison, CancellationToken ct) =>
        TypedResults.Ok(await comparison.CapabilityAsync(await coordinators.NetworkOfAsync(user, ct) ?? 0, ct));

    public static async Task<Ok<List<MaturityRow>>> Maturity(ClaimsPrincipal user, NetworkCoordinators coordinators, NetworkMaturity maturity,
        CancellationToken ct) =>
        TypedResults.Ok(await maturity.GridAsync(await coordinators.NetworkOfAsync(user, ct) ?? 0, ct));

    public static async Task<Results<Created<MaturityRatingDto>, ValidationProblem>> Rate(MaturityRatingForm form, ClaimsPrincipal user,
        NetworkCoordinators coordinators, NetworkMaturity maturity, CancellationToken ct)
    {
        var outcome = await maturity.RateAsync(await coordinators.NetworkOfAsync(user, ct) ?? 0, form, user.DisplayName(), ct);
        return outcome.Succeeded
            ? TypedResults.Created("/api/v1/network/maturity", MaturityRatingDto.From(outcome.Entity!))
            : TypedResults.ValidationProblem(outcome.Errors);
    }

    public static async Task<Ok<SharingDto>> Sharing(NetworkSharing sharing, CancellationToken ct) => TypedResults.Ok(await sharing.LoadAsync(ct));

    public static async Task<Results<Ok<SharingDto>, NotFound, ValidationProblem>> ShareMeasure(int networkMeasureId, ShareMeasureForm form,
        NetworkSharing sharing, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        var outcome = await sharing.ShareMeasureAsync(networkMeasureId, form.MeasureId, ct);
        if (outcome.NotFound) return TypedResults.NotFound();
        return outcome.Succeeded ? TypedResults.Ok(outcome.Entity!) : TypedResults.ValidationProblem(outcome.Errors);
    }

    public static async Task<Ok<SharingDto>> ShareCapability(ShareCapabilityForm form, NetworkSharing sharing, CancellationToken ct) =>
        TypedResults.Ok(await sharing.ShareCapabilityAsync(form?.Share ?? false, ct));
}
