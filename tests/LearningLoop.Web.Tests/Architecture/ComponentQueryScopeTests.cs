using System.Reflection;
using LearningLoop.Core.Persistence;
using LearningLoop.Web.Components;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using LearningLoop.Web.Infrastructure;

namespace LearningLoop.Web.Tests.Architecture;

/// <summary>A component placed inside a page that queries in its own lifecycle must not share the request's DbContext
/// with the page (see <see cref="OwnScopeComponent"/>): such sharing failed only now and then, on PostgreSQL under load,
/// so it is checked here by rule rather than left to a lucky test run.</summary>
public sealed class ComponentQueryScopeTests
{
    private static readonly Assembly Web = typeof(OwnScopeComponent).Assembly;

    [Fact]
    public void Components_that_query_in_their_lifecycle_take_their_own_scope()
    {
        var offenders = Web.GetTypes()
            .Where(t => typeof(ComponentBase).IsAssignableFrom(t) && !t.IsAbstract && !t.GetCustomAttributes<RouteAttribute>().Any())
            .Where(LoadsInLifecycle)
            .Where(t => InjectedTypes(t).Any(TouchesDatabase))
            .Select(t => t.FullName!).ToList();
        Assert.True(offenders.Count == 0, "These components query the request's DbContext while their page may be querying it too; " +
            "inherit OwnScopeComponent and take the services with Service<T>():\n" + string.Join('\n', offenders));
        Assert.Contains(Web.GetTypes(), t => typeof(OwnScopeComponent).IsAssignableFrom(t) && !t.IsAbstract && LoadsInLifecycle(t));
    }

    [Fact]
    public void Authorisation_handlers_that_read_the_database_take_their_own_scope()
    {
        // Handlers also run inside a page's render (every AuthorizeView, the menu's included), beside its queries.
        var handlers = Web.GetTypes().Where(t => typeof(IAuthorizationHandler).IsAssignableFrom(t) && !t.IsAbstract).ToList();
        var offenders = handlers.Where(t => TouchesDatabase(t)).Select(t => t.FullName!).ToList();
        Assert.True(offenders.Count == 0, "These authorisation handlers read the request's DbContext; derive them from " +
            "OwnScopeAuthorizationHandler:\n" + string.Join('\n', offenders));
        Assert.Contains(handlers, t => t.BaseType is { IsGenericType: true } b && b.GetGenericTypeDefinition() == typeof(OwnScopeAuthorizationHandler<>));
    }

    [Fact]
    public void The_rule_recognises_what_touches_the_database()
    {
        Assert.True(TouchesDatabase(typeof(LearningLoopDbContext)));
        Assert.True(TouchesDatabase(typeof(LearningLoop.Core.Safety.SafetyRates)));          // takes the context directly
        Assert.True(TouchesDatabase(typeof(LearningLoop.Web.Features.Safety.SafetyQueries)));
        Assert.True(TouchesDatabase(typeof(UserManager<LearningLoop.Core.Access.AppUser>)));
        Assert.False(TouchesDatabase(typeof(TimeProvider)));
        Assert.False(TouchesDatabase(typeof(NavigationManager)));
    }

    private static bool LoadsInLifecycle(Type t) =>
        t.GetMethod("OnInitializedAsync", BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.DeclaredOnly) is not null
        || t.GetMethod("OnParametersSetAsync", BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.DeclaredOnly) is not null;

    private static IEnumerable<Type> InjectedTypes(Type t) =>
        t.GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)
            .Where(p => p.GetCustomAttribute<InjectAttribute>() is not null && p.DeclaringType == t).Select(p => p.PropertyType);

    private static bool TouchesDatabase(Type type) => TouchesDatabase(type, 0);

    private static bool TouchesDatabase(Type type, int depth)
    {
        if (typeof(LearningLoopDbContext).IsAssignableFrom(type)) return true;
        if (type.IsGenericType && type.GetGenericTypeDefinition() is var g && (g == typeof(UserManager<>) || g == typeof(SignInManager<>) || g == typeof(RoleManager<>))) return true;
        if (depth > 4 || type.IsInterface || type.IsAbstract || type.Assembly.GetName().Name?.StartsWith("LearningLoop", StringComparison.Ordinal) != true) return false;
        return type.GetConstructors().SelectMany(c => c.GetParameters()).Any(p => TouchesDatabase(p.ParameterType, depth + 1));
    }
}
