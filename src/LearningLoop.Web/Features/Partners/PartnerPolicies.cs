using LearningLoop.Core.Access;
using LearningLoop.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;

namespace LearningLoop.Web.Features.Partners;

/// <summary>Who works the registry (decision 0016). The programme (administrators, improvement leads) keeps every
/// partner's file, ranks suggestions and sends invitations; managers open the registry to see the partners of the
/// initiatives they lead. Patient partners and staff never reach the registry: a partner sees their own file only.</summary>
public static class PartnerPolicies
{
    /// <summary>Administrators and improvement leads: every partner's file, matching and invitations.</summary>
    public const string Programme = "PartnerProgramme";

    /// <summary>The registry list: the programme and managers (who see only their initiatives' partners in it).</summary>
    public const string Registry = "PartnerRegistry";

    /// <summary>The managers' four practices: those who manage (administrators, improvement leads, managers) read and check them.</summary>
    public const string Practices = "PartnershipPractices";

    public static void Configure(AuthorizationOptions options)
    {
        options.AddPolicy(Programme, Policies.MemberInRole(Roles.Administrator, Roles.ImprovementLead));
        options.AddPolicy(Practices, Policies.MemberInRole(Roles.Administrator, Roles.ImprovementLead, Roles.Manager));
        options.AddPolicy(Registry, Policies.MemberInRole(Roles.Administrator, Roles.ImprovementLead, Roles.Manager));
    }
}
