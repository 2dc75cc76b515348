using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using LearningLoop.Analytics.RelationalCoordination;

namespace LearningLoop.Cli.Commands;

/// <summary>
/// Writes an analysis in exactly the shape of the R reference (jsonlite::toJSON(auto_unbox = TRUE, na = "null")):
/// the same keys in the same order, null for NA, numbers in shortest round-trip invariant form.
/// </summary>
internal static class RcJsonWriter
{
    public static void Write(RelationalCoordinationAnalysis analysis, TextWriter output)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions
        {
            Indented = true,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        }))
        {
            json.WriteStartObject();
            json.WriteStartArray("waves");
            foreach (var wave in analysis.Waves)
            {
                WriteWave(json, wave, analysis);
            }

            json.WriteEndArray();
            json.WriteStartArray("changes");
            foreach (var change in analysis.Changes)
            {
                json.WriteStartObject();
                Label(json, "from", change.From, analysis.NumericWaveLabels);
                Label(json, "to", change.To, analysis.NumericWaveLabels);
                Number(json, "difference", change.Difference);
                Number(json, "ciLow", change.CiLow);
                Number(json, "ciHigh", change.CiHigh);
                Number(json, "p", change.P);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.WriteLine(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
    }

    private static void WriteWave(Utf8JsonWriter json, RelationalCoordinationWave wave, RelationalCoordinationAnalysis analysis)
    {
        bool numericGroups = analysis.NumericWorkgroupLabels;
        json.WriteStartObject();
        Label(json, "wave", wave.Wave, analysis.NumericWaveLabels);
        json.WriteNumber("respondents", wave.Respondents);
        json.WriteNumber("ties", wave.Ties);
        Number(json, "overall", wave.Overall);
        Number(json, "alpha", wave.Alpha);
        Number(json, "icc1", wave.Icc1);
        Number(json, "icc2", wave.Icc2);
        json.WriteStartObject("dimensions");
        foreach (var dimension in wave.Dimensions)
        {
            Number(json, dimension.Dimension, dimension.Mean);
        }

        json.WriteEndObject();
        json.WriteStartArray("cells");
        foreach (var cell in wave.Cells)
        {
            json.WriteStartObject();
            Label(json, "from", cell.From, numericGroups);
            Label(json, "to", cell.To, numericGroups);
            json.WriteNumber("n", cell.N);
            json.WriteBoolean("suppressed", cell.Suppressed);
            Number(json, "score", cell.Score);
            Number(json, "rwg", cell.Rwg);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("workgroups");
        foreach (var profile in wave.Workgroups)
        {
            json.WriteStartObject();
            Label(json, "workgroup", profile.Workgroup, numericGroups);
            json.WriteNumber("n", profile.N);
            json.WriteBoolean("suppressed", profile.Suppressed);
            Number(json, "within", profile.Within);
            Number(json, "between", profile.Between);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Number(Utf8JsonWriter json, string name, double? value)
    {
        json.WritePropertyName(name);
        if (value is double v && double.IsFinite(v))
        {
            // "R" is the shortest text that parses back to the same double.
            json.WriteRawValue(v.ToString("R", CultureInfo.InvariantCulture), skipInputValidation: true);
        }
        else
        {
            json.WriteNullValue();
        }
    }

    // R's read.csv reads a column of numbers as numbers, so the reference writes such labels without quotes.
    private static void Label(Utf8JsonWriter json, string name, string label, bool numeric)
    {
        if (numeric && double.TryParse(label, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            json.WritePropertyName(name);
            json.WriteRawValue(number.ToString("R", CultureInfo.InvariantCulture), skipInputValidation: true);
        }
        else
        {
            json.WriteString(name, label);
        }
    }
}
