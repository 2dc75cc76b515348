using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using LearningLoop.Analytics.Input;
using LearningLoop.Analytics.Spc;

namespace LearningLoop.Cli.Commands;

/// <summary>
/// Reads the SPC input file: a header with x and y, optionally n (any order, any case, other columns ignored).
/// Row numbers in errors are file lines, the header being line 1.
/// </summary>
internal static class SpcCsvReader
{
    public static List<SpcObservation> Read(TextReader reader)
    {
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            PrepareHeaderForMatch = args => args.Header.Trim().ToLowerInvariant(),
            TrimOptions = TrimOptions.Trim,
            DetectColumnCountChanges = false,
            MissingFieldFound = null,
            BadDataFound = null,
        };
        using var csv = new CsvReader(reader, config);
        if (!csv.Read() || !csv.ReadHeader())
            throw new SpcInputException("The input is empty: expected a header line with columns x and y (and optionally n).", 1, null, null);

        var header = csv.HeaderRecord ?? [];
        var x = Column(header, "x");
        var y = Column(header, "y");
        var n = Array.FindIndex(header, h => h.Trim().Equals("n", StringComparison.OrdinalIgnoreCase));

        var rows = new List<SpcObservation>();
        while (csv.Read())
        {
            var line = csv.Parser.RawRow;
            rows.Add(SpcObservationParser.Parse(
                Field(csv, x),
                Field(csv, y),
                n >= 0 ? Field(csv, n) : null,
                line));
        }

        return rows;
    }

    private static int Column(string[] header, string name)
    {
        var index = Array.FindIndex(header, h => h.Trim().Equals(name, StringComparison.OrdinalIgnoreCase));
        if (index < 0)
            throw new SpcInputException($"Row 1: the header has no column {name} (found: {InputEcho.Prefix(string.Join(", ", header), 200)}).", 1, name, null);
        return index;
    }

    private static string Field(CsvReader csv, int index) =>
        csv.TryGetField<string>(index, out var value) && value is not null ? value : string.Empty;
}
