using LearningLoop.Core.Access;
using LearningLoop.Core.Audit;

namespace LearningLoop.Web.Infrastructure;

/// <summary>What a second service scope inside one request (a component's, an authorisation handler's, the replica
/// retry's) must share with the request's own scope: the organisation in view, so tenancy holds, and the person
/// acting, so the audit trail names them (decision 0028).</summary>
public static class RequestScopes
{
    public static void Follow(this IServiceProvider own, IServiceProvider request)
    {
        ArgumentNullException.ThrowIfNull(own);
        ArgumentNullException.ThrowIfNull(request);
        own.GetRequiredService<OrganisationScope>().Follow(request.GetRequiredService<OrganisationScope>());
        own.GetRequiredService<AuditActor>().Follow(request.GetRequiredService<AuditActor>());
    }
}
