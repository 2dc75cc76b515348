using LearningLoop.Core.Organisations;
using LearningLoop.Core.Persistence;

namespace LearningLoop.Core.Demo;

/// <summary>What the demo parts share: the database, the demo hospital, a seeded random source and the demo's
/// "today", so every part tells the same story the same way on every run.</summary>
public sealed class DemoWorld(LearningLoopDbContext db, DateOnly today)
{
    public LearningLoopDbContext Db { get; } = db;
    public DateOnly Today { get; } = today;
    public Random Random { get; } = new(20240301);
    public Organisation Hospital { get; set; } = null!;
    public Dictionary<string, Unit> Units { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, Workgroup> Workgroups { get; } = new(StringComparer.Ordinal);
    public List<DemoSignIn> SignIns { get; } = [];
}

public sealed record DemoSignIn(string Role, string Email, string Password);
