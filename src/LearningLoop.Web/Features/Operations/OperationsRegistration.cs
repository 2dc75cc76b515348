using LearningLoop.Core.Persistence;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace LearningLoop.Web.Features.Operations;

public static class OperationsRegistration
{
    private const string ReadyTag = "ready";

    /// <summary>Health checks, and OpenTelemetry traces and metrics exported over OTLP when <c>Telemetry:OtlpEndpoint</c> is set
    /// (the standard <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> variable works too).</summary>
    public static WebApplicationBuilder AddLearningLoopOperations(this WebApplicationBuilder builder)
    {
        var checks = builder.Services.AddHealthChecks().AddDbContextCheck<LearningLoopDbContext>("database", tags: [ReadyTag]);
        if (builder.Configuration.GetConnectionString(ReadReplica.ConnectionStringName) is { Length: > 0 })
        {
            checks.AddCheck<ReplicaHealthCheck>("replica", tags: [ReadyTag]);
        }

        var endpoint = builder.Configuration["Telemetry:OtlpEndpoint"] is { Length: > 0 } configured
            ? configured
            : builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"];
        if (!string.IsNullOrEmpty(endpoint))
        {
            builder.Services.AddOpenTelemetry()
                .ConfigureResource(r => r.AddService("learningloop-web"))
                .WithTracing(t => t.AddAspNetCoreInstrumentation().AddHttpClientInstrumentation()
                    .AddSource("Npgsql").AddOtlpExporter(o => o.Endpoint = new Uri(endpoint)))
                .WithMetrics(m => m.AddAspNetCoreInstrumentation().AddHttpClientInstrumentation().AddRuntimeInstrumentation()
                    .AddOtlpExporter(o => o.Endpoint = new Uri(endpoint)));
        }
        return builder;
    }

    /// <summary><c>/health</c>: the process is alive. <c>/health/ready</c>: it can reach its database (and reports the read
    /// replica's state and lag when one is configured), as JSON; 503 when the database does not answer.</summary>
    public static IEndpointRouteBuilder MapLearningLoopHealth(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/health", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions
        {
            Predicate = c => c.Tags.Contains(ReadyTag),
            ResponseWriter = ReadinessReport.WriteAsync,
        }).AllowAnonymous();
        return app;
    }
}
