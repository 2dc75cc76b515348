using System.Globalization;
using System.Text.Json;
using LearningLoop.Analytics.Spc;

namespace LearningLoop.Analytics.Tests.Spc;

/// <summary>The NHSRplotthedots 0.2.2 reference cases copied into Reference/mdc: inputs, options and expected output.</summary>
public static class MdcReferenceCases
{
    public static string Directory => Path.Combine(AppContext.BaseDirectory, "Reference", "mdc");

    public static TheoryData<string> Names() => new(All());

    public static IEnumerable<string> All() =>
        System.IO.Directory.GetFiles(Directory, "*.json").Order(StringComparer.Ordinal).Select(f => Path.GetFileNameWithoutExtension(f));

    public static string CsvPath(string name) => Path.Combine(Directory, name + ".csv");

    public static JsonElement Expected(string name) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(Directory, name + ".json"))).RootElement.Clone();

    public static MdcOptions Options(JsonElement expected)
    {
        var o = expected.GetProperty("options");
        var direction = o.GetProperty("direction").GetString() switch
        {
            "increase" => ImprovementDirection.Up,
            "decrease" => ImprovementDirection.Down,
            _ => ImprovementDirection.Neither,
        };
        return new MdcOptions(
            direction,
            o.TryGetProperty("target", out var t) ? t.GetDouble() : null,
            o.TryGetProperty("rebase", out var r) ? [.. r.EnumerateArray().Select(d => DateOnly.Parse(d.GetString()!, CultureInfo.InvariantCulture))] : null,
            o.TryGetProperty("fixAfter", out var f) ? f.GetInt32() : null,
            !o.TryGetProperty("screenOutliers", out var s) || s.GetBoolean());
    }

    /// <summary>The CLI arguments equivalent to the case's options.</summary>
    public static string[] CliArguments(string name, JsonElement expected)
    {
        var o = expected.GetProperty("options");
        var args = new List<string> { "spc", "--input", CsvPath(name), "--rules", "mdc", "--direction", o.GetProperty("direction").GetString()!, "--format", "json" };
        if (o.TryGetProperty("target", out var t))
            args.AddRange(["--target", t.GetDouble().ToString("R", CultureInfo.InvariantCulture)]);
        if (o.TryGetProperty("rebase", out var r))
            args.AddRange(["--rebase", string.Join(',', r.EnumerateArray().Select(d => d.GetString()))]);
        if (o.TryGetProperty("fixAfter", out var f))
            args.AddRange(["--fix-after", f.GetInt32().ToString(CultureInfo.InvariantCulture)]);
        if (o.TryGetProperty("screenOutliers", out var s) && !s.GetBoolean())
            args.Add("--no-screen-outliers");
        return [.. args];
    }

    public static List<MdcObservation> Observations(string name)
    {
        var lines = File.ReadAllLines(CsvPath(name));
        var rows = new List<MdcObservation>();
        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].Length == 0)
                continue;
            var f = lines[i].Split(',');
            rows.Add(new MdcObservation(DateOnly.Parse(f[0], CultureInfo.InvariantCulture), double.Parse(f[1], CultureInfo.InvariantCulture), i + 1));
        }

        return rows;
    }

    /// <summary>Numbers to 1e-9 relative, strings and nulls exactly.</summary>
    public static void AssertEqual(JsonElement expected, JsonElement actual)
    {
        var ep = expected.GetProperty("points");
        var ap = actual.GetProperty("points");
        Assert.Equal(ep.GetArrayLength(), ap.GetArrayLength());
        for (var i = 0; i < ep.GetArrayLength(); i++)
        {
            var where = $"point {i + 1} ({ep[i].GetProperty("x")})";
            foreach (var field in new[] { "x", "specialCauseType", "pointType" })
                Assert.True(ep[i].GetProperty(field).GetString() == ap[i].GetProperty(field).GetString(),
                    $"{where} {field}: expected {ep[i].GetProperty(field)}, got {ap[i].GetProperty(field)}");
            foreach (var field in new[] { "y", "mean", "lpl", "upl" })
                ContractAssert.Number(ep[i].GetProperty(field), ap[i].GetProperty(field), $"{where} {field}");
        }

        var es = expected.GetProperty("summary");
        var @as = actual.GetProperty("summary");
        Assert.Equal(es.GetProperty("variation").GetString(), @as.GetProperty("variation").GetString());
        Assert.Equal(es.GetProperty("assurance").ValueKind, @as.GetProperty("assurance").ValueKind);
        Assert.Equal(es.GetProperty("assurance").ToString(), @as.GetProperty("assurance").ToString());
    }
}
