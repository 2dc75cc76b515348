using System.Globalization;
using System.Text;
using LearningLoop.Core.Imports;
using LearningLoop.Core.Measures;
using LearningLoop.Core.Persistence;
using LearningLoop.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace LearningLoop.Web.Features.Measures;

/// <summary><c>/api/v1/measures</c>: definitions, data, import and export, the chart and FHIR. Every member reads;
/// administrators, improvement leads and managers change. Another organisation's measure is not found.</summary>
public static class MeasuresApi
{
    private const string Tag = "Measures";

    public static RouteGroupBuilder MapMeasuresApi(this RouteGroupBuilder api)
    {
        var measures = api.MapGroup("/measures").WithTags(Tag);
        var editor = measures.MapGroup("").RequireAuthorization(Policies.MeasureEditor);
        measures.MapMeasureCompare();
        measures.MapMeasureRuleSetDefault();

        measures.MapGet("", async (int? unitId, int? divisionId, MeasureOwnerLevel? level, LearningLoopDbContext db, MeasureQueries queries, CancellationToken ct) =>
        {
            var query = db.Measures.AsNoTracking().Include(m => m.Unit).Include(m => m.Division).Include(m => m.Phases).Include(m => m.Annotations).AsSplitQuery();
            if (unitId is { } u) query = query.Where(m => m.UnitId == u);
            if (divisionId is { } d) query = query.Where(m => m.DivisionId == d);
            if (level is { } l) query = query.Where(m => m.OwnerLevel == l);
            var list = await query.OrderBy(m => m.Name).ThenBy(m => m.Id).ToListAsync(ct);
            var counts = await db.MeasureValues.GroupBy(v => v.MeasureId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
            var organisation = await queries.OrganisationNameAsync(ct);
            return TypedResults.Ok(list.Select(m => MeasureDto.From(m, MeasureQueries.OwnerName(m, organisation)) with { Values = counts.GetValueOrDefault(m.Id) }).ToList());
        }).WithSummary("List measures, optionally of one unit, division or owner level");

        measures.MapGet("/{id:int}", async Task<Results<Ok<MeasureDto>, NotFound>> (int id, MeasureQueries queries, CancellationToken ct) =>
            await queries.FindAsync(id, ct) is { } m ? TypedResults.Ok(MeasureDto.From(m, await queries.OwnerNameAsync(m, ct))) : TypedResults.NotFound())
            .WithSummary("One measure; 404 when it does not exist or belongs to another organisation");

        editor.MapPost("", (MeasureForm form, MeasureEditor edit, MeasureQueries queries, CancellationToken ct) => Save(form, null, edit, queries, ct))
            .WithSummary("Create a measure (administrators, improvement leads, managers)");
        editor.MapPut("/{id:int}", (int id, MeasureForm form, MeasureEditor edit, MeasureQueries queries, CancellationToken ct) => Save(form, id, edit, queries, ct))
            .WithSummary("Change a measure's definition");
        editor.MapDelete("/{id:int}", async Task<Results<NoContent, NotFound>> (int id, MeasureEditor edit, CancellationToken ct) =>
            await edit.DeleteAsync(id, ct) ? TypedResults.NoContent() : TypedResults.NotFound())
            .WithSummary("Delete a measure and its data");

        measures.MapGet("/{id:int}/values", async Task<Results<Ok<List<MeasureValueDto>>, NotFound>> (int id, MeasureQueries queries, CancellationToken ct) =>
            await queries.FindAsync(id, ct) is { } m ? TypedResults.Ok(Values(m)) : TypedResults.NotFound())
            .WithSummary("The measure's data, one row per period");
        editor.MapPut("/{id:int}/values", async Task<Results<Ok<List<MeasureValueDto>>, ValidationProblem, NotFound>> (int id, List<MeasureValueBody> body, MeasureEditor edit, MeasureQueries queries, CancellationToken ct) =>
        {
            var rows = body.Select((r, i) => new MeasureValueInput(i + 1, r?.Period, MeasureValueText.Number(r?.Numerator), MeasureValueText.Number(r?.Denominator))).ToList();
            var (found, errors) = await edit.ReplaceValuesAsync(id, rows, ct);
            if (!found) return TypedResults.NotFound();
            if (errors.Count > 0)
            {
                return TypedResults.ValidationProblem(errors.GroupBy(e => $"[{(e.Line - 1).ToString(CultureInfo.InvariantCulture)}].{e.Column}")
                    .ToDictionary(g => g.Key, g => g.Select(e => e.Reason).ToArray()), detail: "Nothing was stored. Each key names the row (0-based) and the field.");
            }
            return TypedResults.Ok(Values((await queries.FindAsync(id, ct))!));
        }).WithSummary("Replace all of the measure's data; nothing is stored if a row is wrong");
        editor.MapPost("/{id:int}/values/import", Import)
            .Accepts<string>("text/csv", MeasureValuesXlsx.ContentType)
            .WithSummary("Import data from CSV (period,numerator,denominator) or XLSX; all or nothing; periods in the file are replaced, others kept");

        measures.MapGet("/{id:int}/values.csv", async Task<Results<FileContentHttpResult, NotFound>> (int id, MeasureQueries queries, CancellationToken ct) =>
        {
            if (await queries.FindAsync(id, ct) is not { } m) return TypedResults.NotFound();
            using var text = new StringWriter(CultureInfo.InvariantCulture);
            MeasureValuesCsv.Write(m, m.Values, text);
            return TypedResults.File(Encoding.UTF8.GetBytes(text.ToString()), "text/csv", FileName(m, "data.csv"));
        }).WithSummary("The measure's data as CSV (importable again)").ServedFromReplica();
        measures.MapGet("/{id:int}/values.xlsx", async Task<Results<FileContentHttpResult, NotFound>> (int id, MeasureQueries queries, CancellationToken ct) =>
            await queries.FindAsync(id, ct) is { } m
                ? TypedResults.File(MeasureValuesXlsx.Write(m, m.Values), MeasureValuesXlsx.ContentType, FileName(m, "data.xlsx"))
                : TypedResults.NotFound())
            .WithSummary("The measure's data as an Excel workbook (importable again)").ServedFromReplica();

        measures.MapGet("/{id:int}/chart", async Task<Results<ContentHttpResult, NotFound>> (int id, MeasureQueries queries, CancellationToken ct) =>
        {
            if (await queries.FindAsync(id, ct) is not { } m) return TypedResults.NotFound();
            var json = MeasureChartJson.Build(m, MeasureAnalysis.Analyse(m, m.Values));
            return TypedResults.Text(json.ToJsonString(), "application/json");
        }).WithSummary("The SPC chart: the contract's points and parts, plus the Making Data Count icons and each signal explained")
            .ServedFromReplica();
        measures.MapGet("/{id:int}/chart.svg", async Task<Results<FileContentHttpResult, NotFound>> (int id, MeasureQueries queries, CancellationToken ct) =>
        {
            if (await queries.FindAsync(id, ct) is not { } m || MeasureAnalysis.Analyse(m, m.Values).Chart is not { } chart) return TypedResults.NotFound();
            return ChartDownloads.Svg(MeasureChartSvg.Full(m, chart), FileName(m, "chart.svg"));
        }).WithSummary("The chart as SVG; 404 while the measure has too little data for a chart").ServedFromReplica();
        measures.MapGet("/{id:int}/chart.png", ChartPngAsync)
            .WithSummary("The chart as PNG, drawn on the server at twice the SVG's size; 404 while the measure has too little data for a chart")
            .ServedFromReplica();
        measures.MapGet("/{id:int}/chart.csv", async Task<Results<FileContentHttpResult, NotFound>> (int id, MeasureQueries queries, CancellationToken ct) =>
        {
            if (await queries.FindAsync(id, ct) is not { } m || MeasureAnalysis.Analyse(m, m.Values).Chart is not { } chart) return TypedResults.NotFound();
            using var text = new StringWriter(CultureInfo.InvariantCulture);
            MeasureChartCsv.Write(m, chart, text);
            return TypedResults.File(Encoding.UTF8.GetBytes(text.ToString()), "text/csv", FileName(m, "chart.csv"));
        }).WithSummary("The chart's numbers as CSV: value, centre, limits and signals per period");

        measures.MapGet("/{id:int}/fhir", async Task<Results<ContentHttpResult, NotFound>> (int id, MeasureQueries queries, CancellationToken ct) =>
        {
            if (await queries.FindAsync(id, ct) is not { } m) return TypedResults.NotFound();
            var context = new MeasureFhirExport.Context(await queries.OwnerNameAsync(m, ct), await queries.OrganisationNameAsync(ct), DateTimeOffset.UtcNow);
            return TypedResults.Text(MeasureFhirExport.ToJson(m, m.Values, context), MeasureFhirExport.ContentType);
        }).WithSummary("FHIR R4 Bundle (collection): the Measure and one summary MeasureReport per period");
        return api;
    }

    private static async Task<Results<Ok<ImportResult>, ProblemHttpResult, NotFound>> Import(
        int id, HttpRequest request, LearningLoopDbContext db, MeasureValuesImport import, ImportLimits limits, CancellationToken ct)
    {
        var measure = await db.Measures.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, ct);
        if (measure is null) return TypedResults.NotFound();
        await using var body = await ImportBody.ReadAsync(request, limits, ct);
        if (body is null) return ImportBody.TooLarge(limits);
        ImportResult result;
        if (request.ContentType?.StartsWith(MeasureValuesXlsx.ContentType, StringComparison.OrdinalIgnoreCase) == true)
        {
            result = await import.ImportXlsxAsync(measure, body, ct);
        }
        else
        {
            using var reader = new StreamReader(body, Encoding.UTF8);
            result = await import.ImportCsvAsync(measure, reader, ct);
        }
        return result.Succeeded ? TypedResults.Ok(result) : ImportBody.Refused(result);
    }

    private static async Task<Results<Ok<MeasureDto>, Created<MeasureDto>, ValidationProblem, NotFound>> Save(MeasureForm form, int? id, MeasureEditor edit, MeasureQueries queries, CancellationToken ct)
    {
        var outcome = await edit.SaveAsync(form, id, ct);
        if (outcome.NotFound) return TypedResults.NotFound();
        if (!outcome.Succeeded) return TypedResults.ValidationProblem(outcome.Errors);
        var saved = (await queries.FindAsync(outcome.Entity!.Id, ct))!;
        var dto = MeasureDto.From(saved, await queries.OwnerNameAsync(saved, ct));
        return id is null ? TypedResults.Created($"/api/v1/measures/{dto.Id}", dto) : TypedResults.Ok(dto);
    }

    private static List<MeasureValueDto> Values(Measure m) => m.Values.OrderBy(v => v.Period).ThenBy(v => v.Id)
        .Select(v => new MeasureValueDto(MeasurePeriods.Label(v.Period, m.Frequency), v.Numerator, v.Denominator, MeasureValues.Charted(m, v))).ToList();

    public static async Task<Results<FileContentHttpResult, NotFound>> ChartPngAsync(int id, MeasureQueries queries, CancellationToken ct) =>
        await queries.FindAsync(id, ct) is { } m && MeasureAnalysis.Analyse(m, m.Values).Chart is { } chart
            ? ChartDownloads.Png(MeasureChartSvg.Full(m, chart), FileName(m, "chart.png"))
            : TypedResults.NotFound();

    /// <summary>"4-west-falls-per-1-000-bed-days-data.csv": readable, and safe in any file system.</summary>
    public static string FileName(Measure m, string suffix)
    {
        var owner = m.Unit?.Name ?? m.Division?.Name ?? "organisation";
        var slug = new string($"{owner} {m.Name}".ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray());
        while (slug.Contains("--", StringComparison.Ordinal)) slug = slug.Replace("--", "-", StringComparison.Ordinal);
        return $"{slug.Trim('-')}-{suffix}";
    }
}
