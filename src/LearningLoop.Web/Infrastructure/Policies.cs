using LearningLoop.Core.Access;
using Microsoft.AspNetCore.Authorization;

namespace LearningLoop.Web.Infrastructure;

/// <summary>The authorisation policies every page and endpoint is checked against on the server.</summary>
public static class Policies
{
    /// <summary>Signed in and belonging to an organisation: the fallback for every endpoint not marked otherwise.</summary>
    public const string Member = nameof(Member);
    /// <summary>May change the organisation's structure: divisions, units, workgroups, people.</summary>
    public const string Administrator = nameof(Administrator);
    /// <summary>May define measures and enter, import or change their data.</summary>
    public const string MeasureEditor = nameof(MeasureEditor);

    public static void Configure(AuthorizationOptions options)
    {
        var member = new AuthorizationPolicyBuilder(AccessRegistration.SmartScheme)
            .RequireAuthenticatedUser()
            .RequireClaim(OrganisationClaimsFactory.OrganisationClaim)
            .Build();
        options.AddPolicy(Member, member);
        options.AddPolicy(Administrator, new AuthorizationPolicyBuilder(member).RequireRole(Roles.Administrator).Build());
        options.AddPolicy(MeasureEditor, new AuthorizationPolicyBuilder(member).RequireRole(Roles.Administrator, Roles.ImprovementLead, Roles.Manager).Build());
        options.DefaultPolicy = member;
        options.FallbackPolicy = member;
    }
}
