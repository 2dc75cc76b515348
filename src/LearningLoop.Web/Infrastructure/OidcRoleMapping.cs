namespace LearningLoop.Web.Infrastructure;

/// <summary>One line of <c>Authentication:OpenIdConnect:RoleMappings</c>: people of organisation
/// <see cref="OrganisationId"/> whose <see cref="OidcSettings.RoleClaim"/> holds <see cref="Value"/> get
/// LearningLoop role <see cref="Role"/>. An organisation with lines has its roles set by the provider at each sign-in;
/// one without keeps roles as administrators set them.</summary>
public sealed class OidcRoleMapping
{
    public int OrganisationId { get; set; }
    public string Value { get; set; } = "";
    public string Role { get; set; } = "";

    /// <summary>The roles the provider grants a person of <paramref name="organisationId"/>, or null when that organisation
    /// does not take its roles from the provider. An empty answer (mapped organisation, no matching value) means Staff:
    /// every account needs a role, and Staff is what a person gets without any (as when provisioned).</summary>
    public static IReadOnlyList<string>? RolesFor(
        IEnumerable<OidcRoleMapping> mappings, int organisationId, IEnumerable<string> claimValues)
    {
        var mine = mappings.Where(m => m.OrganisationId == organisationId).ToList();
        if (mine.Count == 0) return null;
        var values = claimValues.ToHashSet(StringComparer.Ordinal);
        var roles = mine.Where(m => values.Contains(m.Value)).Select(m => m.Role).Distinct(StringComparer.Ordinal).ToList();
        return roles.Count > 0 ? roles : [Core.Access.Roles.Staff];
    }
}
