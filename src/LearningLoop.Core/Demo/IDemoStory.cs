namespace LearningLoop.Core.Demo;

/// <summary>One capability's part of the demo story (../docs/demo.md). Parts run in <see cref="Order"/>, each
/// building on the organisation the earlier parts made. Register implementations in DI.</summary>
public interface IDemoStory
{
    int Order { get; }
    Task TellAsync(DemoWorld world, CancellationToken ct);
}
