using System.Security.Claims;
using LearningLoop.Core.Persistence;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace LearningLoop.Web.Features.Network;

/// <summary>Which network the signed-in person coordinates (decision 0023): a <c>NetworkCoordinator</c> record, checked on
/// the server for every network page and endpoint. A person who coordinates no network is refused (403).</summary>
public sealed class NetworkCoordinators(LearningLoopDbContext db)
{
    /// <summary>The network the user coordinates, or null. A person appointed by two networks sees the first (by id).</summary>
    public async Task<int?> NetworkOfAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.FindFirstValue(ClaimTypes.NameIdentifier) is not { } id) return null;
        return await db.NetworkCoordinators.AsNoTracking().Where(c => c.UserId == id).OrderBy(c => c.NetworkId)
            .Select(c => (int?)c.NetworkId).FirstOrDefaultAsync(ct);
    }
}

/// <summary>The <see cref="NetworkFeature.Coordinator"/> policy's requirement: the user coordinates a network.</summary>
public sealed class CoordinatesNetworkRequirement : IAuthorizationRequirement;

public sealed class CoordinatesNetworkHandler(IServiceScopeFactory scopes, IServiceProvider requestServices)
    : Infrastructure.OwnScopeAuthorizationHandler<CoordinatesNetworkRequirement>(scopes, requestServices)
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, CoordinatesNetworkRequirement requirement, IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (await services.GetRequiredService<NetworkCoordinators>().NetworkOfAsync(context.User) is not null) context.Succeed(requirement);
    }
}
