using LearningLoop.Core.Persistence;
using LearningLoop.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;

namespace LearningLoop.Web.Features.Initiatives;

/// <summary>The policies of initiatives and the learning records around them. The edit policies read the record's id
/// from the route, find the initiative it belongs to and ask <see cref="InitiativeAccess"/>, so a page and an API
/// endpoint are guarded by the same rule in one line (<c>[Authorize(Policy = ...)]</c> or <c>RequireAuthorization</c>).</summary>
public static class InitiativePolicies
{
    /// <summary>Administrators, improvement leads and managers: may start initiatives.</summary>
    public const string Start = "InitiativeStart";
    /// <summary>The team of the initiative in the route (<c>{id}</c>), improvement leads and administrators.</summary>
    public const string EditInitiative = "InitiativeEdit";
    /// <summary>The lead and sponsor of the initiative in the route, improvement leads and administrators: may change its
    /// aim, phase, lead, sponsor and team.</summary>
    public const string GovernInitiative = "InitiativeGovern";
    public const string EditLesson = "LessonEdit";
    public const string EditInterviewNote = "InterviewNoteEdit";
    public const string EditIntervention = "InterventionEdit";

    public static void Configure(AuthorizationOptions options)
    {
        var member = new AuthorizationPolicyBuilder(AccessRegistration.SmartScheme).RequireAuthenticatedUser()
            .RequireClaim(OrganisationClaimsFactory.OrganisationClaim);
        options.AddPolicy(Start, member.RequireAssertion(c => InitiativeAccess.MayStart(c.User)).Build());
        options.AddPolicy(EditInitiative, Guarded((db, id) => db.Initiatives.Where(i => i.Id == id).Select(i => new Owner((int?)i.Id))));
        options.AddPolicy(GovernInitiative, Guarded((db, id) => db.Initiatives.Where(i => i.Id == id).Select(i => new Owner((int?)i.Id)), govern: true));
        options.AddPolicy(EditLesson, Guarded((db, id) => db.Lessons.Where(l => l.Id == id).Select(l => new Owner(l.InitiativeId))));
        options.AddPolicy(EditInterviewNote, Guarded((db, id) => db.InterviewNotes.Where(n => n.Id == id).Select(n => new Owner(n.InitiativeId))));
        options.AddPolicy(EditIntervention, Guarded((db, id) => db.Interventions.Where(n => n.Id == id).Select(n => new Owner(n.InitiativeId))));
    }

    private static AuthorizationPolicy Guarded(Func<LearningLoopDbContext, int, IQueryable<Owner>> owner, bool govern = false) =>
        new AuthorizationPolicyBuilder(AccessRegistration.SmartScheme).RequireAuthenticatedUser()
            .RequireClaim(OrganisationClaimsFactory.OrganisationClaim)
            .AddRequirements(new RecordEditorRequirement(owner, govern)).Build();

    /// <summary>The initiative a record belongs to (null: none).</summary>
    public sealed record Owner(int? InitiativeId);

    /// <summary><paramref name="Govern"/>: the lead's and sponsor's rights, not only a team member's.</summary>
    public sealed record RecordEditorRequirement(Func<LearningLoopDbContext, int, IQueryable<Owner>> Owner, bool Govern = false) : IAuthorizationRequirement;

    /// <summary>Reads the <c>id</c> route value from the request (endpoint routing) or from the page's route data
    /// (<c>AuthorizeRouteView</c>). A record that does not exist passes, so that the endpoint answers 404, not 403:
    /// another organisation's record must look like no record at all. A route without an id (a "new" form that shares
    /// its page with the edit form) passes too: what is created is checked against the initiative it names.</summary>
    public sealed class RecordEditorHandler(IServiceScopeFactory scopes, IServiceProvider requestServices)
        : Infrastructure.OwnScopeAuthorizationHandler<RecordEditorRequirement>(scopes, requestServices)
    {
        protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, RecordEditorRequirement requirement, IServiceProvider services)
        {
            var db = services.GetRequiredService<LearningLoopDbContext>();
            var access = services.GetRequiredService<InitiativeAccess>();
            var value = context.Resource switch
            {
                HttpContext http => http.GetRouteValue("id"),
                Microsoft.AspNetCore.Components.RouteData route => route.RouteValues.FirstOrDefault(v => string.Equals(v.Key, "id", StringComparison.OrdinalIgnoreCase)).Value,
                _ => null,
            };
            if (value is null)
            {
                context.Succeed(requirement);
                return;
            }
            if (!int.TryParse(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture), System.Globalization.CultureInfo.InvariantCulture, out var id))
            {
                return;
            }
            var owner = await requirement.Owner(db, id).FirstOrDefaultAsync();
            var allowed = owner is null
                || (requirement.Govern && owner.InitiativeId is { } initiative
                    ? await access.CanGovernAsync(context.User, initiative)
                    : await access.CanEditAsync(context.User, owner.InitiativeId));
            if (allowed)
            {
                context.Succeed(requirement);
            }
        }
    }
}
