using System.Globalization;
using System.Text;
using LearningLoop.Charts.Funnel;
using LearningLoop.Core.Exports;
using LearningLoop.Core.Imports;
using Microsoft.AspNetCore.Http.HttpResults;
using LearningLoop.Web.Infrastructure;
using LearningLoop.Analytics.Input;

namespace LearningLoop.Web.Features.Measures;

/// <summary>A unit on the funnel as the API returns it: the summed counts, the value, the limits at its denominator and
/// where it lies ("within", "above-95", "above-99.8", "below-95", "below-99.8").</summary>
public sealed record FunnelUnitDto(
    string Unit, int UnitId, int MeasureId, double Events, double Denominator, double Value,
    double Lower998, double Lower95, double Upper95, double Upper998, string Position);

/// <summary>Units compared on one measure over a period; <see cref="Target"/> is the pooled value of all units.</summary>
public sealed record FunnelComparisonDto(
    string Name, string Measure, string ValueLabel, double Multiplier, string From, string To, double Target,
    IReadOnlyList<FunnelUnitDto> Units, IReadOnlyList<string> WithoutData)
{
    public static FunnelComparisonDto Of(MeasureComparison c) => new(
        c.Name, c.Measure.ToString(), c.ValueLabel, c.Multiplier, c.FromLabel, c.ToLabel, c.Plot!.Target,
        c.Units.Select(u => new FunnelUnitDto(u.Name, u.UnitId, u.MeasureId, u.Point.Unit.Events, u.Point.Unit.Denominator, u.Point.Value,
            u.Point.Limits.Lower998, u.Point.Limits.Lower95, u.Point.Limits.Upper95, u.Point.Limits.Upper998, MeasureComparison.Code(u.Point.Position))).ToList(),
        c.WithoutData);
}

/// <summary><c>/api/v1/measures/compare</c>: the funnel plot's numbers as JSON or CSV.</summary>
public static class MeasureCompareApi
{
    public static RouteGroupBuilder MapMeasureCompare(this RouteGroupBuilder measures)
    {
        measures.MapGet("/compare", (string? name, int? id, string? from, string? to, MeasureComparisons comparisons, CancellationToken ct) =>
                CompareAsync(name, id, from, to, comparisons, c => TypedResults.Ok(FunnelComparisonDto.Of(c)), ct))
            .WithSummary("Compare units on a proportion or rate over a period (funnel plot, Spiegelhalter 2005): by name, or by a measure id; from/to as YYYY-MM, default the last 12 months with data")
            .ServedFromReplica();
        measures.MapGet("/compare.csv", (string? name, int? id, string? from, string? to, MeasureComparisons comparisons, CancellationToken ct) =>
                CompareAsync(name, id, from, to, comparisons, c => TypedResults.File(Encoding.UTF8.GetBytes(Csv(c)), "text/csv", FileName(c)), ct))
            .WithSummary("The funnel plot's numbers as CSV: one row per unit with its limits and position").ServedFromReplica();
        measures.MapGet("/compare.svg", (string? name, int? id, string? from, string? to, MeasureComparisons comparisons, CancellationToken ct) =>
                CompareAsync(name, id, from, to, comparisons, c => ChartDownloads.Svg(Svg(c, id), Path.ChangeExtension(FileName(c), ".svg")), ct))
            .WithSummary("The funnel plot as self-contained SVG (the unit of ?id= highlighted, as on the page)").ServedFromReplica();
        measures.MapGet("/compare.png", (string? name, int? id, string? from, string? to, MeasureComparisons comparisons, CancellationToken ct) =>
                CompareAsync(name, id, from, to, comparisons, c => ChartDownloads.Png(Svg(c, id), Path.ChangeExtension(FileName(c), ".png")), ct))
            .WithSummary("The funnel plot as PNG drawn on the server").ServedFromReplica();
        return measures;
    }

    /// <summary>The funnel plot as the compare page draws it; the unit of <paramref name="measureId"/> (where the reader came
    /// from) highlighted.</summary>
    public static string Svg(MeasureComparison c, int? measureId) =>
        FunnelPlotSvg.Render(c.Plot!, new FunnelPlotSvg.Options(c.Name, c.PeriodTotalLabel, c.ValueLabel.Length > 0 ? c.ValueLabel : "Value", c.Format,
            Direction: c.Direction, Highlight: c.Units.FirstOrDefault(u => u.MeasureId == measureId)?.Name));

    /// <summary>One comparison, answered as JSON, CSV or a chart: a bad query is a 400 naming the field, an unknown measure
    /// 404, units that cannot be compared 422 saying why.</summary>
    private static async Task<Results<TAnswer, ValidationProblem, NotFound, ProblemHttpResult>> CompareAsync<TAnswer>(
        string? name, int? id, string? from, string? to, MeasureComparisons comparisons, Func<MeasureComparison, TAnswer> answer, CancellationToken ct)
        where TAnswer : IResult =>
        await FindAsync(name, id, from, to, comparisons, ct) switch
        {
            (_, { } errors) => TypedResults.ValidationProblem(errors),
            (null, _) => TypedResults.NotFound(),
            ({ Plot: null } c, _) => TypedResults.Problem(title: "The units cannot be compared", detail: c.Problem, statusCode: StatusCodes.Status422UnprocessableEntity),
            ({ } c, _) => answer(c),
        };

    /// <summary>Parses the query; a name or an id is needed, and months are written YYYY-MM.</summary>
    public static async Task<(MeasureComparison? Comparison, Dictionary<string, string[]>? Errors)> FindAsync(
        string? name, int? id, string? from, string? to, MeasureComparisons comparisons, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(name) && id is null) errors["name"] = ["Name the measure (name=...) or give a measure id (id=...)."];
        var start = Month(from, "from", errors);
        var end = Month(to, "to", errors);
        if (errors.Count > 0) return (null, errors);
        var comparison = id is { } measureId ? await comparisons.ByIdAsync(measureId, start, end, ct) : await comparisons.ByNameAsync(name!, start, end, ct);
        return (comparison, null);
    }

    private const int FirstYear = 1900;
    private const int LastYear = 2199;

    public static DateOnly? Month(string? text, string field, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        // Years far outside care records are refused: the months between two ends are enumerated, and DateOnly ends at 9999.
        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month)
            && month.Year is >= FirstYear and <= LastYear)
        {
            return month;
        }
        errors[field] = [$"'{InputEcho.Prefix(text)}' is not a month like 2025-03 between {FirstYear} and {LastYear}."];
        return null;
    }

    public static string Csv(MeasureComparison c)
    {
        var csv = new StringBuilder("unit,events,denominator,value,lower_99_8,lower_95,overall,upper_95,upper_99_8,position\n");
        foreach (var u in c.Units)
        {
            var (p, l) = (u.Point, u.Point.Limits);
            csv.AppendJoin(',', SpreadsheetText.CsvField(u.Name), N(p.Unit.Events), N(p.Unit.Denominator), N(p.Value), N(l.Lower998), N(l.Lower95), N(c.Plot!.Target), N(l.Upper95), N(l.Upper998), MeasureComparison.Code(p.Position)).Append('\n');
        }
        return csv.ToString();
    }

    public static string Url(MeasureComparison c, string path = "/measures/compare") =>
        $"{path}?name={Uri.EscapeDataString(c.Name)}&from={c.FromLabel}&to={c.ToLabel}";

    private static string FileName(MeasureComparison c)
    {
        var slug = new string(c.Name.ToLowerInvariant().Select(ch => char.IsAsciiLetterOrDigit(ch) ? ch : '-').ToArray()).Trim('-');
        return $"{slug}-units-{c.FromLabel}-to-{c.ToLabel}.csv";
    }

    private static string N(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
