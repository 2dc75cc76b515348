using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using LearningLoop.Core.Exports;
using LearningLoop.Core.Imports;

namespace LearningLoop.Core.Measures;

/// <summary>Measure data as CSV, in the columns of <see cref="MeasureValueColumns"/>.</summary>
public static class MeasureValuesCsv
{
    public static (List<MeasureValueInput> Rows, List<ImportError> Errors) Read(TextReader csv, ImportLimits? limits = null)
    {
        var maxRows = (limits ?? ImportLimits.Default).MaxRows;
        var rows = new List<MeasureValueInput>();
        var config = new CsvConfiguration(CultureInfo.InvariantCulture) { TrimOptions = TrimOptions.Trim, MissingFieldFound = null, BadDataFound = null, DetectDelimiter = false };
        using var reader = new CsvReader(csv, config);
        if (!reader.Read() || !reader.ReadHeader() || reader.HeaderRecord is not { Length: > 0 } header)
        {
            return (rows, [new ImportError(1, "", "the file is empty; the first line must be the header " + MeasureValueColumns.Expected)]);
        }
        var (period, numerator, denominator, errors) = MeasureValueColumns.Locate(header);
        if (errors.Count > 0)
        {
            return (rows, errors);
        }
        while (reader.Read())
        {
            if (rows.Count == maxRows)
            {
                return ([], [ImportRows.TooMany(reader.Parser.RawRow, maxRows)]);
            }
            string? Field(int index) => index >= 0 && reader.TryGetField<string>(index, out var value) ? value : null;
            rows.Add(new MeasureValueInput(reader.Parser.RawRow, Field(period), Field(numerator), Field(denominator)));
        }
        return (rows, errors);
    }

    /// <summary>Writes the data with the charted value (numerator / denominator x multiplier), for spreadsheets and for
    /// importing again.</summary>
    public static void Write(Measure measure, IEnumerable<MeasureValue> values, TextWriter output)
    {
        using var csv = new CsvWriter(output, CultureInfo.InvariantCulture, leaveOpen: true);
        foreach (var column in new[] { "period", "numerator", "denominator", "value" })
        {
            csv.WriteField(column);
        }
        csv.NextRecord();
        foreach (var v in values.OrderBy(v => v.Period).ThenBy(v => v.Id))
        {
            csv.WriteField(SpreadsheetText.Neutralise(MeasurePeriods.Label(v.Period, measure.Frequency)));
            csv.WriteField(Number(v.Numerator));
            csv.WriteField(Number(v.Denominator));
            csv.WriteField(Number(MeasureValues.Charted(measure, v)));
            csv.NextRecord();
        }
    }

    internal static string Number(double? value) => value is { } v ? v.ToString("R", CultureInfo.InvariantCulture) : "";
}
