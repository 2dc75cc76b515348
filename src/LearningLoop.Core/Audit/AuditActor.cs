namespace LearningLoop.Core.Audit;

/// <summary>Who is making this unit of work's changes: set by the web app from the signed-in person. Work without an
/// actor (demo seeding, migrations, the CLI) is not audited.</summary>
public sealed class AuditActor
{
    public string? UserId { get; private set; }
    public string Name { get; private set; } = "";

    public void Set(string userId, string name)
    {
        UserId = userId;
        Name = name;
    }

    /// <summary>The same person as <paramref name="other"/>: for a second service scope inside one request.</summary>
    public void Follow(AuditActor other)
    {
        ArgumentNullException.ThrowIfNull(other);
        (UserId, Name) = (other.UserId, other.Name);
    }
}
