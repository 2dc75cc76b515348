using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using LearningLoop.Analytics.Census;

namespace LearningLoop.Cli.Commands;

/// <summary>
/// The census as the JSON: <c>{"days":[{"unit","date","patientDays"}],"skipped":[{"line","reason"}],
/// "unmappedLocations":[{"location","encounters"}]}</c>, in the result's order.
/// </summary>
internal static class CensusJsonWriter
{
    public static void Write(CensusResult result, TextWriter output)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteStartArray("days");
            foreach (var day in result.Days)
            {
                json.WriteStartObject();
                json.WriteString("unit", day.Unit);
                json.WriteString("date", day.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                json.WriteNumber("patientDays", day.PatientDays);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("skipped");
            foreach (var skipped in result.Skipped)
            {
                json.WriteStartObject();
                json.WriteNumber("line", skipped.Line);
                json.WriteString("reason", skipped.Reason);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("unmappedLocations");
            foreach (var location in result.UnmappedLocations)
            {
                json.WriteStartObject();
                json.WriteString("location", location.Location);
                json.WriteNumber("encounters", location.Encounters);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.WriteLine(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
    }
}
