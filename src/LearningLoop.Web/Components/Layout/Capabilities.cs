namespace LearningLoop.Web.Components.Layout;

/// <summary>The capabilities the navigation names. Each moves from <see cref="Coming"/> to a real link when it lands.</summary>
public static class Capabilities
{
    public sealed record Capability(string Name, string Description);

    public static readonly IReadOnlyList<Capability> Coming =
    [
    ];
}
