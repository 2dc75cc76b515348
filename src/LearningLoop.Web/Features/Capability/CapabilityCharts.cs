using LearningLoop.Charts.Capability;
using LearningLoop.Core.Capability;
using LearningLoop.Core.Surveys;
using LearningLoop.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LearningLoop.Web.Features.Capability;

/// <summary>A closed assessment's two heat maps (where we stand, where we disagree), titled once for the results page and
/// for the downloads beside them (<c>/api/v1/capability/assessments/{id}/heat-map.svg</c>, <c>.png</c>, <c>spread.svg</c>, <c>.png</c>).</summary>
public static class CapabilityCharts
{
    public static string HeatMapTitle(CapabilityAssessment assessment) => $"{assessment.Name}: capability by domain and level";

    public static string SpreadTitle(CapabilityAssessment assessment) => $"{assessment.Name}: spread of ratings";

    public static RouteGroupBuilder MapCapabilityChartDownloads(this RouteGroupBuilder read)
    {
        foreach (var spread in new[] { false, true })
        {
            foreach (var png in new[] { false, true })
            {
                var name = spread ? "spread" : "heat-map";
                read.MapGet($"/assessments/{{id:int}}/{name}.{ChartDownloads.Extension(png)}", async Task<Results<FileContentHttpResult, NotFound, ProblemHttpResult>> (
                        int id, CapabilityAssessments assessments, CancellationToken ct) =>
                    {
                        var assessment = (await assessments.ListAsync(ct)).FirstOrDefault(a => a.Id == id);
                        if (assessment is null) return TypedResults.NotFound();
                        if (assessment.State != WaveState.Closed) return CapabilityApi.StillOpen();
                        if (await assessments.ResultAsync(id, ct: ct) is not { } result) return TypedResults.NotFound();
                        var svg = CapabilityHeatMapSvg.Render(result.Profile, spread ? SpreadTitle(assessment) : HeatMapTitle(assessment), name, spread);
                        return ChartDownloads.File(svg, $"capability-{id}-{name}", png);
                    })
                    .WithSummary($"The closed assessment's {(spread ? "spread of ratings" : "capability heat map")} as {(png ? "PNG" : "SVG")}; suppressed cells hatched as on the page");
            }
        }
        return read;
    }
}
