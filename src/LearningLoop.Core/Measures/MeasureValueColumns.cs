using LearningLoop.Core.Imports;
using LearningLoop.Analytics.Input;

namespace LearningLoop.Core.Measures;

/// <summary>The columns of a measure's data file, CSV or XLSX: <c>period,numerator,denominator,value</c>. Reading
/// accepts the export's own columns (so a downloaded file imports again unchanged) and the SPC command's <c>x,y,n</c>;
/// <c>value</c> alone stands for the numerator of a measure without a denominator, and is ignored next to a numerator
/// because it is derived from it.</summary>
public static class MeasureValueColumns
{
    public static readonly string[] Period = ["period", "x", "date", "month", "week"];
    public static readonly string[] Numerator = ["numerator", "y"];
    public static readonly string[] Value = ["value"];
    public static readonly string[] Denominator = ["denominator", "n"];

    public static string Expected => "period, numerator (or value), denominator";

    /// <summary>Finds each column's position in a header; unknown columns are reported, as they usually mean a typo.</summary>
    public static (int Period, int Numerator, int Denominator, List<ImportError> Errors) Locate(IReadOnlyList<string> header)
    {
        var names = header.Select(h => h.Trim().ToLowerInvariant()).ToList();
        int Find(string[] aliases) => names.FindIndex(aliases.Contains);
        var errors = new List<ImportError>();
        var period = Find(Period);
        var numerator = Find(Numerator);
        if (numerator < 0) numerator = Find(Value);
        var denominator = Find(Denominator);
        if (period < 0) errors.Add(new ImportError(1, "period", "required column is missing from the header; expected " + Expected));
        if (numerator < 0) errors.Add(new ImportError(1, "numerator", "required column is missing from the header; expected " + Expected));
        foreach (var unknown in names.Where(n => n.Length > 0 && !Period.Concat(Numerator).Concat(Value).Concat(Denominator).Contains(n)))
        {
            errors.Add(new ImportError(1, InputEcho.Prefix(unknown), "unknown column; expected " + Expected));
        }
        return (period, numerator, denominator, errors);
    }
}
