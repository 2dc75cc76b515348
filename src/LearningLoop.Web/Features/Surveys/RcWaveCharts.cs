using LearningLoop.Analytics.RelationalCoordination;
using LearningLoop.Charts.RelationalCoordination;
using LearningLoop.Core.Surveys;
using LearningLoop.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LearningLoop.Web.Features.Surveys;

/// <summary>A closed wave's relational coordination charts, drawn once here for the results page and for the downloads
/// beside them (<c>/api/v1/surveys/waves/{id}/heat-map.svg</c>, <c>.png</c>, and the network, dimension profile and
/// change). A download shows exactly what the page shows: the same report, so the same suppression.</summary>
public static class RcWaveCharts
{
    public const string NetworkTitle = "Relational coordination network";
    public const string ProfileTitle = "Relational coordination by dimension";
    public const string ChangeTitle = "Change between waves";

    public static string HeatMapTitle(RcWaveReport report) => $"Relational coordination heat map, {report.Wave.Name}";

    public static string HeatMap(RcWaveReport r) =>
        RcHeatMapSvg.Render(r.Workgroups.Select(w => w.Name).ToList(), r.Workgroups.Select(w => w.Key).ToList(),
            (a, b) => r.CellOf(r.Workgroups[a], r.Workgroups[b]), r.Bands, r.MinCellSize, HeatMapTitle(r));

    public static string Network(RcWaveReport r) =>
        RcNetworkSvg.Render(r.Workgroups.Select(w => w.Name).ToList(), (a, b) => r.CellOf(r.Workgroups[a], r.Workgroups[b]), r.Bands, r.MinCellSize, NetworkTitle);

    /// <summary>The wave's dimensions beside the organisation's; none when the whole wave is suppressed.</summary>
    public static IReadOnlyList<(string, IReadOnlyList<DimensionScore>)>? ProfileSeries(RcWaveReport r)
    {
        if (r.WaveSuppressed || r.Analysis is null) return null;
        var series = new List<(string, IReadOnlyList<DimensionScore>)> { (r.Wave.Name, r.Analysis.Dimensions) };
        if (r.Organisation is { Overall: not null } organisation) series.Add(("Organisation", organisation.Dimensions));
        return series;
    }

    public static string? Profile(RcWaveReport r) =>
        ProfileSeries(r) is { } series ? RcDimensionProfileSvg.Render(series, r.Bands, r.MinCellSize, ProfileTitle) : null;

    public static IReadOnlyList<RcChangeRow> ChangeRows(IEnumerable<RcWaveChange> changes) =>
        changes.Select(c => new RcChangeRow($"{c.From.Name} → {c.To.Name}", c.Difference, c.CiLow, c.CiHigh, c.P)).ToList();

    public static string? Change(RcChangeReport c) =>
        c.Changes.Count == 0 ? null : RcChangeChartSvg.Render(ChangeRows(c.Changes), ChangeTitle, c.MinCellSize);

    /// <summary>Each chart as <c>{name}.svg</c> and <c>{name}.png</c> under a closed wave; 404 where the page shows no such chart.</summary>
    public static RouteGroupBuilder MapRcChartDownloads(this RouteGroupBuilder read)
    {
        MapWaveChart(read, "heat-map", "The heat map", HeatMap);
        MapWaveChart(read, "network", "The network", Network);
        MapWaveChart(read, "profile", "The dimension profile, beside the organisation's (404 when the whole wave is suppressed)", Profile);
        foreach (var png in new[] { false, true })
        {
            read.MapGet($"/waves/{{id:int}}/change.{ChartDownloads.Extension(png)}", async Task<Results<FileContentHttpResult, NotFound>> (
                    int id, RcReports reports, SurveyOptions options, CancellationToken ct) =>
                    await reports.ChangeAsync(id, SurveyBands.From(options), ct) is { } report && Change(report) is { } svg
                        ? ChartDownloads.File(svg, $"rc-wave-{id}-change", png) : TypedResults.NotFound())
                .RequireClosedWave().ProducesProblem(StatusCodes.Status409Conflict).ServedFromReplica()
                .WithSummary($"The change between consecutive waves with 95% CIs, as {(png ? "PNG" : "SVG")} (404 with one wave only)");
        }
        return read;
    }

    private static void MapWaveChart(RouteGroupBuilder read, string name, string summary, Func<RcWaveReport, string?> draw)
    {
        foreach (var png in new[] { false, true })
        {
            read.MapGet($"/waves/{{id:int}}/{name}.{ChartDownloads.Extension(png)}", async Task<Results<FileContentHttpResult, NotFound>> (
                    int id, double? moderate, double? strong, RcReports reports, SurveyOptions options, CancellationToken ct) =>
                    await reports.WaveAsync(id, SurveyBands.From(options, moderate, strong), ct) is { } report && draw(report) is { } svg
                        ? ChartDownloads.File(svg, $"rc-wave-{id}-{name}", png) : TypedResults.NotFound())
                .RequireClosedWave().ProducesProblem(StatusCodes.Status409Conflict).ServedFromReplica()
                .WithSummary($"{summary} of a closed wave, as {(png ? "PNG drawn on the server" : "self-contained SVG")}; suppressed as on the page");
        }
    }
}
