using System.Globalization;
using LearningLoop.Analytics.Spc;
using LearningLoop.Core.Imports;
using LearningLoop.Analytics.Input;

namespace LearningLoop.Core.Measures;

/// <summary>One row of data as typed or read from a file, before checking. <see cref="Line"/> is the file's line
/// (header = 1) or the grid's row number; it names the row in every error.</summary>
public sealed record MeasureValueInput(int Line, string? Period, string? Numerator, string? Denominator);

/// <summary>A checked row, ready to store.</summary>
public sealed record MeasureValueRow(DateOnly Period, double? Numerator, double? Denominator);

/// <summary>Checks rows of data for a measure and its chart, all at once, so that a person sees every problem in one
/// go (the SPC engine stops at the first). The rules are the engine's, said per row and column: numbers in invariant
/// culture, denominators above zero, no negative counts, proportions no larger than their denominator, times between
/// events above zero, one row per period except on xbar and s charts, whose rows are the period's measurements.</summary>
public static class MeasureValueRules
{
    public const string PeriodColumn = "period";
    public const string NumeratorColumn = "numerator";
    public const string DenominatorColumn = "denominator";

    public static (List<MeasureValueRow> Rows, List<ImportError> Errors) Check(IEnumerable<MeasureValueInput> inputs, MeasureFrequency frequency, SpcChartType? chart)
    {
        var rows = new List<MeasureValueRow>();
        var errors = new List<ImportError>();
        var seen = new Dictionary<DateOnly, int>();
        var subgroups = chart is SpcChartType.Xbar or SpcChartType.S;
        foreach (var input in inputs)
        {
            if (IsBlank(input))
            {
                continue;
            }
            var before = errors.Count;
            var line = input.Line;

            var hasPeriod = MeasurePeriods.TryParse(input.Period, frequency, out var period);
            if (string.IsNullOrWhiteSpace(input.Period))
                errors.Add(new ImportError(line, PeriodColumn, "a period is required, " + MeasurePeriods.Formats(frequency)));
            else if (!hasPeriod)
                errors.Add(new ImportError(line, PeriodColumn, $"'{InputEcho.Prefix(input.Period)}' is not a period; use {MeasurePeriods.Formats(frequency)}"));
            else if (!subgroups && seen.TryGetValue(period, out var first))
                errors.Add(new ImportError(line, PeriodColumn, $"{MeasurePeriods.Label(period, frequency)} appears already on {(line > 0 ? "line" : "row")} {first}; give each period one row"));
            else
                seen.TryAdd(period, line);

            var numerator = Number(input.Numerator, line, NumeratorColumn, errors, out var numeratorRead);
            var denominator = Number(input.Denominator, line, DenominatorColumn, errors, out var denominatorRead);
            if (denominatorRead)
            {
                ChartRules(line, numeratorRead ? numerator : null, denominator, chart, errors);
            }
            if (errors.Count == before)
            {
                rows.Add(new MeasureValueRow(period, numerator, denominator));
            }
        }
        return (rows, errors);
    }

    private static bool IsBlank(MeasureValueInput input) =>
        string.IsNullOrWhiteSpace(input.Period) && string.IsNullOrWhiteSpace(input.Numerator) && string.IsNullOrWhiteSpace(input.Denominator);

    /// <summary>Empty and NA are a missing value (a gap on the chart), as R reads them; anything else must be a finite number.</summary>
    private static double? Number(string? text, int line, string column, List<ImportError> errors, out bool read)
    {
        read = true;
        var value = text?.Trim() ?? "";
        if (value.Length == 0 || value.Equals("NA", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number))
        {
            return number;
        }
        read = false;
        errors.Add(new ImportError(line, column, $"'{InputEcho.Prefix(value)}' is not a number; write it like 12 or 3.5 (a point for decimals)"));
        return null;
    }

    private static void ChartRules(int line, double? numerator, double? denominator, SpcChartType? chart, List<ImportError> errors)
    {
        if (denominator is <= 0)
        {
            errors.Add(new ImportError(line, DenominatorColumn, $"{Text(denominator.Value)} is not above zero; a denominator counts the opportunities (patients, bed days) and must be positive"));
            return;
        }
        if (chart is not { } c || numerator is not { } y)
        {
            return;
        }
        var name = c.Title();
        if (c.NeedsDenominator() && denominator is null)
            errors.Add(new ImportError(line, DenominatorColumn, $"a {name} needs a denominator on every row with a numerator"));
        if (c.CountsEvents() && y < 0)
            errors.Add(new ImportError(line, NumeratorColumn, $"{Text(y)} is negative; a {name} counts events"));
        if (c.IsProportion() && denominator is { } n && y > n)
            errors.Add(new ImportError(line, NumeratorColumn, $"{Text(y)} is more than the denominator {Text(n)}; a {name} shows a proportion, so the numerator is part of the denominator"));
        if (c == SpcChartType.T && y <= 0)
            errors.Add(new ImportError(line, NumeratorColumn, $"{Text(y)} is not above zero; a {name} shows times between events"));
    }

    private static string Text(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
