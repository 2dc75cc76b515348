using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using LearningLoop.Analytics.Census;

namespace LearningLoop.Core.Imports;

/// <summary>
/// Reads the census location map: a CSV with the header <c>location,unit</c> (any case, any order), one row per
/// location reference as written in the Encounters (<c>Location/w4</c>) with its unit's name. Several locations may
/// share a unit; one location mapped to two units, or a row with an empty field, is refused with its line number.
/// </summary>
public static class CensusLocationsCsv
{
    public static readonly string[] Columns = ["location", "unit"];

    /// <summary>The map, or null and every bad row (line 1 = the header).</summary>
    public static (LocationUnitMap? Map, IReadOnlyList<ImportError> Errors) Read(TextReader csv)
    {
        var errors = new List<ImportError>();
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            TrimOptions = TrimOptions.Trim,
            PrepareHeaderForMatch = a => a.Header.Trim().ToLowerInvariant(),
            MissingFieldFound = null,
            BadDataFound = null,
            DetectColumnCountChanges = false,
        };
        using var reader = new CsvReader(csv, config);
        if (!reader.Read() || !reader.ReadHeader())
            return (null, [new ImportError(1, "", "the file is empty; the first line must be the header location,unit")]);

        var header = reader.HeaderRecord!.Select(h => h.Trim().ToLowerInvariant()).ToList();
        foreach (var missing in Columns.Where(c => !header.Contains(c)))
            errors.Add(new ImportError(1, missing, "required column is missing from the header location,unit"));
        if (errors.Count > 0)
            return (null, errors);

        var location = header.IndexOf("location");
        var unit = header.IndexOf("unit");
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        var firstLine = new Dictionary<string, int>(StringComparer.Ordinal);
        while (reader.Read())
        {
            var line = reader.Parser.RawRow;
            var locationText = Field(reader, location);
            var unitText = Field(reader, unit);
            if (locationText.Length == 0 && unitText.Length == 0 && reader.Parser.Count <= 1)
                continue;
            if (locationText.Length == 0)
                errors.Add(new ImportError(line, "location", "the location reference is empty (e.g. Location/w4)"));
            if (unitText.Length == 0)
                errors.Add(new ImportError(line, "unit", "the unit name is empty"));
            if (locationText.Length == 0 || unitText.Length == 0)
                continue;
            if (map.TryGetValue(locationText, out var earlier) && earlier != unitText)
            {
                errors.Add(new ImportError(line, "location",
                    $"{locationText} is already mapped to unit {earlier} on line {firstLine[locationText]}; a location belongs to one unit"));
                continue;
            }

            map[locationText] = unitText;
            firstLine.TryAdd(locationText, line);
        }

        return errors.Count > 0 ? (null, errors) : (new LocationUnitMap(map), []);
    }

    private static string Field(CsvReader reader, int index) =>
        reader.TryGetField<string>(index, out var value) && value is not null ? value.Trim() : string.Empty;
}
