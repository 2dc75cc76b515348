using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace LearningLoop.Web.Features.Operations;

/// <summary><c>/health/ready</c> as JSON: the overall status, then each check's status, description and data (the
/// replica's state and lag). No exception text: the endpoint is anonymous.</summary>
public static class ReadinessReport
{
    public static Task WriteAsync(HttpContext context, HealthReport report) =>
        context.Response.WriteAsJsonAsync(new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new
            {
                status = e.Value.Status.ToString(),
                description = e.Value.Description,
                data = e.Value.Data.Count > 0 ? e.Value.Data : null,
            }),
        });
}
