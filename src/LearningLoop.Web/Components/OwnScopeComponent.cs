using LearningLoop.Web.Infrastructure;
using Microsoft.AspNetCore.Components;

namespace LearningLoop.Web.Components;

/// <summary>
/// The base of a component that runs its own queries inside a page that runs others. Blazor renders a child as soon
/// as its parent first awaits, so the child's queries and the page's remaining ones would share the request's
/// DbContext at once, which EF refuses ("A second operation was started on this context instance"). On SQLite the
/// queries complete synchronously and it never shows; on PostgreSQL it fails now and then, under load. Such a
/// component takes its services from a scope of its own (<see cref="OwningComponentBase"/>: its own DbContext), bound
/// to the request's organisation and acting person exactly as the request's scope is. ComponentQueryScopeTests keeps every such
/// component on this base.
/// </summary>
public abstract class OwnScopeComponent : OwningComponentBase
{
    [Inject] private IServiceProvider RequestServices { get; set; } = null!;

    /// <summary>A service of the component's own scope, which sees the same organisation as the request.</summary>
    protected T Service<T>() where T : notnull
    {
        ScopedServices.Follow(RequestServices);
        return ScopedServices.GetRequiredService<T>();
    }
}
