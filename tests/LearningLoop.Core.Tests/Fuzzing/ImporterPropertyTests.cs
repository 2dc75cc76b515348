using System.Globalization;
using CsvHelper;
using FsCheck;
using FsCheck.Xunit;
using LearningLoop.Analytics.Spc;
using LearningLoop.Core.Measures;
using LearningLoop.Core.Safety;

namespace LearningLoop.Core.Tests.Fuzzing;

/// <summary>
/// Properties of the importers on generated files (issue 13, item 11): what is exported imports back unchanged, and a
/// well-formed file with any cell text is either taken or refused with errors that name a real line and column.
/// </summary>
public sealed class ImporterPropertyTests
{
    private static readonly Measure Falls = new() { Name = "Falls", Frequency = MeasureFrequency.Month, Chart = SpcChartType.U, Multiplier = 1000 };

    private static List<MeasureValue> Values(IEnumerable<(NonNegativeInt Numerator, PositiveInt Denominator)> generated) =>
        generated.Take(60).Select((v, i) => new MeasureValue
        {
            Period = new DateOnly(2020, 1, 1).AddMonths(i), Numerator = v.Numerator.Get % 10_000 / 4.0, Denominator = v.Denominator.Get,
        }).ToList();

    private static bool SameValues(IReadOnlyList<MeasureValue> sent, IReadOnlyList<MeasureValueRow> read) =>
        sent.Count == read.Count && sent.Zip(read).All(p => p.First.Period == p.Second.Period
            && p.First.Numerator == p.Second.Numerator && p.First.Denominator == p.Second.Denominator);

    [Property(MaxTest = 100)]
    public bool Measure_data_exported_as_csv_imports_back_unchanged((NonNegativeInt, PositiveInt)[] generated)
    {
        var values = Values(generated);
        using var csv = new StringWriter(CultureInfo.InvariantCulture);
        MeasureValuesCsv.Write(Falls, values, csv);

        var (inputs, readErrors) = MeasureValuesCsv.Read(new StringReader(csv.ToString()));
        var (rows, errors) = MeasureValueRules.Check(inputs, Falls.Frequency, Falls.Chart);
        return readErrors.Count == 0 && (values.Count == 0 ? rows.Count == 0 : errors.Count == 0 && SameValues(values, rows));
    }

    [Property(MaxTest = 60)]
    public bool Measure_data_exported_as_xlsx_imports_back_unchanged((NonNegativeInt, PositiveInt)[] generated)
    {
        var values = Values(generated);
        var (inputs, readErrors) = MeasureValuesXlsx.Read(new MemoryStream(MeasureValuesXlsx.Write(Falls, values)));
        var (rows, errors) = MeasureValueRules.Check(inputs, Falls.Frequency, Falls.Chart);
        return readErrors.Count == 0 && errors.Count == 0 && SameValues(values, rows);
    }

    [Property(MaxTest = 300)]
    public void Measure_data_with_any_cell_text_is_taken_or_refused_naming_a_real_line_and_column(string?[][] cells)
    {
        var file = Csv(["period", "numerator", "denominator"], cells);
        var (inputs, readErrors) = MeasureValuesCsv.Read(new StringReader(file.Text));
        var (rows, errors) = MeasureValueRules.Check(inputs, MeasureFrequency.Month, SpcChartType.P);
        foreach (var error in readErrors.Concat(errors))
        {
            Assert.True(error.Line >= 2 && error.Line <= file.LastLine && error.Column is "period" or "numerator" or "denominator", $"{error}");
            Assert.False(string.IsNullOrWhiteSpace(error.Reason));
        }
        Assert.True(errors.Count > 0 || rows.All(r => r.Numerator is not { } n || double.IsFinite(n)));
    }

    [Property(MaxTest = 300)]
    public void Patient_days_with_any_cell_text_are_taken_or_refused_naming_a_real_line_and_column(string?[][] cells)
    {
        var file = Csv(["unit", "date", "patientDays"], cells);
        var (rows, errors) = PatientDaysCsv.Read(new StringReader(file.Text), new HashSet<string>(["4 West"]));
        foreach (var error in errors)
        {
            Assert.True(error.Line >= 2 && error.Line <= file.LastLine && error.Column is "unit" or "date" or "patientDays", $"{error}");
        }
        Assert.True(errors.Count > 0 || rows.All(r => r.Unit == "4 West" && r.Days >= 0));
    }

    /// <summary>A well-formed CSV (quoted by CsvHelper) of three columns; the last line a row can start on.</summary>
    private static (string Text, int LastLine) Csv(string[] header, string?[][] cells)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = new CsvWriter(text, CultureInfo.InvariantCulture, leaveOpen: true))
        {
            foreach (var column in header) csv.WriteField(column);
            csv.NextRecord();
            foreach (var row in (cells ?? []).Take(40))
            {
                for (var c = 0; c < 3; c++) csv.WriteField(row is not null && c < row.Length ? row[c] ?? "" : "");
                csv.NextRecord();
            }
        }
        // A quoted cell may hold line breaks (CR, LF or CRLF), so a row can start on any physical line of the file.
        var written = text.ToString();
        return (written, written.Replace("\r\n", "\n", StringComparison.Ordinal).Count(c => c is '\n' or '\r') + 1);
    }
}
