using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using LearningLoop.Core.Imports;

namespace LearningLoop.Core.Safety;

/// <summary>Patient days as CSV: <c>unit,date,patientDays</c> (the unit's name as the organisation spells it, an ISO
/// date, a whole number of zero or more). Read whole and checked whole: one bad row refuses the file, and every bad row
/// is named by its line.</summary>
public static class PatientDaysCsv
{
    public const string Header = "unit,date,patientDays";

    public sealed record Row(int Line, string Unit, DateOnly Date, int Days);

    public static (List<Row> Rows, List<ImportError> Errors) Read(TextReader csv, IReadOnlySet<string> units)
    {
        ArgumentNullException.ThrowIfNull(units);
        var rows = new List<Row>();
        var errors = new List<ImportError>();
        var config = new CsvConfiguration(CultureInfo.InvariantCulture) { TrimOptions = TrimOptions.Trim, MissingFieldFound = null, BadDataFound = null };
        using var reader = new CsvReader(csv, config);
        if (!reader.Read() || !reader.ReadHeader() || reader.HeaderRecord is not { } header
            || !header.Select(h => h.ToUpperInvariant()).SequenceEqual(["UNIT", "DATE", "PATIENTDAYS"]))
        {
            return (rows, [new ImportError(1, "", $"the first line must be the header {Header}")]);
        }
        var seen = new Dictionary<(string, DateOnly), int>();
        while (reader.Read())
        {
            var line = reader.Parser.RawRow;
            var unit = reader.GetField(0) ?? "";
            var dateText = reader.GetField(1) ?? "";
            var daysText = reader.GetField(2) ?? "";
            if (!units.Contains(unit))
            {
                errors.Add(new ImportError(line, "unit", $"there is no unit '{unit}' in this organisation"));
            }
            if (!DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                errors.Add(new ImportError(line, "date", $"'{dateText}' is not a date written as YYYY-MM-DD"));
            }
            if (!int.TryParse(daysText, NumberStyles.None, CultureInfo.InvariantCulture, out var days))
            {
                errors.Add(new ImportError(line, "patientDays", $"'{daysText}' is not a whole number of zero or more"));
            }
            else if (seen.TryGetValue((unit, date), out var first) && date != default)
            {
                errors.Add(new ImportError(line, "date", $"{unit} on {dateText} is already on line {first}"));
            }
            seen.TryAdd((unit, date), line);
            rows.Add(new Row(line, unit, date, days));
        }
        return (rows, errors);
    }
}
