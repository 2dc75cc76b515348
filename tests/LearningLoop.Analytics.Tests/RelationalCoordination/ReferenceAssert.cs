using System.Globalization;
using System.Text.Json;
using LearningLoop.Analytics.RelationalCoordination;

namespace LearningLoop.Analytics.Tests.RelationalCoordination;

/// <summary>
/// Compares results with R's JSON: numbers to 1e-9 relative, nulls, flags, labels and counts exactly.
/// Collects every difference so a failure shows all of them at once.
/// </summary>
public static class ReferenceAssert
{
    public const double RelativeTolerance = 1e-9;

    public static void Matches(JsonElement expected, RelationalCoordinationAnalysis actual)
    {
        var problems = new List<string>();
        var waves = expected.GetProperty("waves");
        Check(problems, "waves.length", waves.GetArrayLength() == actual.Waves.Count, waves.GetArrayLength(), actual.Waves.Count);
        for (int w = 0; w < Math.Min(waves.GetArrayLength(), actual.Waves.Count); w++)
        {
            CompareWave(problems, $"waves[{w}]", waves[w], actual.Waves[w]);
        }

        var changes = expected.GetProperty("changes");
        Check(problems, "changes.length", changes.GetArrayLength() == actual.Changes.Count, changes.GetArrayLength(), actual.Changes.Count);
        for (int c = 0; c < Math.Min(changes.GetArrayLength(), actual.Changes.Count); c++)
        {
            var e = changes[c];
            var a = actual.Changes[c];
            var path = $"changes[{c}]";
            Label(problems, path + ".from", e.GetProperty("from"), a.From);
            Label(problems, path + ".to", e.GetProperty("to"), a.To);
            Number(problems, path + ".difference", e.GetProperty("difference"), a.Difference);
            Number(problems, path + ".ciLow", e.GetProperty("ciLow"), a.CiLow);
            Number(problems, path + ".ciHigh", e.GetProperty("ciHigh"), a.CiHigh);
            Number(problems, path + ".p", e.GetProperty("p"), a.P);
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems.Take(50)));
    }

    /// <summary>Same keys in the same order, same value kinds, numbers within tolerance.</summary>
    public static void JsonMatches(JsonElement expected, JsonElement actual)
    {
        var problems = new List<string>();
        CompareJson(problems, "$", expected, actual);
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems.Take(50)));
    }

    private static void CompareWave(List<string> problems, string path, JsonElement e, RelationalCoordinationWave a)
    {
        Label(problems, path + ".wave", e.GetProperty("wave"), a.Wave);
        Integer(problems, path + ".respondents", e.GetProperty("respondents"), a.Respondents);
        Integer(problems, path + ".ties", e.GetProperty("ties"), a.Ties);
        Number(problems, path + ".overall", e.GetProperty("overall"), a.Overall);
        Number(problems, path + ".alpha", e.GetProperty("alpha"), a.Alpha);
        Number(problems, path + ".icc1", e.GetProperty("icc1"), a.Icc1);
        Number(problems, path + ".icc2", e.GetProperty("icc2"), a.Icc2);
        var dimensions = e.GetProperty("dimensions").EnumerateObject().ToList();
        Check(problems, path + ".dimensions.keys", dimensions.Select(d => d.Name).SequenceEqual(a.Dimensions.Select(d => d.Dimension)),
            string.Join(",", dimensions.Select(d => d.Name)), string.Join(",", a.Dimensions.Select(d => d.Dimension)));
        for (int i = 0; i < Math.Min(dimensions.Count, a.Dimensions.Count); i++)
        {
            Number(problems, $"{path}.dimensions.{dimensions[i].Name}", dimensions[i].Value, a.Dimensions[i].Mean);
        }

        var cells = e.GetProperty("cells");
        Check(problems, path + ".cells.length", cells.GetArrayLength() == a.Cells.Count, cells.GetArrayLength(), a.Cells.Count);
        for (int i = 0; i < Math.Min(cells.GetArrayLength(), a.Cells.Count); i++)
        {
            var ec = cells[i];
            var ac = a.Cells[i];
            var p = $"{path}.cells[{i}]";
            Label(problems, p + ".from", ec.GetProperty("from"), ac.From);
            Label(problems, p + ".to", ec.GetProperty("to"), ac.To);
            Integer(problems, p + ".n", ec.GetProperty("n"), ac.N);
            Check(problems, p + ".suppressed", ec.GetProperty("suppressed").GetBoolean() == ac.Suppressed, ec.GetProperty("suppressed"), ac.Suppressed);
            Number(problems, p + ".score", ec.GetProperty("score"), ac.Score);
            Number(problems, p + ".rwg", ec.GetProperty("rwg"), ac.Rwg);
        }

        var profiles = e.GetProperty("workgroups");
        Check(problems, path + ".workgroups.length", profiles.GetArrayLength() == a.Workgroups.Count, profiles.GetArrayLength(), a.Workgroups.Count);
        for (int i = 0; i < Math.Min(profiles.GetArrayLength(), a.Workgroups.Count); i++)
        {
            var ep = profiles[i];
            var ap = a.Workgroups[i];
            var p = $"{path}.workgroups[{i}]";
            Label(problems, p + ".workgroup", ep.GetProperty("workgroup"), ap.Workgroup);
            Integer(problems, p + ".n", ep.GetProperty("n"), ap.N);
            Check(problems, p + ".suppressed", ep.GetProperty("suppressed").GetBoolean() == ap.Suppressed, ep.GetProperty("suppressed"), ap.Suppressed);
            Number(problems, p + ".within", ep.GetProperty("within"), ap.Within);
            Number(problems, p + ".between", ep.GetProperty("between"), ap.Between);
        }
    }

    private static void CompareJson(List<string> problems, string path, JsonElement e, JsonElement a)
    {
        if (e.ValueKind != a.ValueKind && !(IsBool(e) && IsBool(a)))
        {
            problems.Add($"{path}: expected {e.ValueKind} {e}, got {a.ValueKind} {a}");
            return;
        }

        switch (e.ValueKind)
        {
            case JsonValueKind.Object:
                var en = e.EnumerateObject().Select(p => p.Name).ToList();
                var an = a.EnumerateObject().Select(p => p.Name).ToList();
                if (!en.SequenceEqual(an))
                {
                    problems.Add($"{path}: expected keys {string.Join(",", en)}, got {string.Join(",", an)}");
                    return;
                }

                foreach (var name in en)
                {
                    CompareJson(problems, $"{path}.{name}", e.GetProperty(name), a.GetProperty(name));
                }

                break;
            case JsonValueKind.Array:
                if (e.GetArrayLength() != a.GetArrayLength())
                {
                    problems.Add($"{path}: expected {e.GetArrayLength()} elements, got {a.GetArrayLength()}");
                    return;
                }

                for (int i = 0; i < e.GetArrayLength(); i++)
                {
                    CompareJson(problems, $"{path}[{i}]", e[i], a[i]);
                }

                break;
            case JsonValueKind.Number:
                Number(problems, path, e, a.GetDouble());
                break;
            default:
                if (e.ToString() != a.ToString())
                {
                    problems.Add($"{path}: expected {e}, got {a}");
                }

                break;
        }
    }

    private static bool IsBool(JsonElement e) => e.ValueKind is JsonValueKind.True or JsonValueKind.False;

    private static void Number(List<string> problems, string path, JsonElement expected, double? actual)
    {
        if (expected.ValueKind == JsonValueKind.Null)
        {
            Check(problems, path, actual is null, "null", actual);
            return;
        }

        var e = expected.GetDouble();
        if (actual is not double a)
        {
            problems.Add($"{path}: expected {e.ToString("R", CultureInfo.InvariantCulture)}, got null");
            return;
        }

        var scale = Math.Max(Math.Abs(e), double.Epsilon);
        Check(problems, path, Math.Abs(a - e) <= RelativeTolerance * scale, e, a);
    }

    private static void Integer(List<string> problems, string path, JsonElement expected, int actual) =>
        Check(problems, path, expected.GetInt32() == actual, expected.GetInt32(), actual);

    // R reads a column of numbers as numbers, so its JSON may hold a label as a number.
    private static void Label(List<string> problems, string path, JsonElement expected, string actual)
    {
        bool same = expected.ValueKind == JsonValueKind.Number
            ? double.TryParse(actual, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && n == expected.GetDouble()
            : expected.GetString() == actual;
        Check(problems, path, same, expected, actual);
    }

    private static void Check(List<string> problems, string path, bool ok, object? expected, object? actual)
    {
        if (!ok)
        {
            problems.Add($"{path}: expected {expected}, got {actual}");
        }
    }
}
