using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using LearningLoop.Analytics.Census;

namespace LearningLoop.Analytics.Tests.Census;

/// <summary>Writes FHIR R4 Encounter lines for hand-computed cases, and runs the census over them.</summary>
public static class EncounterJson
{
    public static readonly LocationUnitMap Map = new(new Dictionary<string, string>
    {
        ["Location/a"] = "A",
        ["Location/b"] = "B",
        ["Location/b2"] = "B",
    });

    /// <summary>A location entry: reference, optional start and end.</summary>
    public static JsonObject At(string reference, string? start = null, string? end = null)
    {
        var entry = new JsonObject { ["location"] = new JsonObject { ["reference"] = reference } };
        if (start is not null || end is not null)
        {
            var period = new JsonObject();
            if (start is not null)
                period["start"] = start;
            if (end is not null)
                period["end"] = end;
            entry["period"] = period;
        }

        return entry;
    }

    public static string Encounter(string? start, string? end, params JsonObject[] locations) =>
        Encounter("IMP", "finished", start, end, locations);

    public static string Encounter(string classCode, string status, string? start, string? end, params JsonObject[] locations)
    {
        var period = new JsonObject();
        if (start is not null)
            period["start"] = start;
        if (end is not null)
            period["end"] = end;
        var encounter = new JsonObject
        {
            ["resourceType"] = "Encounter",
            ["id"] = Guid.NewGuid().ToString("N"),
            ["status"] = status,
            ["class"] = new JsonObject { ["system"] = "http://terminology.hl7.org/CodeSystem/v3-ActCode", ["code"] = classCode },
            ["period"] = period,
            ["location"] = new JsonArray([.. locations]),
        };
        return encounter.ToJsonString(new JsonSerializerOptions { WriteIndented = false });
    }

    public static CensusResult Run(IEnumerable<string> lines, string zone = "UTC", DateOnly? until = null)
    {
        var bytes = Encoding.UTF8.GetBytes(string.Join('\n', lines) + "\n");
        using var stream = new MemoryStream(bytes);
        return MidnightCensus.Compute(stream, Map, new CensusOptions(TimeZoneInfo.FindSystemTimeZoneById(zone), until));
    }

    /// <summary>The days as "unit date patientDays" strings, in the result's order.</summary>
    public static string[] Days(CensusResult result) =>
        [.. result.Days.Select(d => $"{d.Unit} {d.Date:yyyy-MM-dd} {d.PatientDays}")];
}
