using Microsoft.AspNetCore.Authorization;

namespace LearningLoop.Web.Infrastructure;

/// <summary>
/// The base of an authorisation handler that reads the database. Handlers run not only before a page but inside its
/// render: every <c>AuthorizeView</c> (the menu's among them) evaluates its policy while the page and the route view
/// run their own queries. On the request's DbContext these would overlap, which EF refuses; on PostgreSQL every page
/// answered 500 now and then once the menu asked whether the person coordinates a network. So the handler reads
/// through a scope of its own, bound to the request's organisation (as <see cref="Components.OwnScopeComponent"/>).
/// ComponentQueryScopeTests keeps every database-reading handler on this base.
/// </summary>
public abstract class OwnScopeAuthorizationHandler<TRequirement>(IServiceScopeFactory scopes, IServiceProvider requestServices)
    : AuthorizationHandler<TRequirement> where TRequirement : IAuthorizationRequirement
{
    protected sealed override async Task HandleRequirementAsync(AuthorizationHandlerContext context, TRequirement requirement)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.Follow(requestServices);
        await HandleRequirementAsync(context, requirement, scope.ServiceProvider);
    }

    /// <summary>Decides with services (a DbContext above all) from the handler's own scope.</summary>
    protected abstract Task HandleRequirementAsync(AuthorizationHandlerContext context, TRequirement requirement, IServiceProvider services);
}
