using LearningLoop.Core.Access;
using LearningLoop.Web.Infrastructure;

namespace LearningLoop.Web.Tests.Access;

/// <summary>Roles from the identity provider's groups: only for organisations that map them, and never none.</summary>
public sealed class OidcRoleMappingTests
{
    private static readonly OidcRoleMapping[] Mappings =
    [
        new() { OrganisationId = 1, Value = "qi-team", Role = Roles.ImprovementLead },
        new() { OrganisationId = 1, Value = "ward-managers", Role = Roles.Manager },
        new() { OrganisationId = 1, Value = "qi-team-too", Role = Roles.ImprovementLead },
        new() { OrganisationId = 2, Value = "it-admins", Role = Roles.Administrator },
    ];

    [Fact]
    public void Every_matching_group_grants_its_role_once()
    {
        var roles = OidcRoleMapping.RolesFor(Mappings, 1, ["everyone", "qi-team", "ward-managers", "qi-team-too"]);
        Assert.Equal([Roles.ImprovementLead, Roles.Manager], roles);
    }

    [Fact]
    public void Another_organisations_mapping_grants_nothing_here()
    {
        Assert.Equal([Roles.Staff], OidcRoleMapping.RolesFor(Mappings, 1, ["it-admins"]));
    }

    [Fact]
    public void An_organisation_without_mappings_keeps_the_roles_its_administrators_set()
    {
        Assert.Null(OidcRoleMapping.RolesFor(Mappings, 3, ["qi-team"]));
    }

    [Fact]
    public void Group_values_match_exactly()
    {
        Assert.Equal([Roles.Staff], OidcRoleMapping.RolesFor(Mappings, 1, ["QI-TEAM", "qi-team "]));
    }
}
