using LearningLoop.Analytics.Spc;
using LearningLoop.Core.Imports;
using LearningLoop.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LearningLoop.Core.Measures;

/// <summary>Imports a measure's data from CSV or XLSX. All or nothing: every bad row is listed (line, column, reason)
/// and, if there is one, nothing changes. A good file adds its periods and replaces the periods it repeats; periods it
/// does not mention keep their data, so sending this month's file never loses last year's.</summary>
public sealed class MeasureValuesImport(LearningLoopDbContext db, ImportLimits? limits = null)
{
    private readonly ImportLimits _limits = limits ?? ImportLimits.Default;

    public Task<ImportResult> ImportCsvAsync(Measure measure, TextReader csv, CancellationToken ct = default)
    {
        var (rows, errors) = MeasureValuesCsv.Read(csv, _limits);
        return ImportAsync(measure, rows, errors, ct);
    }

    public Task<ImportResult> ImportXlsxAsync(Measure measure, Stream xlsx, CancellationToken ct = default)
    {
        var (rows, errors) = MeasureValuesXlsx.Read(xlsx, _limits);
        return ImportAsync(measure, rows, errors, ct);
    }

    private async Task<ImportResult> ImportAsync(Measure measure, List<MeasureValueInput> inputs, List<ImportError> readErrors, CancellationToken ct) =>
        (await CheckAndStoreAsync(measure, inputs, readErrors, ct)).Capped(_limits.MaxErrorsListed);

    private async Task<ImportResult> CheckAndStoreAsync(Measure measure, List<MeasureValueInput> inputs, List<ImportError> readErrors, CancellationToken ct)
    {
        if (readErrors.Count > 0)
        {
            return ImportResult.Refused(readErrors);
        }
        var (rows, errors) = MeasureValueRules.Check(inputs, measure.Frequency, measure.Chart);
        if (errors.Count > 0)
        {
            return ImportResult.Refused(errors);
        }
        if (rows.Count == 0)
        {
            return ImportResult.Refused([new ImportError(2, MeasureValueRules.PeriodColumn, "the file has a header but no data rows")]);
        }

        var periods = rows.Select(r => r.Period).Distinct().ToList();
        var replaced = await db.MeasureValues.Where(v => v.MeasureId == measure.Id && periods.Contains(v.Period)).ToListAsync(ct);
        var updated = replaced.Select(v => v.Period).Distinct().Count();
        db.MeasureValues.RemoveRange(replaced);
        db.MeasureValues.AddRange(rows.Select(r => new MeasureValue { MeasureId = measure.Id, Period = r.Period, Numerator = r.Numerator, Denominator = r.Denominator }));
        // One SaveChanges is one transaction: the removals and additions land together or not at all.
        await db.SaveChangesAsync(ct);
        return new ImportResult(periods.Count - updated, updated, []);
    }

    /// <summary>Whether a chart keeps several rows per period (the measurements of a subgroup).</summary>
    public static bool TakesSubgroups(SpcChartType? chart) => chart is SpcChartType.Xbar or SpcChartType.S;
}
