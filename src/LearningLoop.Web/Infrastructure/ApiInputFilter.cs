using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Security.Claims;

namespace LearningLoop.Web.Infrastructure;

/// <summary>Checks every argument an API endpoint binds (route, query and body) before the handler runs: the
/// <see cref="StorableValues"/> rules (finite numbers, enum numbers that name a member) for every parameter and every
/// field of a body, and the validation attributes written on a parameter (<c>[Range(1, 520)] int? staleAfterWeeks</c>).
/// A failure answers 400 with a <c>ValidationProblem</c> naming the field, so nothing absurd reaches a query or the
/// database. Applied once to the whole <c>/api/v1</c> group.</summary>
public static class ApiInputFilter
{
    public static TBuilder RefuseUnstorableInput<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilterFactory((context, next) =>
        {
            var services = context.ApplicationServices.GetService<IServiceProviderIsService>();
            var checks = context.MethodInfo.GetParameters()
                .Select((p, i) => (Parameter: p, Index: i))
                .Where(x => IsInput(x.Parameter, services))
                .Select(x => (x.Index, Name: x.Parameter.Name ?? "", Attributes: x.Parameter.GetCustomAttributes<ValidationAttribute>().ToArray(),
                    IsBody: !IsScalar(x.Parameter.ParameterType)))
                .ToArray();
            if (checks.Length == 0) return next;
            return async invocation =>
            {
                var errors = new Dictionary<string, string[]>();
                foreach (var (index, name, attributes, isBody) in checks)
                {
                    var value = invocation.Arguments[index];
                    // A body's fields are named as the editors name them (Target, [0].Numerator); a query value by its parameter.
                    foreach (var (field, messages) in StorableValues.Problems(value, isBody ? "" : name)) errors[field] = messages;
                    var failed = attributes.Where(a => value is not null && !errors.ContainsKey(name) && !a.IsValid(value)).ToArray();
                    if (failed.Length > 0) errors[name] = failed.Select(a => a.FormatErrorMessage(name)).ToArray();
                }
                return errors.Count > 0 ? TypedResults.ValidationProblem(errors) : await next(invocation);
            };
        });

    private static bool IsScalar(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        return t.IsPrimitive || t.IsEnum || t == typeof(string) || t == typeof(decimal) || t == typeof(DateOnly) || t == typeof(DateTime);
    }

    /// <summary>What the request supplies, not what the container or the framework does.</summary>
    private static bool IsInput(ParameterInfo parameter, IServiceProviderIsService? services)
    {
        var type = parameter.ParameterType;
        if (type == typeof(CancellationToken) || type == typeof(HttpContext) || type == typeof(HttpRequest) || type == typeof(HttpResponse)
            || type == typeof(ClaimsPrincipal) || typeof(Stream).IsAssignableFrom(type))
        {
            return false;
        }
        return services?.IsService(type) != true;
    }
}
