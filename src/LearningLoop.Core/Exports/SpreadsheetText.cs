using System.Globalization;

namespace LearningLoop.Core.Exports;

/// <summary>Every text cell of every CSV and XLSX export goes through here, so that a spreadsheet opening the file
/// never runs what someone typed (an annotation, a unit or workgroup name) as a formula: "CSV injection", OWASP's
/// advice followed: a cell that starts with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab or carriage return gets a
/// leading single quote, which spreadsheets show as text. A cell that reads whole as a number (<c>-5.5</c>,
/// <c>+3</c>, <c>-1e3</c>) is a number, not a formula, and is left alone: negative values stay numbers. Numeric
/// columns are written from doubles and need no call. See docs/security.md.</summary>
public static class SpreadsheetText
{
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    public static string Neutralise(string? text)
    {
        var value = text ?? "";
        if (value.Length == 0 || Array.IndexOf(FormulaStarts, value[0]) < 0) return value;
        return double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _) && !char.IsWhiteSpace(value[0]) ? value : "'" + value;
    }

    /// <summary>A CSV field (RFC 4180) for CSVs written by hand: neutralised, then quoted when it holds a comma, a quote
    /// or a line break.</summary>
    public static string CsvField(string? text)
    {
        var value = Neutralise(text);
        return value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
    }
}
