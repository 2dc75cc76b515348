using LearningLoop.Core.Surveys;

namespace LearningLoop.Web.Features.Surveys;

/// <summary>Puts <see cref="WaveResultsGate"/> in front of an API endpoint that reveals a wave's results: while the wave
/// is open (or not yet open) it answers 409 with a ProblemDetails saying when results appear; a wave that does not
/// exist, or is another organisation's, is left to the endpoint (404). Any endpoint with an <c>{id}</c> route value
/// naming a wave can use it: <c>group.MapGet("/waves/{id:int}/my-results", ...).RequireClosedWave()</c>.</summary>
public static class ClosedWaveResults
{
    public static TBuilder RequireClosedWave<TBuilder>(this TBuilder builder, string routeValue = "id") where TBuilder : IEndpointConventionBuilder
    {
        builder.AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            if (int.TryParse(http.GetRouteValue(routeValue)?.ToString(), System.Globalization.CultureInfo.InvariantCulture, out var waveId)
                && await http.RequestServices.GetRequiredService<WaveResultsGate>().ForWaveAsync(waveId, http.RequestAborted) is { Available: false } gate)
            {
                return Refusal(gate);
            }
            return await next(context);
        });
        return builder;
    }

    /// <summary>The 409 answer for results that are not available yet.</summary>
    public static IResult Refusal(ResultsAvailability availability)
    {
        ArgumentNullException.ThrowIfNull(availability);
        return TypedResults.Problem(title: availability.Title, detail: availability.Explanation, statusCode: StatusCodes.Status409Conflict,
            extensions: new Dictionary<string, object?>
            {
                ["state"] = availability.State.ToString(),
                ["resultsAvailableOn"] = availability.AppearsOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                ["orWhenClosedEarly"] = true,
            });
    }
}
