using System.Security.Claims;
using LearningLoop.Core.Imports;
using LearningLoop.Core.Persistence;
using LearningLoop.Core.Safety;
using LearningLoop.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace LearningLoop.Web.Features.Safety;

/// <summary><c>/api/v1/safety</c>: reports (any member), triage (reviewers), receipts, event types and patient days.
/// Rates and benchmarks are in <see cref="SafetyRatesApi"/>.</summary>
public static class SafetyApi
{
    public sealed record ReportBody(int? UnitId, int? EventTypeId, DateOnly? OccurredOn, string? Description, ClassOfConcern? Concern,
        HarmLevel? Harm, NccMerpCategory? MedicationCategory, ContributingFactors[]? Factors, string? ImmediateActions, bool Anonymous)
    {
        public SafetyEventForm ToForm() => new()
        {
            UnitId = UnitId, EventTypeId = EventTypeId, OccurredOn = OccurredOn, Description = Description ?? "", Concern = Concern, Harm = Harm,
            MedicationCategory = MedicationCategory, Factors = Factors ?? [], ImmediateActions = ImmediateActions, Anonymous = Anonymous,
        };
    }

    public sealed record EventTypeBody(string Key, string Name, bool Medication, bool Active = true);

    public static RouteGroupBuilder MapSafetyApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var safety = api.MapGroup("/safety").WithTags("Safety").RequireAuthorization(Policies.Colleague); // staff work: not for patient partners
        safety.MapPost("/events", Report).WithName("ReportSafetyEvent").RequireRateLimiting(ClientRateLimits.EventReport)
            .WithSummary("Report a safety event; anonymous reports keep no user and no time finer than the day. Answers the receipt code once");
        safety.MapGet("/events", ListEvents).RequireAuthorization(SafetyFeature.Reviewer)
            .WithSummary("Reports for triage, newest first (managers, improvement leads, administrators)");
        safety.MapGet("/events/{id:guid}", GetEvent).RequireAuthorization(SafetyFeature.Reviewer).WithSummary("One report");
        safety.MapPut("/events/{id:guid}/triage", Triage).RequireAuthorization(SafetyFeature.Reviewer)
            .WithSummary("Move a report through triage (New, UnderReview, ActionPlanned, Closed) and link what was learned");
        safety.MapPost("/receipts", FollowReceipt)
            .WithSummary("What became of a report, from its receipt code (posted, so that no address or log holds it)");
        safety.MapGet("/event-types", EventTypes).WithSummary("The organisation's event types");
        safety.MapPut("/event-types", SaveEventType).RequireAuthorization(Policies.Administrator)
            .WithSummary("Add an event type, or rename, retire or restore one (by key)");
        safety.MapGet("/patient-days", PatientDaysOf).WithSummary("Patient days per unit and day");
        safety.MapPut("/patient-days", EnterPatientDays).RequireAuthorization(SafetyFeature.Reviewer)
            .WithSummary("Enter patient days (each unit's day replaced, all or nothing)");
        safety.MapPost("/patient-days/csv", ImportPatientDaysCsv).RequireAuthorization(SafetyFeature.Reviewer)
            .Accepts<string>("text/csv").WithSummary("Import patient days from CSV (unit,date,patientDays): all or nothing, bad rows named");
        safety.MapPost("/patient-days/fhir", ImportPatientDaysFhir).RequireAuthorization(SafetyFeature.ScriptReviewer).DisableAntiforgery()
            .WithSummary("Import patient days from FHIR R4 bulk NDJSON Encounters (multipart: 'encounters' NDJSON, 'locations' CSV location,unit; "
                + "'until' and 'timeZone' optional): the midnight census of `learningloop census`, one transaction, skipped lines and unmapped "
                + "locations listed. API keys only");
        return api;
    }

    public static async Task<Results<Created<ReportedDto>, ValidationProblem>> Report(
        ReportBody body, ClaimsPrincipal user, SafetyEventEditor editor, CancellationToken ct)
    {
        var outcome = await editor.ReportAsync(body.ToForm(), user.FindFirstValue(ClaimTypes.NameIdentifier), ct);
        if (!outcome.Succeeded) return TypedResults.ValidationProblem(outcome.Errors);
        var (report, code) = outcome.Entity!;
        // The location is the receipts endpoint, not the report: the reporter follows it by code, not by id.
        return TypedResults.Created("/api/v1/safety/receipts", new ReportedDto(report.Id, code, report.ReportedOn, report.Anonymous));
    }

    public static async Task<Ok<List<SafetyEventDto>>> ListEvents(TriageStatus? status, int? unitId, SafetyQueries queries, CancellationToken ct) =>
        TypedResults.Ok(await queries.EventsAsync(status, unitId, ct: ct));

    public static async Task<Results<Ok<SafetyEventDto>, NotFound>> GetEvent(Guid id, SafetyQueries queries, CancellationToken ct) =>
        (await queries.EventsAsync(null, null, id, ct)) is [var one] ? TypedResults.Ok(one) : TypedResults.NotFound();

    public static async Task<Results<Ok<SafetyEventDto>, ValidationProblem, NotFound>> Triage(
        Guid id, TriageForm form, SafetyEventEditor editor, SafetyQueries queries, CancellationToken ct)
    {
        var outcome = await editor.TriageAsync(id, form, ct);
        if (outcome.NotFound) return TypedResults.NotFound();
        if (!outcome.Succeeded) return TypedResults.ValidationProblem(outcome.Errors);
        return TypedResults.Ok((await queries.EventsAsync(null, null, id, ct))[0]);
    }

    public static async Task<Results<Ok<ReceiptDto>, NotFound, ValidationProblem>> FollowReceipt(ReceiptForm form, SafetyQueries queries, CancellationToken ct)
    {
        if (ReceiptCode.Normalise(form.Code) is null)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["Code"] = [$"A receipt code has {ReceiptCode.Length} letters and digits, e.g. ABCDE-12345-FGHJK-67890."] });
        return await queries.ReceiptAsync(form.Code, ct) is { } receipt ? TypedResults.Ok(receipt) : TypedResults.NotFound();
    }

    public static async Task<Ok<List<EventTypeDto>>> EventTypes(bool? all, SafetyEventEditor editor, CancellationToken ct) =>
        TypedResults.Ok((await editor.TypesAsync(all != true, ct)).Select(t => new EventTypeDto(t.Id, t.Key, t.Name, t.Medication, t.Active)).ToList());

    public static async Task<Results<Ok<EventTypeDto>, ValidationProblem>> SaveEventType(EventTypeBody body, SafetyEventEditor editor, CancellationToken ct)
    {
        var outcome = await editor.SaveTypeAsync(body.Key, body.Name, body.Medication, body.Active, ct);
        if (!outcome.Succeeded) return TypedResults.ValidationProblem(outcome.Errors);
        var t = outcome.Entity!;
        return TypedResults.Ok(new EventTypeDto(t.Id, t.Key, t.Name, t.Medication, t.Active));
    }

    public static async Task<Results<Ok<List<PatientDayDto>>, NotFound>> PatientDaysOf(
        int? unitId, DateOnly? from, DateOnly? to, LearningLoopDbContext db, CancellationToken ct)
    {
        var query = db.PatientDays.AsQueryable();
        if (unitId is { } u) query = query.Where(p => p.UnitId == u);
        if (from is { } f) query = query.Where(p => p.Date >= f);
        if (to is { } t) query = query.Where(p => p.Date <= t);
        var days = await query.OrderBy(p => p.UnitId).ThenBy(p => p.Date).Select(p => new PatientDayDto(p.UnitId, p.Date, p.Days)).ToListAsync(ct);
        return TypedResults.Ok(days);
    }

    public static async Task<Results<Ok<ImportResult>, ValidationProblem>> EnterPatientDays(
        List<PatientDayDto> days, PatientDays store, LearningLoopDbContext db, CancellationToken ct)
    {
        var units = (await db.Units.Select(u => u.Id).ToListAsync(ct)).ToHashSet();
        var errors = new Dictionary<string, string[]>();
        for (var i = 0; i < days.Count; i++)
        {
            if (!units.Contains(days[i].UnitId)) errors[$"[{i}].UnitId"] = [$"There is no unit {days[i].UnitId} in this organisation."];
            if (days[i].PatientDays < 0) errors[$"[{i}].PatientDays"] = ["Patient days are a whole number of zero or more."];
        }
        if (days.GroupBy(d => (d.UnitId, d.Date)).FirstOrDefault(g => g.Count() > 1) is { } twice)
            errors["Date"] = [$"Unit {twice.Key.UnitId} on {twice.Key.Date:yyyy-MM-dd} is given twice."];
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);
        return TypedResults.Ok(await store.StoreAsync(days.Select(d => new PatientDays.Entry(d.UnitId, d.Date, d.PatientDays)).ToList(), PatientDaySource.Entered, ct: ct));
    }

    public static async Task<Results<Ok<ImportResult>, ProblemHttpResult>> ImportPatientDaysCsv(HttpRequest request, PatientDays store, CancellationToken ct)
    {
        // Read whole first: the CSV reader is synchronous and Kestrel refuses synchronous reads; a file of days is small.
        using var body = new StreamReader(request.Body);
        using var reader = new StringReader(await body.ReadToEndAsync(ct));
        var result = await store.ImportCsvAsync(reader, ct);
        return result.Succeeded ? TypedResults.Ok(result) : Refused(result.Errors);
    }

    public static async Task<Results<Ok<FhirCensusImport>, ProblemHttpResult, ValidationProblem>> ImportPatientDaysFhir(
        HttpRequest request, PatientDaysFhirImport import, CancellationToken ct)
    {
        if (!request.HasFormContentType)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["encounters"] = ["Send multipart/form-data with the parts 'encounters' and 'locations'."] });
        // ASP.NET Core buffers large parts to temporary files: memory stays bounded whatever the file's size.
        var form = await request.ReadFormAsync(ct);
        var errors = new Dictionary<string, string[]>();
        if (form.Files["encounters"] is not { Length: > 0 } encounters) errors["encounters"] = ["Attach the NDJSON file of Encounter resources as 'encounters'."];
        if (form.Files["locations"] is not { Length: > 0 } locations) errors["locations"] = ["Attach the location map (CSV location,unit) as 'locations'."];
        var (options, optionErrors) = CensusRequest.Options(form["until"], form["timeZone"]);
        foreach (var (field, messages) in optionErrors) errors[field] = messages;
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);
        await using var ndjson = form.Files["encounters"]!.OpenReadStream();
        using var map = new StreamReader(form.Files["locations"]!.OpenReadStream());
        var result = await import.ImportAsync(ndjson, map, options!, ct);
        return result.Stored.Succeeded ? TypedResults.Ok(result) : Refused(result.Stored.Errors);
    }

    /// <summary>A refused file, as every import of the API answers it (docs/api.md): 422 with every bad row in
    /// <c>errors</c>, by line and column; nothing stored.</summary>
    public static ProblemHttpResult Refused(IReadOnlyList<ImportError> errors) => TypedResults.Problem(
        title: "The file was not imported", detail: $"{errors.Count} problem(s); nothing was stored. First: {errors[0]}",
        statusCode: StatusCodes.Status422UnprocessableEntity, extensions: new Dictionary<string, object?> { ["errors"] = errors });
}
