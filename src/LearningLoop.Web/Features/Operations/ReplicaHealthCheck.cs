using LearningLoop.Core.Persistence;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace LearningLoop.Web.Features.Operations;

/// <summary>The read replica's state and lag, asked afresh at every readiness check. A replica that does not answer makes
/// the node <i>degraded</i>, not unready: reads then come from the primary, so the load balancer keeps the node.</summary>
public sealed class ReplicaHealthCheck(ReadReplica replica, ILogger<ReplicaHealthCheck> logger) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var state = await replica.ProbeAsync(cancellationToken);
        var data = new Dictionary<string, object> { ["state"] = state.Status, ["replayPaused"] = state.ReplayPaused };
        if (state.LagSeconds is { } lag) data["lagSeconds"] = lag;
        if (state.Usable) return HealthCheckResult.Healthy($"Heavy reads are served by the replica ({state.Status}).", data);
        // The reason (a host, a port) goes to the log, not to this anonymous endpoint.
        logger.LogWarning("The read replica is not usable: {Problem}", state.Problem);
        return HealthCheckResult.Degraded("The replica is not usable; every read is served by the primary.", data: data);
    }
}
