using System.Globalization;

namespace LearningLoop.Analytics.Spc;

/// <summary>Turns the SPC input rows (x, y as read from a CSV file) into Making Data Count observations: x must be an
/// ISO date and y a value, because <c>ptd_spc()</c> takes one value per date and no denominator.</summary>
public static class MdcObservations
{
    public static List<MdcObservation> From(IReadOnlyList<SpcObservation> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var observations = new List<MdcObservation>(rows.Count);
        foreach (var row in rows)
        {
            if (row.N is not null)
                throw new SpcInputException(
                    $"Row {row.Row}: n = {row.N.Value.ToString(CultureInfo.InvariantCulture)}: Making Data Count charts take x and y only; divide y by n first.",
                    row.Row, "n", null);
            observations.Add(new MdcObservation(Date(row.X, row.Row), row.Y ?? throw Missing(row), row.Row));
        }

        return observations;
    }

    public static DateOnly Date(string text, int row) =>
        DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new SpcInputException($"Row {row}: x = \"{text}\" is not an ISO date (yyyy-mm-dd).", row, "x", text);

    private static SpcInputException Missing(SpcObservation row) =>
        new($"Row {row.Row}: y is missing; Making Data Count charts need a value at every date.", row.Row, "y", null);
}
