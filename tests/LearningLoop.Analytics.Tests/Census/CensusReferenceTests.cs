using System.Text.Json;
using LearningLoop.Analytics.Census;
using LearningLoop.Core.Imports;

namespace LearningLoop.Analytics.Tests.Census;

/// <summary>
/// The reference case (Reference/census: 2,525 lines with transfers, same-day stays, open encounters, other classes,
/// bad lines, several offsets and a daylight-saving change), computed independently of LearningLoop.
/// </summary>
public sealed class CensusReferenceTests
{
    private static readonly JsonElement Expected =
        JsonDocument.Parse(File.ReadAllText(CensusCli.Reference("expected.json"))).RootElement;

    [Fact]
    public void The_library_gives_the_expected_days_skipped_lines_and_unmapped_locations()
    {
        LocationUnitMap map;
        using (var csv = new StreamReader(CensusCli.Reference("locations.csv")))
            map = CensusLocationsCsv.Read(csv).Map!;
        var options = new CensusOptions(
            TimeZoneInfo.FindSystemTimeZoneById(Expected.GetProperty("options").GetProperty("timeZone").GetString()!),
            DateOnly.Parse(Expected.GetProperty("options").GetProperty("until").GetString()!, System.Globalization.CultureInfo.InvariantCulture));

        using var stream = File.OpenRead(CensusCli.Reference("encounters.ndjson"));
        var result = MidnightCensus.Compute(stream, map, options);

        Assert.Equal(ExpectedDays(), result.Days.Select(d => $"{d.Unit} {d.Date:yyyy-MM-dd} {d.PatientDays}"));
        Assert.Equal(ExpectedSkippedLines(), result.Skipped.Select(s => s.Line));
        Assert.Equal(
            Expected.GetProperty("unmappedLocations").EnumerateArray()
                .Select(u => new UnmappedLocation(u.GetProperty("location").GetString()!, u.GetProperty("encounters").GetInt32())),
            result.UnmappedLocations);
    }

    [Fact]
    public void The_command_prints_exactly_the_expected_json()
    {
        var (exit, output, error) = CensusCli.Run("census", "--input", CensusCli.Reference("encounters.ndjson"),
            "--locations", CensusCli.Reference("locations.csv"), "--until", "2025-03-31", "--time-zone", "America/Toronto",
            "--format", "json");

        Assert.True(exit == 0, error);
        var root = JsonDocument.Parse(output).RootElement;
        Assert.Equal(["days", "skipped", "unmappedLocations"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["unit", "date", "patientDays"], root.GetProperty("days")[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal(["line", "reason"], root.GetProperty("skipped")[0].EnumerateObject().Select(p => p.Name));
        Assert.True(JsonElement.DeepEquals(Expected.GetProperty("days"), root.GetProperty("days")));
        Assert.True(JsonElement.DeepEquals(Expected.GetProperty("unmappedLocations"), root.GetProperty("unmappedLocations")));
        Assert.Equal(ExpectedSkippedLines(), root.GetProperty("skipped").EnumerateArray().Select(s => s.GetProperty("line").GetInt64()));
        Assert.All(root.GetProperty("skipped").EnumerateArray(), s => Assert.NotEmpty(s.GetProperty("reason").GetString()!));
    }

    [Fact]
    public void The_command_prints_the_days_as_csv()
    {
        var (exit, output, error) = CensusCli.Run("census", "--input", CensusCli.Reference("encounters.ndjson"),
            "--locations", CensusCli.Reference("locations.csv"), "--until", "2025-03-31", "--time-zone", "America/Toronto",
            "--format", "csv");

        Assert.Equal(0, exit);
        Assert.Contains("encounters.ndjson:291: skipped: not an Encounter", error, StringComparison.Ordinal);
        Assert.Contains("unmapped location Location/ward-9 (588 encounters)", error, StringComparison.Ordinal);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal("unit,date,patientDays", lines[0]);
        var expected = Expected.GetProperty("days").EnumerateArray().Select(d =>
            $"{d.GetProperty("unit").GetString()},{d.GetProperty("date").GetString()},{d.GetProperty("patientDays").GetInt32()}");
        Assert.Equal(expected, lines[1..]);
    }

    private static IEnumerable<string> ExpectedDays() =>
        Expected.GetProperty("days").EnumerateArray().Select(d =>
            $"{d.GetProperty("unit").GetString()} {d.GetProperty("date").GetString()} {d.GetProperty("patientDays").GetInt32()}");

    private static IEnumerable<long> ExpectedSkippedLines() =>
        Expected.GetProperty("skipped").EnumerateArray().Select(s => s.GetProperty("line").GetInt64());
}
