using System.Globalization;

namespace LearningLoop.Analytics.Spc;

/// <summary>
/// Decides whether x is numeric, an ISO date or categorical (every value must qualify), and gives each x a sort key.
/// </summary>
internal static class XAxisClassifier
{
    private static readonly string[] IsoFormats =
        ["yyyy-MM-dd", "yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-ddTHH:mm:ssZ"];

    public static SpcXKind Classify(IReadOnlyList<SpcObservation> rows)
    {
        var numeric = true;
        var date = true;
        for (var i = 0; i < rows.Count && (numeric || date); i++)
        {
            var x = rows[i].X;
            numeric = numeric && TryNumber(x, out _);
            date = date && TryDate(x, out _);
        }

        return numeric ? SpcXKind.Numeric : date ? SpcXKind.Date : SpcXKind.Categorical;
    }

    /// <summary>The ordering key of x: its value, or its date's ticks; categorical x has none (first appearance).</summary>
    public static double Key(string x, SpcXKind kind) => kind switch
    {
        SpcXKind.Numeric => TryNumber(x, out var v) ? v : double.NaN,
        SpcXKind.Date => TryDate(x, out var d) ? d.Ticks : double.NaN,
        _ => double.NaN,
    };

    private static bool TryNumber(string x, out double value) =>
        double.TryParse(x, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);

    private static bool TryDate(string x, out DateTime value) =>
        DateTime.TryParseExact(x, IsoFormats, CultureInfo.InvariantCulture,
            DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out value);
}
