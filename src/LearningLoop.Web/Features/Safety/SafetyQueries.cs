using LearningLoop.Core.Persistence;
using LearningLoop.Core.Safety;
using Microsoft.EntityFrameworkCore;

namespace LearningLoop.Web.Features.Safety;

/// <summary>The reads the safety pages and API share.</summary>
public sealed class SafetyQueries(LearningLoopDbContext db)
{
    public async Task<List<SafetyEventDto>> EventsAsync(TriageStatus? status, int? unitId, Guid? id = null, CancellationToken ct = default)
    {
        var query = db.SafetyEvents.AsNoTracking().Include(e => e.Unit).Include(e => e.EventType).AsQueryable();
        if (status is { } s) query = query.Where(e => e.Status == s);
        if (unitId is { } u) query = query.Where(e => e.UnitId == u);
        if (id is { } one) query = query.Where(e => e.Id == one);
        var events = await query.OrderByDescending(e => e.ReportedOn).ThenByDescending(e => e.OccurredOn).Take(500).ToListAsync(ct);
        var reporterIds = events.Where(e => e.ReporterUserId is not null).Select(e => e.ReporterUserId!).Distinct().ToList();
        var names = await db.Users.Where(u => reporterIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName.Length > 0 ? u.DisplayName : u.Email ?? "", ct);
        return events.Select(e => new SafetyEventDto(e.Id, e.UnitId, e.Unit!.Name, e.EventTypeId, e.EventType!.Name, e.OccurredOn, e.ReportedOn,
            e.Description, e.Concern, e.Harm, e.MedicationCategory, SafetyLabels.Split(e.Factors), e.ImmediateActions, e.Anonymous,
            e.ReporterUserId is { } r ? names.GetValueOrDefault(r, "") : null, e.Status, e.StatusChangedOn, e.Feedback, e.TriageNotes,
            e.LessonId, e.InitiativeId)).ToList();
    }

    /// <summary>The report a receipt code belongs to, in the caller's organisation; null for a code nobody was given.</summary>
    public async Task<ReceiptDto?> ReceiptAsync(string? code, CancellationToken ct = default)
    {
        if (ReceiptCode.Hash(code) is not { } hash) return null;
        var e = await db.SafetyEvents.AsNoTracking().Include(x => x.Unit).Include(x => x.EventType).FirstOrDefaultAsync(x => x.ReceiptHash == hash, ct);
        if (e is null) return null;
        var lesson = e.LessonId is { } l ? await db.Lessons.Where(x => x.Id == l).Select(x => new LinkDto(x.Id, x.Title, "/lessons/" + x.Id)).FirstOrDefaultAsync(ct) : null;
        var initiative = e.InitiativeId is { } i
            ? await db.Initiatives.Where(x => x.Id == i).Select(x => new LinkDto(x.Id, x.Title, "/initiatives/" + x.Id)).FirstOrDefaultAsync(ct) : null;
        return new ReceiptDto(e.ReportedOn, e.OccurredOn, e.Unit!.Name, e.EventType!.Name, e.Concern, e.Status, e.StatusChangedOn, e.Feedback, lesson, initiative);
    }

    /// <summary>The units a rate covers: one unit, a division's units, or (neither given) the whole organisation. Null
    /// when the unit or division is not in the caller's organisation.</summary>
    public async Task<(string Name, List<int> UnitIds)?> ScopeAsync(int? unitId, int? divisionId, CancellationToken ct = default)
    {
        if (unitId is { } u)
        {
            var unit = await db.Units.AsNoTracking().FirstOrDefaultAsync(x => x.Id == u, ct);
            return unit is null ? null : (unit.Name, [unit.Id]);
        }
        if (divisionId is { } d)
        {
            var division = await db.Divisions.AsNoTracking().Include(x => x.Units).FirstOrDefaultAsync(x => x.Id == d, ct);
            return division is null ? null : (division.Name, division.Units.Select(x => x.Id).ToList());
        }
        var name = await db.Organisations.AsNoTracking().Where(o => o.Id == db.Scope.OrganisationId).Select(o => o.Name).FirstOrDefaultAsync(ct);
        return (name ?? "Organisation", await db.Units.Select(x => x.Id).ToListAsync(ct));
    }

    public static MonthlyRateDto Dto(SafetyMonth m) => new(m.Month, m.PatientDays, m.Events, m.NearMisses, m.HarmEvents,
        Rate(m.Events, m.PatientDays), Rate(m.NearMisses, m.PatientDays), Rate(m.HarmEvents, m.PatientDays));

    private static double Rate(int count, long days) => Math.Round(count * SafetyRates.Per / days, 2);
}
