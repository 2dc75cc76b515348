using System.Collections;
using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;

namespace LearningLoop.Web.Infrastructure;

/// <summary>What no field of any form, body or query may hold, whatever its feature: a floating-point number that is not
/// finite (NaN and the infinities, which JSON bodies and form posts both let through as text, and which break charts,
/// JSON writers and sums), and an enum number that names no member (<c>ownerLevel: 99</c>). Walks a bound object's
/// public properties (and the items of its lists) so that every form class is covered without a check per field.
/// The API applies it in <see cref="ApiInputFilter"/>, the editors in <see cref="FormValidation"/>.</summary>
public static class StorableValues
{
    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> Properties = new();

    /// <summary>Problems keyed by field path as validation errors name fields: <c>Target</c>, <c>Phases[0].Label</c>,
    /// <c>[2].Numerator</c> for a list body; <paramref name="path"/> prefixes them (a query parameter's name).</summary>
    public static Dictionary<string, string[]> Problems(object? value, string path = "")
    {
        var problems = new Dictionary<string, string[]>();
        Walk(value, path, problems, depth: 0);
        return problems;
    }

    /// <summary>Why one scalar cannot be stored, or null when it can (or is not a number or choice).</summary>
    public static string? Problem(object? value) => value switch
    {
        double d when !double.IsFinite(d) => $"'{d.ToString(CultureInfo.InvariantCulture)}' is not a number that can be stored; give a finite number.",
        float f when !float.IsFinite(f) => $"'{f.ToString(CultureInfo.InvariantCulture)}' is not a number that can be stored; give a finite number.",
        Enum e when !Names(e) => $"{Convert.ToInt64(e, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture)} is not one of: " +
            string.Join(", ", Enum.GetNames(e.GetType())) + ".",
        _ => null,
    };

    private static bool Names(Enum value)
    {
        var type = value.GetType();
        if (Enum.IsDefined(type, value)) return true;
        if (type.GetCustomAttribute<FlagsAttribute>() is null) return false;
        // A combination of flags is a choice too, as long as every bit belongs to a member.
        var all = Enum.GetValues(type).Cast<Enum>().Aggregate(0L, (bits, member) => bits | Convert.ToInt64(member, CultureInfo.InvariantCulture));
        return (Convert.ToInt64(value, CultureInfo.InvariantCulture) & ~all) == 0;
    }

    private static void Walk(object? value, string path, Dictionary<string, string[]> problems, int depth)
    {
        // Bound input is shallow (a form, its rows); the bound stops a cycle from running away.
        if (value is null || depth > 8) return;
        if (Problem(value) is { } problem)
        {
            problems[path] = problems.TryGetValue(path, out var existing) ? [.. existing, problem] : [problem];
            return;
        }
        var type = value.GetType();
        if (value is string || type.IsPrimitive || type.IsEnum || value is DateOnly or DateTime or DateTimeOffset or TimeOnly or decimal) return;
        if (value is IEnumerable items)
        {
            var index = 0;
            foreach (var item in items) Walk(item, $"{path}[{index++.ToString(CultureInfo.InvariantCulture)}]", problems, depth + 1);
            return;
        }
        if (!IsInput(type)) return;
        foreach (var property in Properties.GetOrAdd(type, t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                     .Where(p => p.CanRead && p.GetIndexParameters().Length == 0).ToArray()))
        {
            Walk(property.GetValue(value), path.Length == 0 ? property.Name : $"{path}.{property.Name}", problems, depth + 1);
        }
    }

    /// <summary>Only the app's own input shapes are walked, never a framework object that happens to be bound.</summary>
    private static bool IsInput(Type type) => type.Namespace?.StartsWith("LearningLoop.", StringComparison.Ordinal) == true && !type.IsAbstract;
}
