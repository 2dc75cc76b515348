using LearningLoop.Charts.Funnel;
using System.Globalization;
using LearningLoop.Analytics.Funnel;
using LearningLoop.Analytics.Rates;
using LearningLoop.Analytics.Spc;
using LearningLoop.Core.Safety;
using LearningLoop.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LearningLoop.Web.Features.Safety;

/// <summary><c>/api/v1/safety/rates</c> and <c>/api/v1/safety/benchmark</c>: reporting, near-miss and harm-event rates per
/// 10,000 patient days, monthly with their u-chart signals, a period comparison, and funnel plots.</summary>
public static class SafetyRatesApi
{
    public sealed record RateSeriesDto(SafetyRate Rate, string Name, string? Variation, string? VariationText, double? CentreLine,
        RateComparisonDto? Comparison);

    public sealed record RateComparisonDto(long EventsBefore, double PatientDaysBefore, long EventsAfter, double PatientDaysAfter,
        double? RateBefore, double? RateAfter, double? PercentChange, double? RateRatio, double? CiLow, double? CiHigh, double? P)
    {
        public static RateComparisonDto From(RateComparison c) => new(c.Before.Events, c.Before.PatientDays, c.After.Events, c.After.PatientDays,
            c.RateBeforePer10000, c.RateAfterPer10000, c.PercentChange, c.RateRatio, c.CiLow, c.CiHigh, c.P);
    }

    public sealed record RatesDto(string Scope, DateOnly From, DateOnly To, DateOnly Split, IReadOnlyList<MonthlyRateDto> Months,
        IReadOnlyList<RateSeriesDto> Rates);

    public sealed record FunnelPointDto(string Name, double Events, double PatientDays, double Rate, double Lower95, double Upper95,
        double Lower998, double Upper998, FunnelPosition Position);

    public sealed record FunnelDto(SafetyRate Rate, DateOnly From, DateOnly To, double? Overall, IReadOnlyList<FunnelPointDto> Points, string? Message);

    public sealed record SettingsDto(bool ShareRatesWithNetwork);

    public static RouteGroupBuilder MapSafetyRatesApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var safety = api.MapGroup("/safety").WithTags("Safety").RequireAuthorization(Policies.Colleague); // staff work: not for patient partners
        safety.MapGet("/rates", Rates).WithSummary(
            "Monthly event-reporting, near-miss and harm-event rates per 10,000 patient days for a unit, a division or (neither) the organisation, "
            + "with u-chart signals and the comparison of the months before 'split' with the months from it (rate ratio, exact 95% CI)");
        safety.MapGet("/benchmark/units", UnitsFunnel).WithSummary("The organisation's units on a funnel plot of one rate");
        safety.MapGet("/benchmark/network", NetworkFunnel)
            .WithSummary("The network's organisations that share their rates on a funnel plot (only when this organisation shares its own)");
        foreach (var network in new[] { false, true })
        {
            foreach (var png in new[] { false, true })
            {
                safety.MapGet($"/benchmark/{(network ? "network" : "units")}.{ChartDownloads.Extension(png)}", async Task<Results<FileContentHttpResult, NotFound>> (
                        SafetyRate? rate, DateOnly? from, DateOnly? to, SafetyBenchmark benchmark, TimeProvider clock, CancellationToken ct) =>
                    {
                        var (r, period) = (rate ?? SafetyRate.Reporting, await LastYearAsync(from, to, benchmark, clock, ct));
                        var comparison = network ? await benchmark.NetworkAsync(r, period.From, period.To, ct) : await benchmark.UnitsAsync(r, period.From, period.To, ct);
                        if (FunnelSvg(comparison, FunnelTitle(r, network)) is not { } svg) return TypedResults.NotFound();
                        return ChartDownloads.File(svg, $"{(network ? "network" : "units")}-{r.ToString().ToLowerInvariant()}-funnel", png);
                    })
                    .WithSummary($"The {(network ? "network's" : "units'")} funnel plot as {(png ? "PNG drawn on the server" : "SVG")}; 404 when there is nothing to compare");
            }
        }
        safety.MapGet("/settings", Settings).WithSummary("Whether this organisation shares its reporting rates with its network");
        safety.MapPut("/settings", SaveSettings).RequireAuthorization(Policies.Administrator).WithSummary("Opt in to (or out of) network benchmarking");
        return api;
    }

    public static async Task<Results<Ok<RatesDto>, NotFound>> Rates(int? unitId, int? divisionId, DateOnly? from, DateOnly? to, DateOnly? split,
        SafetyQueries queries, SafetyRates rates, TimeProvider clock, CancellationToken ct)
    {
        if (await queries.ScopeAsync(unitId, divisionId, ct) is not { } scope) return TypedResults.NotFound();
        var period = SafetyPeriod.Resolve(from, to, split, await rates.LatestAsync(scope.UnitIds, ct) ?? DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        var months = await rates.MonthlyAsync(scope.UnitIds, period.From, period.To, ct);
        var series = Enum.GetValues<SafetyRate>().Select(rate =>
        {
            var chart = SafetyRates.Chart(months, rate);
            var icons = chart is null ? null : MakingDataCountIcons.Summarise(chart, SafetyRates.Direction(rate));
            return new RateSeriesDto(rate, SafetyRates.Name(rate), icons?.Variation.ToString(), icons?.VariationText, chart?.Points[^1].Cl,
                period.Compare(months, rate) is { } c ? RateComparisonDto.From(c) : null);
        }).ToList();
        return TypedResults.Ok(new RatesDto(scope.Name, period.From, period.To, period.Split, months.Select(SafetyQueries.Dto).ToList(), series));
    }

    public static async Task<Ok<FunnelDto>> UnitsFunnel(SafetyRate? rate, DateOnly? from, DateOnly? to, SafetyBenchmark benchmark, TimeProvider clock, CancellationToken ct)
    {
        var (r, period) = (rate ?? SafetyRate.Reporting, await LastYearAsync(from, to, benchmark, clock, ct));
        return TypedResults.Ok(Funnel(r, period, await benchmark.UnitsAsync(r, period.From, period.To, ct)));
    }

    public static async Task<Ok<FunnelDto>> NetworkFunnel(SafetyRate? rate, DateOnly? from, DateOnly? to, SafetyBenchmark benchmark, TimeProvider clock, CancellationToken ct)
    {
        var (r, period) = (rate ?? SafetyRate.Reporting, await LastYearAsync(from, to, benchmark, clock, ct));
        return TypedResults.Ok(Funnel(r, period, await benchmark.NetworkAsync(r, period.From, period.To, ct)));
    }

    public static async Task<Ok<SettingsDto>> Settings(SafetyBenchmark benchmark, CancellationToken ct) =>
        TypedResults.Ok(new SettingsDto(await benchmark.SharesAsync(ct)));

    public static async Task<Ok<SettingsDto>> SaveSettings(SettingsDto body, SafetyBenchmark benchmark, CancellationToken ct)
    {
        await benchmark.SetSharingAsync(body.ShareRatesWithNetwork, ct);
        return TypedResults.Ok(body);
    }

    /// <summary>Funnels compare one year: by default the 12 months up to the organisation's latest patient days.</summary>
    private static async Task<SafetyPeriod> LastYearAsync(DateOnly? from, DateOnly? to, SafetyBenchmark benchmark, TimeProvider clock, CancellationToken ct)
    {
        var end = SafetyPeriod.Resolve(null, to, null, await benchmark.LatestAsync(ct) ?? DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)).To;
        var start = from ?? SafetyRates.Month(end).AddMonths(-11);
        return new SafetyPeriod(start, end, start);
    }

    public static string FunnelTitle(SafetyRate rate, bool network) =>
        $"{SafetyRates.Name(rate)} per 10,000 patient days by {(network ? "organisation" : "unit")}";

    /// <summary>The funnel plot as the benchmark page draws it; none when there is nothing to compare.</summary>
    public static string? FunnelSvg(SafetyBenchmark.Comparison comparison, string title) =>
        comparison.Plot is { } plot
            ? FunnelPlotSvg.Render(plot, new FunnelPlotSvg.Options(title, "Patient days", "per 10,000 patient days", v => v.ToString("0.0", CultureInfo.InvariantCulture)))
            : null;

    private static FunnelDto Funnel(SafetyRate rate, SafetyPeriod period, SafetyBenchmark.Comparison comparison) =>
        new(rate, period.From, period.To, comparison.Plot?.Target,
            comparison.Plot?.Points.Select(p => new FunnelPointDto(p.Unit.Name, p.Unit.Events, p.Unit.Denominator, p.Value, p.Limits.Lower95,
                p.Limits.Upper95, p.Limits.Lower998, p.Limits.Upper998, p.Position)).ToList() ?? [], comparison.Message);
}
