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
    /// <summary>Works in the organisation (any role but patient partner alone): staff-only records such as interview
    /// notes and interventions, which patient partners neither keep nor read (decision 0016).</summary>
    public const string Colleague = nameof(Colleague);

    /// <summary>Signed in, in an organisation, and (when roles are given) holding one of them: the base of every policy,
    /// so a feature's own policies authenticate and scope exactly as the rest of the app.</summary>
    public static AuthorizationPolicy MemberInRole(params string[] roles)
    {
        var builder = new AuthorizationPolicyBuilder(AccessRegistration.SmartScheme)
            .RequireAuthenticatedUser()
            .RequireClaim(OrganisationClaimsFactory.OrganisationClaim);
        return (roles.Length == 0 ? builder : builder.RequireRole(roles)).Build();
    }

    public static void Configure(AuthorizationOptions options)
    {
        var member = MemberInRole();
        options.AddPolicy(Member, member);
        options.AddPolicy(Administrator, MemberInRole(Roles.Administrator));
        options.AddPolicy(MeasureEditor, MemberInRole(Roles.Administrator, Roles.ImprovementLead, Roles.Manager));
        options.AddPolicy(Colleague, MemberInRole(Roles.Administrator, Roles.ImprovementLead, Roles.Manager, Roles.Staff));
        options.DefaultPolicy = member;
        options.FallbackPolicy = member;
    }
}
