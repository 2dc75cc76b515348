using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using LearningLoop.Analytics.Spc;
using LearningLoop.Core.Measures;

namespace LearningLoop.Core.Tests.Measures;

public sealed class MeasureValuesXlsxTests
{
    [Fact]
    public void What_is_written_reads_back_the_same()
    {
        var measure = new Measure { Name = "Hand hygiene", Chart = SpcChartType.P, Multiplier = 100 };
        measure.Values.AddRange([
            new MeasureValue { Period = new(2024, 1, 1), Numerator = 71, Denominator = 80 },
            new MeasureValue { Period = new(2024, 2, 1), Numerator = 0.125, Denominator = 1e6 },
            new MeasureValue { Period = new(2024, 3, 1), Numerator = null, Denominator = 75 },
        ]);
        using var xlsx = new MemoryStream(MeasureValuesXlsx.Write(measure, measure.Values));

        var (inputs, readErrors) = MeasureValuesXlsx.Read(xlsx);
        Assert.Empty(readErrors);
        Assert.Equal([2, 3, 4], inputs.Select(i => i.Line));
        var (rows, errors) = MeasureValueRules.Check(inputs, MeasureFrequency.Month, SpcChartType.P);
        Assert.Empty(errors);
        Assert.Equal(measure.Values.Select(v => (v.Period, v.Numerator, v.Denominator)), rows.Select(r => (r.Period, r.Numerator, r.Denominator)));
    }

    [Fact]
    public void A_date_typed_into_excel_is_read_as_its_period_and_shared_strings_as_text()
    {
        using var xlsx = Workbook(sharedHeader: true, dateCells: [(new DateTime(2024, 3, 17), 5, 800)]);
        var (inputs, errors) = MeasureValuesXlsx.Read(xlsx);
        Assert.Empty(errors);
        var row = Assert.Single(inputs);
        Assert.Equal(("2024-03-17", "5", "800"), (row.Period, row.Numerator, row.Denominator));
        Assert.True(MeasurePeriods.TryParse(row.Period, MeasureFrequency.Month, out var period));
        Assert.Equal(new DateOnly(2024, 3, 1), period);
    }

    [Fact]
    public void A_file_that_is_not_a_workbook_is_refused_with_a_reason()
    {
        using var notXlsx = new MemoryStream("period,numerator\n2024-01,3\n"u8.ToArray());
        var error = Assert.Single(MeasureValuesXlsx.Read(notXlsx).Errors);
        Assert.Contains("not an Excel workbook", error.Reason, StringComparison.Ordinal);
    }

    /// <summary>A workbook as Excel writes it: shared strings for the header and a date style on the period.</summary>
    private static MemoryStream Workbook(bool sharedHeader, (DateTime Period, double Y, double N)[] dateCells)
    {
        var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var styles = workbook.AddNewPart<WorkbookStylesPart>();
            styles.Stylesheet = new Stylesheet(
                new Fonts(new Font()), new Fills(new Fill()), new Borders(new Border()),
                new CellFormats(new CellFormat(), new CellFormat { NumberFormatId = 14, ApplyNumberFormat = true }));
            var strings = workbook.AddNewPart<SharedStringTablePart>();
            strings.SharedStringTable = new SharedStringTable(new SharedStringItem(new Text("Period")), new SharedStringItem(new Text("Numerator")), new SharedStringItem(new Text("Denominator")));
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            sheetPart.Worksheet = new Worksheet(data);
            workbook.Workbook.AppendChild(new Sheets()).Append(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = "Data" });
            if (sharedHeader)
            {
                data.Append(new Row(
                    new Cell { CellReference = "A1", DataType = CellValues.SharedString, CellValue = new CellValue("0") },
                    new Cell { CellReference = "B1", DataType = CellValues.SharedString, CellValue = new CellValue("1") },
                    new Cell { CellReference = "C1", DataType = CellValues.SharedString, CellValue = new CellValue("2") }) { RowIndex = 1 });
            }
            uint line = 1;
            foreach (var (period, y, n) in dateCells)
            {
                line++;
                data.Append(new Row(
                    new Cell { CellReference = $"A{line}", StyleIndex = 1, CellValue = new CellValue(period.ToOADate().ToString(System.Globalization.CultureInfo.InvariantCulture)) },
                    new Cell { CellReference = $"B{line}", CellValue = new CellValue(y.ToString(System.Globalization.CultureInfo.InvariantCulture)) },
                    new Cell { CellReference = $"C{line}", CellValue = new CellValue(n.ToString(System.Globalization.CultureInfo.InvariantCulture)) }) { RowIndex = line });
            }
        }
        stream.Position = 0;
        return stream;
    }
}
