using System.Globalization;

namespace LearningLoop.Analytics.Spc;

/// <summary>
/// Refuses data and options that cannot be charted, naming the row and the value
/// (qicharts2 would either stop with a terse message or quietly return NaN).
/// </summary>
internal static class SpcInputValidator
{
    private const int MinimumPoints = 2;

    /// <summary>Checks each row for the chart; returns whether the data carry a denominator.</summary>
    public static bool ValidateRows(IReadOnlyList<SpcObservation> rows, SpcChartType chart)
    {
        var hasDenominator = false;
        foreach (var row in rows)
        {
            if (string.IsNullOrWhiteSpace(row.X))
                throw new SpcInputException($"Row {row.Row}: x is empty; every row needs a subgroup (a number, a date or a category).", row.Row, "x", row.X);
            hasDenominator |= row.N is not null;
            CheckRow(row, chart);
        }

        if (chart.NeedsDenominator() && !hasDenominator)
            throw new SpcInputException($"A {chart.Name()} chart needs a denominator: add a column n.", null, "n", null);
        if (chart.NeedsSingleValues())
            CheckSingleValues(rows, chart);
        return hasDenominator;
    }

    public static void ValidateSeries(SubgroupAggregator.Result aggregated, SpcOptions options)
    {
        var count = aggregated.Subgroups.Count;
        if (count < MinimumPoints)
            throw new SpcInputException($"A chart needs at least {MinimumPoints} points (distinct x values); the input has {count}.");
        if (!double.IsFinite(options.Multiply) || options.Multiply <= 0)
            throw Option("multiply", options.Multiply.ToString("R", CultureInfo.InvariantCulture), "must be a positive number");
        if (options.Freeze is { } freeze && (freeze < 1 || freeze > count))
            throw Option("freeze", Text(freeze), $"must be a point between 1 and {count}");
        foreach (var part in options.Parts)
        {
            if (part < 1 || part >= count)
                throw Option("part", Text(part), $"must be a point between 1 and {count - 1} (a part starts after it)");
        }

        foreach (var excluded in options.Exclude)
        {
            if (excluded < 1 || excluded > count)
                throw Option("exclude", Text(excluded), $"must be a point between 1 and {count}");
        }
    }

    private static void CheckRow(SpcObservation row, SpcChartType chart)
    {
        if (row.N is { } n && n <= 0)
        {
            throw new SpcInputException(
                $"Row {row.Row}: n = {Text(n)}; a denominator must be greater than zero.", row.Row, "n", Text(n));
        }

        if (row.Y is not { } y)
            return;
        if (chart.CountsEvents() && y < 0)
        {
            throw new SpcInputException(
                $"Row {row.Row}: y = {Text(y)} is negative; a {chart.Name()} chart counts events, which cannot be negative.", row.Row, "y", Text(y));
        }

        if (chart.IsProportion() && row.N is { } total && y > total)
        {
            throw new SpcInputException(
                $"Row {row.Row}: y = {Text(y)} is greater than n = {Text(total)}; a {chart.Name()} chart needs a proportion (y out of n).", row.Row, "y", Text(y));
        }

        if (chart == SpcChartType.T && y <= 0)
        {
            throw new SpcInputException(
                $"Row {row.Row}: y = {Text(y)}; a t chart needs times between events greater than zero.", row.Row, "y", Text(y));
        }
    }

    private static void CheckSingleValues(IReadOnlyList<SpcObservation> rows, SpcChartType chart)
    {
        var kind = XAxisClassifier.Classify(rows);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var key = kind == SpcXKind.Categorical ? row.X : XAxisClassifier.Key(row.X, kind).ToString("R", CultureInfo.InvariantCulture);
            if (seen.TryGetValue(key, out var first))
            {
                throw new SpcInputException(
                    $"Row {row.Row}: x = {row.X} already appears in row {first}; a {chart.Name()} chart takes one value per x.", row.Row, "x", row.X);
            }

            seen.Add(key, row.Row);
        }
    }

    private static SpcInputException Option(string name, string value, string rule) =>
        new($"Option {name} = {value} {rule}.", null, name, value);

    private static string Text(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
