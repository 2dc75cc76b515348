using System.Globalization;
using System.Text.Json;
using LearningLoop.Analytics.Spc;

namespace LearningLoop.Analytics.Tests.Spc;

/// <summary>The qicharts2 0.8.1 reference cases copied into Reference/spc: inputs, options and expected output.</summary>
public static class ReferenceCases
{
    public static string Directory => Path.Combine(AppContext.BaseDirectory, "Reference", "spc");

    /// <summary>Every case name (a json file with a csv beside it), for xUnit theories.</summary>
    public static TheoryData<string> Names() => new(All());

    public static IEnumerable<string> All() =>
        System.IO.Directory.GetFiles(Directory, "*.json").Order(StringComparer.Ordinal).Select(f => Path.GetFileNameWithoutExtension(f));

    public static string CsvPath(string name) => Path.Combine(Directory, name + ".csv");

    public static JsonElement Expected(string name) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(Directory, name + ".json"))).RootElement.Clone();

    /// <summary>The case's options as qicharts2 got them (each is a one-or-more element array in the json).</summary>
    public static SpcOptions Options(JsonElement expected)
    {
        var o = expected.GetProperty("options");
        if (!SpcChartTypes.TryParse(o.GetProperty("chart").GetString(), out var chart))
            throw new InvalidDataException("Unknown chart in reference case.");
        return new SpcOptions(
            chart,
            Multiply: o.TryGetProperty("multiply", out var m) ? First(m).GetDouble() : 1,
            Freeze: o.TryGetProperty("freeze", out var f) ? First(f).GetInt32() : null,
            Parts: o.TryGetProperty("part", out var p) ? Ints(p) : [],
            Exclude: o.TryGetProperty("exclude", out var e) ? Ints(e) : []);
    }

    /// <summary>The CLI arguments equivalent to the case's options.</summary>
    public static string[] CliArguments(string name, JsonElement expected)
    {
        var options = Options(expected);
        var args = new List<string> { "spc", "--input", CsvPath(name), "--chart", options.Chart.Name() };
        if (options.Multiply != 1)
            args.AddRange(["--multiply", options.Multiply.ToString("R", CultureInfo.InvariantCulture)]);
        if (options.Freeze is { } freeze)
            args.AddRange(["--freeze", freeze.ToString(CultureInfo.InvariantCulture)]);
        if (options.Parts.Count > 0)
            args.AddRange(["--part", string.Join(',', options.Parts)]);
        if (options.Exclude.Count > 0)
            args.AddRange(["--exclude", string.Join(',', options.Exclude)]);
        return [.. args];
    }

    /// <summary>Reads a reference csv (plain: header x,y[,n], no quoting) into observations.</summary>
    public static List<SpcObservation> Observations(string name)
    {
        var lines = File.ReadAllLines(CsvPath(name));
        var header = lines[0].Split(',');
        var hasN = header.Length > 2;
        var rows = new List<SpcObservation>();
        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].Length == 0)
                continue;
            var f = lines[i].Split(',');
            rows.Add(SpcObservationParser.Parse(f[0], f[1], hasN ? f[2] : null, i + 1));
        }

        return rows;
    }

    private static JsonElement First(JsonElement e) => e.ValueKind == JsonValueKind.Array ? e[0] : e;

    private static int[] Ints(JsonElement e) =>
        e.ValueKind == JsonValueKind.Array ? [.. e.EnumerateArray().Select(x => x.GetInt32())] : [e.GetInt32()];
}
