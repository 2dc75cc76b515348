using LearningLoop.Core.Organisations;
using LearningLoop.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;

namespace LearningLoop.Web.Features.Network;

/// <summary>The learning network (issue 11 items 6 and 7, decision 0023): coordinators compare the member organisations
/// on shared measures (funnel plots) and capability profiles, seeing only what each member opted in to share, and keep
/// the network's maturity grid; each member's administrators choose what their organisation shares.</summary>
public static class NetworkFeature
{
    /// <summary>A signed-in member of an organisation who coordinates a network.</summary>
    public const string Coordinator = "NetworkCoordinator";

    public static IServiceCollection AddNetworkFeature(this IServiceCollection services)
    {
        services.AddScoped<NetworkCoordinators>();
        services.AddScoped<IAuthorizationHandler, CoordinatesNetworkHandler>();
        services.Configure<AuthorizationOptions>(o => o.AddPolicy(Coordinator, new AuthorizationPolicyBuilder(Policies.MemberInRole())
            .AddRequirements(new CoordinatesNetworkRequirement()).Build()));
        services.AddScoped<NetworkComparison>();
        services.AddScoped<NetworkSharing>();
        services.AddScoped<NetworkMaturity>();
        return services;
    }
}
