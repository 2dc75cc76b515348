using System.Globalization;
using System.Text;
using LearningLoop.Core.Audit;
using LearningLoop.Core.Exports;
using LearningLoop.Core.Persistence;
using LearningLoop.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace LearningLoop.Web.Features.Audit;

/// <summary>The audit trail, for administrators only: <c>GET /api/v1/audit</c> (newest first, paged) and
/// <c>GET /api/v1/audit.csv</c> (every entry, formula-safe like every export).</summary>
public static class AuditApi
{
    public sealed record AuditEntryDto(long Id, DateTime AtUtc, string Actor, string Entity, string EntityKey, string Action, string Changes);

    public static RouteGroupBuilder MapAuditApi(this RouteGroupBuilder api)
    {
        var audit = api.MapGroup("").WithTags("Audit").RequireAuthorization(Policies.Administrator);
        audit.MapGet("/audit", List).WithSummary("Who changed what and when, newest first (?skip, ?take up to 500, ?entity=Initiative)");
        audit.MapGet("/audit.csv", Csv).WithSummary("The whole audit trail as CSV");
        return api;
    }

    public static IQueryable<AuditEntry> Newest(LearningLoopDbContext db, string? entity) =>
        db.AuditEntries.AsNoTracking().Where(e => entity == null || e.Entity == entity).OrderByDescending(e => e.Id);

    public static async Task<Ok<List<AuditEntryDto>>> List(LearningLoopDbContext db, string? entity, int? skip, int? take, CancellationToken ct) =>
        TypedResults.Ok(await Newest(db, entity).Skip(Math.Max(0, skip ?? 0)).Take(Math.Clamp(take ?? 100, 1, 500))
            .Select(e => new AuditEntryDto(e.Id, e.AtUtc, e.Actor, e.Entity, e.EntityKey, e.Action, e.Changes)).ToListAsync(ct));

    public static async Task<FileContentHttpResult> Csv(LearningLoopDbContext db, CancellationToken ct)
    {
        var csv = new StringBuilder("id,at_utc,actor,entity,key,action,changes\n");
        await foreach (var e in Newest(db, null).AsAsyncEnumerable().WithCancellation(ct))
        {
            csv.Append(CultureInfo.InvariantCulture, $"{e.Id},{e.AtUtc:yyyy-MM-ddTHH:mm:ssZ},{SpreadsheetText.CsvField(e.Actor)},{SpreadsheetText.CsvField(e.Entity)},")
                .Append(CultureInfo.InvariantCulture, $"{SpreadsheetText.CsvField(e.EntityKey)},{e.Action},{SpreadsheetText.CsvField(e.Changes)}\n");
        }
        return TypedResults.File(Encoding.UTF8.GetBytes(csv.ToString()), "text/csv", "audit.csv");
    }
}
