namespace LearningLoop.Core.Access;

/// <summary>Whose data a unit of work may see. The web app sets it from the signed-in user; the CLI, migrations and
/// the demo seeder run as <see cref="System"/>. The database context filters every organisation-owned query by it.</summary>
public sealed class OrganisationScope
{
    public static OrganisationScope System { get; } = new() { IsSystem = true };

    public bool IsSystem { get; private set; }

    /// <summary>The organisation in view; -1 (nothing) until a signed-in user sets it.</summary>
    public int OrganisationId { get; private set; } = -1;

    public void SetOrganisation(int organisationId) => OrganisationId = organisationId;

    /// <summary>For start-up work (migrations, demo seeding) that must see every organisation.</summary>
    public void SetSystem() => IsSystem = true;

    /// <summary>Sees what <paramref name="other"/> sees: for a second service scope inside one request (a component's or
    /// an authorisation handler's own DbContext), which must stay in the request's organisation.</summary>
    public void Follow(OrganisationScope other)
    {
        ArgumentNullException.ThrowIfNull(other);
        IsSystem = other.IsSystem;
        OrganisationId = other.OrganisationId;
    }
}
