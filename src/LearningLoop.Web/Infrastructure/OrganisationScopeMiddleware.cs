using System.Security.Claims;
using LearningLoop.Core.Access;

namespace LearningLoop.Web.Infrastructure;

/// <summary>Binds the request's <see cref="OrganisationScope"/> to the signed-in user's organisation. Anonymous
/// requests keep the empty scope and so see no organisation's data.</summary>
public static class OrganisationScopeMiddleware
{
    public static IApplicationBuilder UseOrganisationScope(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.User.OrganisationId() is { } organisationId)
        {
            context.RequestServices.GetRequiredService<OrganisationScope>().SetOrganisation(organisationId);
            // The audit trail names whoever makes this request's changes (issue 13 item 8).
            if (context.User.FindFirstValue(ClaimTypes.NameIdentifier) is { } userId)
                context.RequestServices.GetRequiredService<Core.Audit.AuditActor>().Set(userId, context.User.Identity?.Name ?? userId);
        }
        await next(context);
    });
}
