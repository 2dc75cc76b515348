using System.Text;
using System.Text.Json;

namespace LearningLoop.Analytics.Spc;

/// <summary>
/// Writes a chart in the contract's JSON shape (docs/spc.md): points with x, y, cl, lcl, ucl, sigmaSignal, part, include,
/// and parts with the runs analysis. Numbers use the shortest round-trip form, invariant culture; null for NA.
/// </summary>
public static class SpcContractJson
{
    public static string Write(SpcChart chart, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(chart);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = indented }))
        {
            json.WriteStartObject();
            json.WriteStartArray("points");
            foreach (var p in chart.Points)
            {
                json.WriteStartObject();
                json.WriteString("x", p.X);
                Number(json, "y", p.Y);
                Number(json, "cl", p.Cl);
                Number(json, "lcl", p.Lcl);
                Number(json, "ucl", p.Ucl);
                json.WriteBoolean("sigmaSignal", p.SigmaSignal);
                json.WriteNumber("part", p.Part);
                json.WriteBoolean("include", p.Include);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("parts");
            foreach (var part in chart.Parts)
            {
                json.WriteStartObject();
                json.WriteNumber("part", part.Part);
                json.WriteNumber("nObs", part.NObs);
                json.WriteNumber("nUseful", part.NUseful);
                Integer(json, "longestRun", part.LongestRun);
                Integer(json, "longestRunMax", part.LongestRunMax);
                Integer(json, "nCrossings", part.NCrossings);
                Integer(json, "nCrossingsMin", part.NCrossingsMin);
                json.WriteBoolean("runsSignal", part.RunsSignal);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>A finite number, or null for NA.</summary>
    internal static void Number(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } v && double.IsFinite(v))
            json.WriteNumber(name, v);
        else
            json.WriteNull(name);
    }

    private static void Integer(Utf8JsonWriter json, string name, int? value)
    {
        if (value is { } v)
            json.WriteNumber(name, v);
        else
            json.WriteNull(name);
    }
}
