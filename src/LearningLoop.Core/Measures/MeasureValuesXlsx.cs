using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using LearningLoop.Core.Exports;
using LearningLoop.Core.Imports;

namespace LearningLoop.Core.Measures;

/// <summary>Measure data as an Excel workbook: one sheet, the columns of <see cref="MeasureValueColumns"/>, the header
/// on row 1. Written and read with the Open XML SDK, so no Excel and no extra spreadsheet library is needed.</summary>
public static class MeasureValuesXlsx
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static byte[] Write(Measure measure, IEnumerable<MeasureValue> values)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            sheetPart.Worksheet = new Worksheet(data);
            workbook.Workbook.AppendChild(new Sheets()).Append(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = "Values" });

            data.Append(Row(1, Text("A1", "period"), Text("B1", "numerator"), Text("C1", "denominator"), Text("D1", "value")));
            uint line = 1;
            foreach (var v in values.OrderBy(v => v.Period).ThenBy(v => v.Id))
            {
                line++;
                // The period is written as text ("2024-03"), which reads back the same in every spreadsheet locale.
                data.Append(Row(line, Text($"A{line}", MeasurePeriods.Label(v.Period, measure.Frequency)),
                    Number($"B{line}", v.Numerator), Number($"C{line}", v.Denominator), Number($"D{line}", MeasureValues.Charted(measure, v))));
            }
            workbook.Workbook.Save();
        }
        return stream.ToArray();
    }

    public static (List<MeasureValueInput> Rows, List<ImportError> Errors) Read(Stream xlsx, ImportLimits? limits = null)
    {
        limits ??= ImportLimits.Default;
        List<(int Line, Dictionary<int, string> Cells)>? sheet;
        try
        {
            if (XlsxPackage.Unpacked(xlsx) is var unpacked && unpacked > limits.MaxUnpackedXlsxBytes)
            {
                return ([], [new ImportError(1, "", $"the workbook unpacks to {unpacked / 1024 / 1024} MB, more than the "
                    + $"{limits.MaxUnpackedXlsxBytes / 1024 / 1024} MB allowed; save the data alone as CSV")]);
            }
            sheet = ReadFirstSheet(xlsx, limits.MaxRows);
        }
        // A damaged package can fail in its zip, its relationships or any part's XML (XmlException), all found by fuzzing.
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or FileFormatException or InvalidOperationException
            or ArgumentException or System.Xml.XmlException or FormatException or OverflowException)
        {
            return ([], [new ImportError(1, "", "the file is not an Excel workbook (.xlsx); save it as .xlsx or as CSV")]);
        }
        if (sheet is null)
        {
            return ([], [ImportRows.TooMany(limits.MaxRows + 2, limits.MaxRows)]);
        }
        if (sheet.Count == 0)
        {
            return ([], [new ImportError(1, "", "the first sheet is empty; row 1 must be the header " + MeasureValueColumns.Expected)]);
        }
        var (headerLine, headerCells) = sheet[0];
        var width = headerCells.Count == 0 ? 0 : headerCells.Keys.Max() + 1;
        var header = Enumerable.Range(0, width).Select(i => headerCells.GetValueOrDefault(i, "")).ToList();
        var (period, numerator, denominator, errors) = MeasureValueColumns.Locate(header);
        if (headerLine != 1)
        {
            errors.Insert(0, new ImportError(1, "", $"row 1 is empty; the header must be on row 1 (found on row {headerLine})"));
        }
        if (errors.Count > 0)
        {
            return ([], errors);
        }
        var rows = sheet.Skip(1)
            .Select(r => new MeasureValueInput(r.Line, r.Cells.GetValueOrDefault(period), r.Cells.GetValueOrDefault(numerator), denominator < 0 ? null : r.Cells.GetValueOrDefault(denominator)))
            .ToList();
        return (rows, []);
    }

    /// <summary>The sheet's non-empty rows, or null when there are more than <paramref name="maxRows"/> data rows.</summary>
    private static List<(int Line, Dictionary<int, string> Cells)>? ReadFirstSheet(Stream xlsx, int maxRows)
    {
        using var document = SpreadsheetDocument.Open(xlsx, isEditable: false);
        var workbook = document.WorkbookPart ?? throw new InvalidDataException("no workbook");
        var first = workbook.Workbook?.Sheets?.Elements<Sheet>().FirstOrDefault() ?? throw new InvalidDataException("no sheet");
        var part = workbook.GetPartById(first.Id?.Value ?? throw new InvalidDataException("no sheet id")) as WorksheetPart
            ?? throw new InvalidDataException("the first sheet is not a worksheet");
        var shared = workbook.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(s => s.InnerText).ToList() ?? [];
        var dateStyles = DateStyles(workbook);
        var rows = new List<(int, Dictionary<int, string>)>();
        foreach (var row in part.Worksheet?.GetFirstChild<SheetData>()?.Elements<Row>() ?? [])
        {
            var cells = new Dictionary<int, string>();
            foreach (var cell in row.Elements<Cell>())
            {
                var text = CellText(cell, shared, dateStyles);
                if (!string.IsNullOrWhiteSpace(text) && cell.CellReference?.Value is { } reference)
                {
                    cells[ColumnIndex(reference)] = text.Trim();
                }
            }
            if (cells.Count > 0)
            {
                if (rows.Count > maxRows) return null;
                rows.Add(((int)Math.Min(row.RowIndex?.Value ?? (uint)(rows.Count + 1), int.MaxValue), cells));
            }
        }
        return rows;
    }

    private static string CellText(Cell cell, List<string> shared, HashSet<uint> dateStyles)
    {
        var raw = cell.CellValue?.Text ?? "";
        if (cell.DataType?.Value == CellValues.SharedString)
        {
            return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < shared.Count ? shared[index] : "";
        }
        if (cell.DataType?.Value == CellValues.InlineString)
        {
            return cell.InlineString?.InnerText ?? "";
        }
        // A date typed into Excel is a number (days since 1899-12-30) shown through a date format.
        if (cell.StyleIndex?.Value is { } style && dateStyles.Contains(style)
            && double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial is > 0 and < 2958466)
        {
            return DateTime.FromOADate(serial).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }
        return raw;
    }

    /// <summary>The cell formats whose number format shows a date: Excel's built-in date formats (14-22, 45-47) and
    /// custom formats made of date letters.</summary>
    private static HashSet<uint> DateStyles(WorkbookPart workbook)
    {
        var styles = new HashSet<uint>();
        var stylesheet = workbook.WorkbookStylesPart?.Stylesheet;
        if (stylesheet?.CellFormats is null)
        {
            return styles;
        }
        var custom = stylesheet.NumberingFormats?.Elements<NumberingFormat>()
            .Where(f => f.NumberFormatId?.Value is not null)
            .ToDictionary(f => f.NumberFormatId!.Value, f => f.FormatCode?.Value ?? "") ?? [];
        uint index = 0;
        foreach (var format in stylesheet.CellFormats.Elements<CellFormat>())
        {
            var id = format.NumberFormatId?.Value ?? 0;
            if (id is >= 14 and <= 22 or >= 45 and <= 47
                || (custom.TryGetValue(id, out var code) && code.Contains('y', StringComparison.OrdinalIgnoreCase) && code.Contains('m', StringComparison.OrdinalIgnoreCase)))
            {
                styles.Add(index);
            }
            index++;
        }
        return styles;
    }

    private static int ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var c in reference.TakeWhile(char.IsLetter))
        {
            index = (index * 26) + (char.ToUpperInvariant(c) - 'A' + 1);
        }
        return index - 1;
    }

    private static Row Row(uint index, params Cell[] cells) => new(cells) { RowIndex = index };

    private static Cell Text(string reference, string text) =>
        new() { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(SpreadsheetText.Neutralise(text))) };

    private static Cell Number(string reference, double? value) => value is { } v
        ? new Cell { CellReference = reference, DataType = CellValues.Number, CellValue = new CellValue(v.ToString("R", CultureInfo.InvariantCulture)) }
        : new Cell { CellReference = reference };
}
