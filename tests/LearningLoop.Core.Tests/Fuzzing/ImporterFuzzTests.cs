using System.IO.Compression;
using Hl7.Fhir.Serialization;
using System.Text;
using LearningLoop.Analytics.Census;
using LearningLoop.Analytics.Input;
using LearningLoop.Analytics.RelationalCoordination;
using LearningLoop.Analytics.Spc;
using LearningLoop.Cli.Commands;
using LearningLoop.Core.Imports;
using LearningLoop.Core.Measures;
using LearningLoop.Core.Safety;
using LearningLoop.Core.Surveys;

namespace LearningLoop.Core.Tests.Fuzzing;

/// <summary>
/// Bounded fuzzing of every file the platform reads (issue 13, item 11): each importer and engine gets its seed files
/// and thousands of damaged copies; for each it must either accept the input or refuse it with clear errors, never
/// throw anything else and never hang. The seeds are valid files, so the damaged copies reach deep into the parsers.
/// </summary>
public sealed class ImporterFuzzTests
{
    private static readonly string SeedFolder = Path.Combine(AppContext.BaseDirectory, "Fuzzing", "Seeds");

    private static byte[] Seed(string name) => File.ReadAllBytes(Path.Combine(SeedFolder, name));

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static StreamReader Text(byte[] input) => new(new MemoryStream(input), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);

    private static void Ran(int tried, IReadOnlyCollection<byte[]> seeds) => Assert.Equal(seeds.Count + FuzzRun.Inputs, tried);

    [Fact]
    public void Measure_data_csv_is_accepted_or_refused_with_clear_errors()
    {
        byte[][] seeds =
        [
            Utf8("period,numerator,denominator\n2024-01,3,40\n2024-02,5,38\n2024-03,\"4\",41\n"),
            Utf8("Period;Numerator\r\n2024-01-01,12\r\n2024-02-01,9\r\n"),
            Utf8("period,value\n2024-01,3.5\n2024-02,-1\n"),
        ];
        Ran(FuzzRun.Run("measure CSV", seeds, input =>
        {
            using var reader = Text(input);
            var (rows, errors) = MeasureValuesCsv.Read(reader, new ImportLimits { MaxRows = 500 });
            ClearErrors.Check(errors, ClearErrors.Lines(input));
            foreach (var chart in new SpcChartType?[] { null, SpcChartType.P, SpcChartType.I, SpcChartType.Xbar })
            {
                var (checkedRows, ruleErrors) = MeasureValueRules.Check(rows, MeasureFrequency.Month, chart);
                ClearErrors.Check(ruleErrors, ClearErrors.Lines(input));
                ClearErrors.Require(checkedRows.All(r => Finite(r.Numerator) && Finite(r.Denominator)), "a non-finite number was accepted");
            }
        }), seeds);
    }

    [Fact]
    public void Measure_data_xlsx_is_accepted_or_refused_with_clear_errors_whether_the_zip_or_the_sheet_is_damaged()
    {
        var measure = new Measure { Name = "Falls", Frequency = MeasureFrequency.Month, Chart = SpcChartType.U, Multiplier = 1000 };
        var workbook = MeasureValuesXlsx.Write(measure, Enumerable.Range(1, 6).Select(m => new MeasureValue
        {
            Period = new DateOnly(2024, m, 1), Numerator = m, Denominator = 100 + m,
        }));
        var sheetPath = SheetPath(workbook);
        void Read(byte[] xlsx)
        {
            var (rows, errors) = MeasureValuesXlsx.Read(new MemoryStream(xlsx), new ImportLimits { MaxRows = 500 });
            ClearErrors.Check(errors, int.MaxValue - 1);
            var (_, ruleErrors) = MeasureValueRules.Check(rows, MeasureFrequency.Month, SpcChartType.U);
            ClearErrors.Check(ruleErrors, int.MaxValue - 1);
        }

        byte[][] packages = [workbook];
        Ran(FuzzRun.Run("measure XLSX (zip bytes)", packages, Read), packages);
        byte[][] sheets = [Entry(workbook, sheetPath)];
        Ran(FuzzRun.Run("measure XLSX (sheet XML)", sheets, sheet => Read(Replace(workbook, sheetPath, sheet))), sheets);
    }

    [Fact]
    public void Patient_days_csv_is_accepted_or_refused_with_clear_errors()
    {
        var units = new HashSet<string>(["4 West", "5 West"]);
        byte[][] seeds = [Utf8("unit,date,patientDays\n4 West,2025-01-01,20\n5 West,2025-01-02,18\n\"4 West\",2025-01-03,0\n")];
        Ran(FuzzRun.Run("patient days CSV", seeds, input =>
        {
            using var reader = Text(input);
            var (rows, errors) = PatientDaysCsv.Read(reader, units);
            ClearErrors.Check(errors, ClearErrors.Lines(input));
            ClearErrors.Require(errors.Count > 0 || rows.All(r => r.Days >= 0 && units.Contains(r.Unit)), "a bad row was accepted");
        }), seeds);
    }

    [Fact]
    public void Census_ndjson_and_its_location_map_are_counted_or_refused_with_clear_errors()
    {
        using var locations = Text(Seed("locations.csv"));
        var (map, mapErrors) = CensusLocationsCsv.Read(locations);
        Assert.Empty(mapErrors);

        byte[][] encounters = [Seed("encounters.ndjson")];
        Ran(FuzzRun.Run("census NDJSON", encounters, input =>
        {
            var result = MidnightCensus.Compute(new MemoryStream(input), map!);
            foreach (var skipped in result.Skipped)
            {
                ClearErrors.Require(skipped.Line >= 1 && skipped.Line <= result.Lines && skipped.Reason.Length is > 0 and <= 600,
                    $"skipped line {skipped.Line} of {result.Lines} without a clear reason: {InputEcho.Prefix(skipped.Reason, 200)} ({skipped.Reason.Length} characters)");
            }
            ClearErrors.Require(result.Days.All(d => d.PatientDays > 0), "a day with no patient days was listed");
        }), encounters);

        byte[][] maps = [Seed("locations.csv")];
        Ran(FuzzRun.Run("census locations CSV", maps, input =>
        {
            using var reader = Text(input);
            var (_, errors) = CensusLocationsCsv.Read(reader);
            ClearErrors.Check(errors, ClearErrors.Lines(input));
        }), maps);
    }

    [Fact]
    public void Relational_coordination_csv_is_analysed_or_refused_with_clear_errors()
    {
        byte[][] seeds = [Seed("rc.csv")];
        Ran(FuzzRun.Run("relational coordination CSV", seeds, input =>
        {
            var outcome = RelationalCoordinationAnalyser.AnalyseCsv(new MemoryStream(input));
            ClearErrors.Require(outcome.Succeeded != outcome.Errors.Count > 0 || outcome.UnlistedErrorCount > 0,
                "an outcome that neither analysed nor said why");
            ClearErrors.Check(outcome.Errors, ClearErrors.Lines(input));
        }), seeds);
    }

    [Fact]
    public void Spc_csv_is_charted_or_refused_with_an_spc_input_error_naming_the_row()
    {
        byte[][] seeds = [Seed("spc-rates.csv"), Seed("spc-individuals.csv")];
        SpcChartType[] charts = [SpcChartType.Run, SpcChartType.I, SpcChartType.P, SpcChartType.U, SpcChartType.C, SpcChartType.Xbar, SpcChartType.T];
        Ran(FuzzRun.Run("SPC CSV and engine", seeds, input =>
        {
            List<SpcObservation> rows;
            try
            {
                using var reader = Text(input);
                rows = SpcCsvReader.Read(reader);
            }
            catch (SpcInputException e)
            {
                ClearErrors.Require(e.Message.Length is > 0 and <= 600, $"an SPC input error without a short message: {e.Message.Length} characters");
                return;
            }
            foreach (var chart in charts)
            {
                try
                {
                    var result = SpcEngine.Analyse(rows, new SpcOptions(chart, Freeze: rows.Count > 4 ? 3 : null));
                    ClearErrors.Require(result.Points.All(p => p.Cl is not { } cl || !double.IsInfinity(cl)), $"{chart}: an infinite centre line");
                }
                catch (SpcInputException e)
                {
                    ClearErrors.Require(e.Message.Length is > 0 and <= 600, "an SPC input error without a short message");
                }
            }
        }), seeds);
    }

    [Fact]
    public void Fhir_questionnaires_are_imported_or_refused_with_clear_errors()
    {
        var now = new DateTime(2026, 12, 1, 0, 0, 0, DateTimeKind.Utc);
        var instrument = RelationalCoordinationInstrument.Create(1, now);
        byte[][] seeds = [Utf8(FhirQuestionnaires.Export(instrument, instrument.Versions[0]).ToJson())];
        Ran(FuzzRun.Run("FHIR Questionnaire JSON", seeds, input =>
        {
            var parsed = FhirQuestionnaireImport.Read(Encoding.UTF8.GetString(input), 1, now);
            ClearErrors.Require(parsed.Version is not null || parsed.Errors.Count > 0, "refused without saying why");
            ClearErrors.Check(parsed.Errors, int.MaxValue - 1);
        }), seeds);
    }

    private static bool Finite(double? value) => value is not { } v || double.IsFinite(v);

    private static string SheetPath(byte[] workbook)
    {
        using var zip = new ZipArchive(new MemoryStream(workbook), ZipArchiveMode.Read);
        return zip.Entries.Single(e => e.FullName.Contains("worksheets/", StringComparison.Ordinal)).FullName;
    }

    private static byte[] Entry(byte[] workbook, string path)
    {
        using var zip = new ZipArchive(new MemoryStream(workbook), ZipArchiveMode.Read);
        using var stream = zip.GetEntry(path)!.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static byte[] Replace(byte[] workbook, string path, byte[] content)
    {
        var copy = new MemoryStream();
        copy.Write(workbook);
        using (var zip = new ZipArchive(copy, ZipArchiveMode.Update, leaveOpen: true))
        {
            zip.GetEntry(path)!.Delete();
            using var entry = zip.CreateEntry(path).Open();
            entry.Write(content);
        }
        return copy.ToArray();
    }
}
