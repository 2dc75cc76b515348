namespace LearningLoop.Core.Access;

/// <summary>A per-user key for scripts. Only a hash is stored; the key itself is shown once, at creation.</summary>
public sealed class ApiKey
{
    public int Id { get; set; }
    public required string UserId { get; set; }
    public AppUser? User { get; set; }
    public required string Name { get; set; }
    /// <summary>The first characters of the key, shown in lists so a person can tell keys apart.</summary>
    public required string Prefix { get; set; }
    public required string Hash { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime? LastUsedUtc { get; set; }
    public DateTime? RevokedUtc { get; set; }

    /// <summary>A new key for a user: the record to store (hash and prefix only) and the secret to show once.</summary>
    public static (ApiKey Record, string Secret) Issue(string userId, string name)
    {
        var secret = ApiKeySecret.Create();
        var record = new ApiKey { UserId = userId, Name = name, Prefix = ApiKeySecret.PrefixOf(secret), Hash = ApiKeySecret.Hash(secret), CreatedUtc = DateTime.UtcNow };
        return (record, secret);
    }
}
