using System.Globalization;
using System.Text;

namespace LearningLoop.Benchmarks;

/// <summary>
/// Synthetic FHIR R4 Encounters for the census benchmark, shaped like the reference file (about 500 bytes a line):
/// three years of admissions over five units and one unmapped ward, stays of hours to three weeks, one to three
/// location entries (transfers), several UTC offsets, 10% other classes, 2% cancelled, 1% still open. Written as a
/// stream, one line at a time, so 10 million lines (about 5 GB) never sit in memory. Deterministic for a seed.
/// </summary>
public sealed record CensusSyntheticEncounters(int Count, int Seed = 20250101)
{
    public static readonly string[] Locations = ["Location/w4", "Location/w5", "Location/e3", "Location/icu", "Location/mat", "Location/ward-9"];
    public static readonly string[] Units = ["4 West", "5 West", "3 East", "ICU", "Maternity"];
    private static readonly string[] Offsets = ["Z", "+00:00", "-05:00", "-04:00", "+01:00"];
    private static readonly DateTime Origin = new(2023, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>The location map (the sixth location is deliberately unmapped).</summary>
    public static IEnumerable<KeyValuePair<string, string>> Map() =>
        Units.Select((unit, i) => KeyValuePair.Create(Locations[i], unit));

    public void WriteNdjson(Stream output)
    {
        var random = new Random(Seed);
        using var writer = new StreamWriter(output, new UTF8Encoding(false), 1 << 20, leaveOpen: true);
        var line = new StringBuilder(1024);
        for (var i = 0; i < Count; i++)
        {
            line.Clear();
            Append(line, i, random);
            writer.Write(line);
            writer.Write('\n');
        }
    }

    private static void Append(StringBuilder line, int id, Random random)
    {
        var start = Origin.AddMinutes(random.Next(0, 3 * 365 * 24 * 60));
        var end = start.AddMinutes(random.Next(30, 21 * 24 * 60));
        var classCode = random.NextDouble() switch { < 0.80 => "IMP", < 0.85 => "ACUTE", < 0.90 => "NONAC", < 0.95 => "AMB", _ => "EMER" };
        var open = random.NextDouble() < 0.01;
        var status = random.NextDouble() < 0.02 ? "cancelled" : open ? "in-progress" : "finished";
        var inv = CultureInfo.InvariantCulture;
        line.Append(inv, $"{{\"resourceType\":\"Encounter\",\"id\":\"enc{id}\",\"status\":\"{status}\",");
        line.Append(inv, $"\"class\":{{\"system\":\"http://terminology.hl7.org/CodeSystem/v3-ActCode\",\"code\":\"{classCode}\"}},");
        line.Append(inv, $"\"subject\":{{\"reference\":\"Patient/p{random.Next(100_000)}\"}},");
        line.Append(inv, $"\"period\":{{\"start\":\"{Time(start, random)}\"");
        if (!open)
            line.Append(inv, $",\"end\":\"{Time(end, random)}\"");
        line.Append("},\"location\":[");
        var entries = random.Next(1, 4);
        var from = start;
        for (var e = 0; e < entries; e++)
        {
            var to = e == entries - 1 ? end : from.AddTicks((end - from).Ticks / (entries - e));
            if (e > 0)
                line.Append(',');
            line.Append(inv, $"{{\"location\":{{\"reference\":\"{Locations[random.Next(Locations.Length)]}\"}},");
            line.Append(inv, $"\"period\":{{\"start\":\"{Time(from, random)}\"");
            if (!(open && e == entries - 1))
                line.Append(inv, $",\"end\":\"{Time(to, random)}\"");
            line.Append("}}");
            from = to;
        }

        line.Append("]}");
    }

    private static string Time(DateTime utc, Random random)
    {
        var offset = Offsets[random.Next(Offsets.Length)];
        var hours = offset == "Z" ? 0 : int.Parse(offset[..3], CultureInfo.InvariantCulture);
        return utc.AddHours(hours).ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture) + offset;
    }
}
