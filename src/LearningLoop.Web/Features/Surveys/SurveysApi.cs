using LearningLoop.Core.Access;
using System.Globalization;
using System.Text;
using LearningLoop.Core.Exports;
using LearningLoop.Core.Imports;
using LearningLoop.Core.Persistence;
using LearningLoop.Core.Surveys;
using LearningLoop.Web.Components.Charts;
using LearningLoop.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Hl7.Fhir.Serialization;
using Microsoft.EntityFrameworkCore;

namespace LearningLoop.Web.Features.Surveys;

/// <summary><c>/api/v1/surveys</c>: instruments, waves, distribution, response rates and relational coordination results
/// of the caller's organisation. Results are aggregates, suppressed below the minimum cell size, and only of closed waves
/// (<see cref="ClosedWaveResults"/>: 409 while a wave is open); nothing returned ties an answer to a person, a link or a time. Respondents answer through the anonymous pages (<c>/s</c>, <c>/k/{code}</c>), not here.</summary>
public static class SurveysApi
{
    private const string FhirJson = "application/fhir+json";

    public static RouteGroupBuilder MapSurveysApi(this RouteGroupBuilder api)
    {
        var read = api.MapGroup("/surveys").WithTags("Surveys").RequireAuthorization(SurveysFeature.Analyst);
        var organise = api.MapGroup("/surveys").WithTags("Surveys").RequireAuthorization(SurveysFeature.Organiser);

        read.MapGet("/instruments", async (WaveEditor editor, CancellationToken ct) =>
            TypedResults.Ok((await editor.InstrumentsAsync(ct)).Select(Instrument).ToList()))
            .WithSummary("Instruments (the built-in relational coordination survey is added on first use)");

        read.MapGet("/instruments/{id:int}/fhir", async Task<Results<ContentHttpResult, NotFound>> (int id, int? version, LearningLoopDbContext db, CancellationToken ct) =>
        {
            var instrument = await db.Instruments.AsNoTracking().Include(i => i.Versions).FirstOrDefaultAsync(i => i.Id == id, ct);
            var chosen = version is { } n ? instrument?.Versions.FirstOrDefault(v => v.Number == n) : instrument?.Latest;
            return chosen is null ? TypedResults.NotFound() : TypedResults.Content(FhirQuestionnaires.Export(instrument!, chosen).ToJson(pretty: true), FhirJson);
        }).WithSummary("The instrument (latest version, or ?version=n) as a FHIR R4 Questionnaire");
        organise.MapPost("/instruments/fhir", async Task<Results<Created<InstrumentDto>, ProblemHttpResult>> (
            HttpRequest request, InstrumentImport import, ImportLimits limits, CancellationToken ct) =>
        {
            await using var stream = await ImportBody.ReadAsync(request, limits, ct);
            if (stream is null) return ImportBody.TooLarge(limits);
            using var body = new StreamReader(stream);
            var outcome = await import.ImportAsync(await body.ReadToEndAsync(ct), ct);
            return outcome.Instrument is { } instrument
                ? TypedResults.Created($"/api/v1/surveys/instruments/{instrument.Id}", Instrument(instrument))
                : TypedResults.Problem(title: "The Questionnaire was not imported", detail: $"{outcome.Errors.Count + outcome.ErrorsNotListed} problem(s); nothing was stored.",
                    statusCode: StatusCodes.Status422UnprocessableEntity,
                    extensions: new Dictionary<string, object?> { ["errors"] = outcome.Errors, ["errorsNotListed"] = outcome.ErrorsNotListed });
        }).Accepts<string>(FhirJson).WithSummary("Import a FHIR R4 Questionnaire: a new instrument, or a new version of the one with the same key");

        read.MapGet("/waves", async (LearningLoopDbContext db, TimeProvider clock, CancellationToken ct) =>
        {
            var waves = await Waves(db).OrderByDescending(w => w.Opens).ToListAsync(ct);
            return TypedResults.Ok(waves.Select(w => Wave(w, Today(clock))).ToList());
        }).WithSummary("Survey waves, latest first");
        read.MapGet("/waves/{id:int}", async Task<Results<Ok<WaveDto>, NotFound>> (int id, LearningLoopDbContext db, TimeProvider clock, CancellationToken ct) =>
            await Waves(db).FirstOrDefaultAsync(w => w.Id == id, ct) is { } wave ? TypedResults.Ok(Wave(wave, Today(clock))) : TypedResults.NotFound())
            .WithSummary("One wave; 404 when it does not exist or belongs to another organisation");
        organise.MapPost("/waves", async Task<Results<Created<WaveDto>, ValidationProblem>> (WaveForm form, WaveEditor editor, LearningLoopDbContext db, TimeProvider clock, CancellationToken ct) =>
        {
            var outcome = await editor.CreateAsync(form, ct);
            if (!outcome.Succeeded) return TypedResults.ValidationProblem(outcome.Errors);
            var wave = await Waves(db).FirstAsync(w => w.Id == outcome.Entity!.Id, ct);
            return TypedResults.Created($"/api/v1/surveys/waves/{wave.Id}", Wave(wave, Today(clock)));
        }).WithSummary("Create a wave (administrators and improvement leads)");
        organise.MapGet("/waves/{id:int}/translations", TranslationsAsync)
            .WithSummary("The wave's focal work process and workgroup names in French and Spanish, and which are still missing");
        organise.MapPut("/waves/{id:int}/translations", SaveTranslationsAsync)
            .WithSummary("Replace the wave's translations: [{ language: fr|es, workgroupId (none for the focal work process), text }]");
        organise.MapPost("/waves/{id:int}/links", MakeLinksAsync)
            .WithSummary("Make single-use anonymous links (shown once, never stored), on the configured public address");
        organise.MapPost("/waves/{id:int}/invitations", (int id, Invitations invitations, PublicAddress address, CancellationToken ct) =>
            Mail(address, a => invitations.SendAsync(id, a, ct)))
            .WithSummary("E-mail a single-use link to everyone in the wave's population not yet invited");
        organise.MapPost("/waves/{id:int}/reminders", (int id, Invitations invitations, PublicAddress address, CancellationToken ct) =>
            Mail(address, a => invitations.RemindAsync(id, a, ct)))
            .WithSummary("E-mail a reminder (without a link) to everyone invited");
        organise.MapPost("/waves/{id:int}/close", async Task<Results<NoContent, NotFound>> (int id, WaveEditor editor, CancellationToken ct) =>
            await editor.CloseAsync(id, ct) ? TypedResults.NoContent() : TypedResults.NotFound())
            .WithSummary("Close a wave now: its links stop working and unsubmitted drafts are deleted");

        read.MapGet("/waves/{id:int}/response-rates", async Task<Results<Ok<ResponseRatesDto>, NotFound>> (int id, ResponseRates rates, CancellationToken ct) =>
            await rates.ForWaveAsync(id, ct) is { } report ? TypedResults.Ok(SurveyDtoMapping.Rates(report)) : TypedResults.NotFound())
            .WithSummary("Response counts and rates by unit and by workgroup, at any time: a count that could give a small group away is null");
        read.MapGet("/waves/{id:int}/results", async Task<Results<Ok<RcResultsDto>, NotFound>> (int id, double? moderate, double? strong, RcReports reports, SurveyOptions options, CancellationToken ct) =>
            await reports.WaveAsync(id, SurveyBands.From(options, moderate, strong), ct) is { } report ? TypedResults.Ok(SurveyDtoMapping.Results(report)) : TypedResults.NotFound())
            .RequireClosedWave().ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Relational coordination of a closed wave: heat map cells, workgroups, dimensions, weakest ties (suppressed below the minimum cell size)")
            .ServedFromReplica();
        read.MapGet("/waves/{id:int}/results.csv", async Task<Results<FileContentHttpResult, NotFound>> (int id, RcReports reports, SurveyOptions options, CancellationToken ct) =>
            await reports.WaveAsync(id, SurveyBands.From(options), ct) is { } report
                ? TypedResults.File(Encoding.UTF8.GetBytes(Csv(report)), "text/csv", $"rc-wave-{id}.csv")
                : TypedResults.NotFound())
            .RequireClosedWave().ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("The heat map's cells of a closed wave as CSV: from,to,n,score,band,suppressed").ServedFromReplica();
        read.MapGet("/waves/{id:int}/change", async Task<Results<Ok<RcChangeDto>, NotFound>> (int id, RcReports reports, SurveyOptions options, CancellationToken ct) =>
            await reports.ChangeAsync(id, SurveyBands.From(options), ct) is { } report ? TypedResults.Ok(SurveyDtoMapping.Change(report)) : TypedResults.NotFound())
            .RequireClosedWave().ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("The closed wave's series (closed waves on the same units) with the change between consecutive waves and its 95% CI")
            .ServedFromReplica();
        read.MapGet("/waves/{id:int}/responses.fhir", async Task<Results<ContentHttpResult, NotFound>> (int id, FhirResponseExport export, CancellationToken ct) =>
            await export.ForWaveAsync(id, ct) is { } result ? TypedResults.Content(result.Bundle.ToJson(pretty: true), FhirJson) : TypedResults.NotFound())
            .RequireClosedWave().ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("A closed wave's responses as a FHIR Bundle of QuestionnaireResponses: no identifiers, no times, small workgroups left out")
            .ServedFromReplica();
        read.MapRcChartDownloads();
        return api;
    }

    private static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    private static IQueryable<Wave> Waves(LearningLoopDbContext db) =>
        db.Waves.AsNoTracking().Include(w => w.InstrumentVersion).ThenInclude(v => v!.Instrument);

    private static WaveDto Wave(Wave w, DateOnly today) => new(w.Id, w.Name, w.InstrumentVersion!.InstrumentId, w.InstrumentVersion.Instrument!.Name,
        w.Opens, w.LastDay, w.StateOn(today), w.FocalWorkProcess, w.Distribution, w.Units.Select(u => u.UnitId).ToList(),
        w.WorkgroupIdsInOrder.ToList(), w.KioskCode is null ? null : "/k/" + w.KioskCode, w.Translations);

    private static InstrumentDto Instrument(Instrument i)
    {
        var latest = i.Latest!;
        return new InstrumentDto(i.Id, i.Key, i.Name, i.Kind, i.BuiltIn, latest.Number, latest.Texts.Select(t => t.Language).ToList(),
            latest.Items.OrderBy(x => x.Position).Select(x => new ItemDto(x.Key, x.Kind, x.ScaleMin, x.ScaleMax, x.ReverseCoded, x.TextFor(SurveyLanguages.Default).Text)).ToList());
    }

    public static async Task<Results<Ok<WaveTranslationsDto>, NotFound>> TranslationsAsync(
        int id, LearningLoopDbContext db, CancellationToken ct) =>
        await TranslationsOf(id, db, ct) is { } dto ? TypedResults.Ok(dto) : TypedResults.NotFound();

    public static async Task<Results<Ok<WaveTranslationsDto>, ValidationProblem, NotFound>> SaveTranslationsAsync(
        int id, WaveTranslationsRequest request, WaveEditor editor, LearningLoopDbContext db, CancellationToken ct)
    {
        var outcome = await editor.SaveTranslationsAsync(id, request.Translations ?? [], ct);
        if (outcome.NotFound) return TypedResults.NotFound();
        if (!outcome.Succeeded) return TypedResults.ValidationProblem(outcome.Errors);
        return TypedResults.Ok((await TranslationsOf(id, db, ct))!);
    }

    private static async Task<WaveTranslationsDto?> TranslationsOf(int id, LearningLoopDbContext db, CancellationToken ct)
    {
        var wave = await db.Waves.AsNoTracking().FirstOrDefaultAsync(w => w.Id == id, ct);
        if (wave is null) return null;
        var workgroups = await WaveWorkgroups.InOrderAsync(db, wave, ct);
        return new WaveTranslationsDto(wave.Id, wave.Translations, WaveTexts.Missing(wave, workgroups));
    }

    /// <summary>Links are built on the configured public address, never on the request's Host header.</summary>
    public static async Task<Results<Ok<LinksDto>, NotFound, ProblemHttpResult>> MakeLinksAsync(
        int id, LinkRequest request, WaveEditor editor, PublicAddress address, CancellationToken ct)
    {
        if (address.Problem is not null) return NoAddress(address, "No links were made");
        var (tokens, problem) = await editor.LinksAsync(id, request.Count, ct);
        if (tokens is null) return TypedResults.NotFound();
        if (problem is not null) return TypedResults.Problem(title: "No links were made", detail: problem, statusCode: StatusCodes.Status422UnprocessableEntity);
        return TypedResults.Ok(new LinksDto(id, tokens.Select(t => address.Link("/s#" + t)).ToList()));
    }

    private static ProblemHttpResult NoAddress(PublicAddress address, string title) =>
        TypedResults.Problem(title: title, detail: address.Problem, statusCode: StatusCodes.Status422UnprocessableEntity,
            extensions: new Dictionary<string, object?> { ["setting"] = PublicAddress.EnvironmentVariable });

    private static async Task<Results<Ok<Invitations.Result>, NotFound, ProblemHttpResult>> Mail(PublicAddress address, Func<string, Task<Invitations.Result?>> send)
    {
        if (address.BaseUrl is not { } baseUrl) return NoAddress(address, "Nothing was sent");
        var result = await send(baseUrl);
        if (result is null) return TypedResults.NotFound();
        return result.Succeeded ? TypedResults.Ok(result) : TypedResults.Problem(title: "Nothing was sent", detail: result.Message, statusCode: StatusCodes.Status422UnprocessableEntity);
    }

    private static string Csv(RcWaveReport report)
    {
        var csv = new StringBuilder("from,to,n,score,band,suppressed\n");
        foreach (var from in report.Workgroups)
        {
            foreach (var to in report.Workgroups)
            {
                var cell = SurveyDtoMapping.Cell(report.CellOf(from, to), report.Bands);
                csv.Append(CultureInfo.InvariantCulture, $"{SpreadsheetText.CsvField(from.Key)},{SpreadsheetText.CsvField(to.Key)},{cell.N},{(cell.Score is { } s ? s.ToString("R", CultureInfo.InvariantCulture) : "")},{(cell.Band is { } b ? RcChartText.Band(b) : "")},{(cell.Suppressed ? "true" : "false")}\n");
            }
        }
        return csv.ToString();
    }
}
