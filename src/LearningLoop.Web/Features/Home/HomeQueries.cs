using System.Globalization;
using System.Security.Claims;
using LearningLoop.Core.Access;
using LearningLoop.Core.Improvement;
using LearningLoop.Core.Measures;
using LearningLoop.Core.Persistence;
using LearningLoop.Core.Surveys;
using LearningLoop.Web.Features.Initiatives;
using LearningLoop.Web.Features.Partners;
using LearningLoop.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LearningLoop.Web.Features.Home;

/// <summary>Gathers a person's home: their initiatives and the cycles that are due, their units' measures with current
/// signals, open survey waves they run or may answer, and lessons from their units. Improvement leads and
/// administrators, who answer for every initiative, also see the initiatives whose cycles have stopped. Everyone sees the
/// next meetings of their initiatives; leads and sponsors see their initiatives where a stakeholder group diverges.</summary>
public sealed class HomeQueries(LearningLoopDbContext db, InitiativePortfolio portfolio, Alignment alignment, TimeProvider clock)
{
    /// <summary>How far ahead a cycle's end counts as due.</summary>
    private const int DueWithinDays = 7;

    /// <summary>Signals touching one of a measure's last this-many points are current; older ones are history.</summary>
    private const int CurrentPoints = 3;

    public async Task<HomeModel> LoadAsync(ClaimsPrincipal user, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        var account = await db.Users.AsNoTracking().Where(u => u.Id == userId)
            .Select(u => new { u.PersonId, u.PreviousSignInUtc, u.DisplayName }).FirstOrDefaultAsync(ct);
        var me = account?.PersonId ?? -1;
        var leads = InitiativeAccess.LeadsImprovement(user);
        var units = await db.PersonUnits.Where(pu => pu.PersonId == me).Select(pu => new { pu.UnitId, pu.Unit!.Name }).ToListAsync(ct);
        var unitIds = units.Select(u => u.UnitId).ToList();
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

        var roles = await MyRolesAsync(me, ct);
        // Only improvement leads watch the whole portfolio; everyone else needs the readings of their own initiatives.
        var rows = await portfolio.RowsAsync(new PortfolioFilter(InitiativeIds: leads ? null : roles.Keys.ToList()), ct);
        var mine = rows.Where(r => roles.ContainsKey(r.Id))
            .Select(r => new MyInitiative(r.Id, r.Title, r.Phase, roles[r.Id], r.Stale)).ToList();
        var attention = leads
            ? rows.Where(r => r.Stale && !roles.ContainsKey(r.Id)).Select(r => new MyInitiative(r.Id, r.Title, r.Phase, "", true)).ToList()
            : [];

        var mineIds = mine.Select(i => i.Id).ToList();
        var horizon = today.AddDays(DueWithinDays);
        var cycles = await db.PdsaCycles.AsNoTracking()
            .Where(c => mineIds.Contains(c.InitiativeId) && c.Decision == null && c.EndsOn != null && c.EndsOn <= horizon)
            .OrderBy(c => c.EndsOn)
            .Select(c => new { c.InitiativeId, Initiative = c.Initiative!.Title, c.Id, c.Number, c.Title, EndsOn = c.EndsOn!.Value })
            .Take(20).ToListAsync(ct);

        var waves = await db.Waves.AsNoTracking().Where(w => w.LinkKey != null && w.ClosedEarlyOn == null && w.Opens <= today && w.Closes >= today)
            .Select(w => new { w.Id, w.Name, w.Closes, w.KioskCode, Units = w.Units.Select(u => u.UnitId).ToList() }).ToListAsync(ct);
        var openWaves = waves
            .Select(w => new OpenWave(w.Id, w.Name, w.Closes, leads, w.Units.Any(unitIds.Contains), w.KioskCode is null ? null : "/k/" + w.KioskCode))
            .Where(w => w.Runs || w.MayAnswer).ToList();

        var lessons = await db.Lessons.AsNoTracking().Where(l => l.UnitId != null && unitIds.Contains(l.UnitId.Value))
            .OrderByDescending(l => l.RecordedOn).Take(5)
            .Select(l => new UnitLesson(l.Id, l.Title, l.Unit!.Name, l.RecordedOn)).ToListAsync(ct);

        var meetings = await db.EngagementMeetings.AsNoTracking().Where(m => mineIds.Contains(m.InitiativeId) && m.HeldOn >= today)
            .OrderBy(m => m.HeldOn).ThenBy(m => m.Id).Take(3)
            .Select(m => new NextMeeting(m.InitiativeId, m.Initiative!.Title, m.HeldOn, m.Title, m.Place)).ToListAsync(ct);
        var governed = mine.Where(i => i.MyRole is "Lead" or "Sponsor").ToList();
        var misaligned = await alignment.MisalignedAsync(governed.Select(i => i.Id).ToList(), ct);

        var isPartner = user.IsInRole(Roles.PatientPartner) && !leads && !user.IsInRole(Roles.Manager) && !user.IsInRole(Roles.Staff);
        var (signals, stopped) = isPartner ? ([], []) : await SignalsAsync(unitIds, leads, account?.PreviousSignInUtc, today, ct);
        return new HomeModel(account?.DisplayName ?? user.DisplayName(), isPartner, leads, account?.PreviousSignInUtc,
            units.Select(u => u.Name).Order(StringComparer.Ordinal).ToList(), mine,
            cycles.Select(c => new CycleDue(c.InitiativeId, c.Initiative, c.Id, c.Number, c.Title, c.EndsOn, c.EndsOn < today)).ToList(),
            signals, openWaves, lessons, attention, meetings,
            governed.Where(i => misaligned.ContainsKey(i.Id)).Select(i => new MisalignedInitiative(i.Id, i.Title, misaligned[i.Id])).ToList(),
            stopped);
    }

    /// <summary>The person's role on each initiative they lead, sponsor or serve on.</summary>
    private async Task<Dictionary<int, string>> MyRolesAsync(int me, CancellationToken ct)
    {
        var led = await db.Initiatives.Where(i => i.LeadId == me).Select(i => i.Id).ToListAsync(ct);
        var sponsored = await db.Initiatives.Where(i => i.SponsorId == me).Select(i => i.Id).ToListAsync(ct);
        var team = await db.TeamMembers.Where(t => t.PersonId == me).Select(t => new { t.InitiativeId, t.Role }).ToListAsync(ct);
        var roles = team.ToDictionary(t => t.InitiativeId, t => InitiativeLabels.Role(t.Role));
        foreach (var id in sponsored) roles[id] = "Sponsor";
        foreach (var id in led) roles[id] = "Lead";
        return roles;
    }

    /// <summary>Current signals on the measures of the person's units (for improvement leads without units, of every
    /// unit), the newest first; and those measures whose data stopped, the longest silent first.</summary>
    private async Task<(List<MeasureSignal> Signals, List<StoppedMeasure> Stopped)> SignalsAsync(
        List<int> unitIds, bool everyUnit, DateTime? since, DateOnly today, CancellationToken ct)
    {
        if (unitIds.Count == 0 && !everyUnit) return ([], []);
        var query = db.Measures.Where(m => m.OwnerLevel == MeasureOwnerLevel.Unit);
        if (unitIds.Count > 0) query = query.Where(m => unitIds.Contains(m.UnitId!.Value));
        var measures = await query.Include(m => m.Values).Include(m => m.Phases).Include(m => m.Unit)
            .AsSplitQuery().AsNoTracking().ToListAsync(ct);
        var signals = new List<MeasureSignal>();
        var stopped = measures.Select(m => (Measure: m, Stopped: MeasureFreshness.Stopped(m, today))).Where(m => m.Stopped is not null)
            .OrderByDescending(m => m.Stopped!.MissedPeriods).ThenBy(m => m.Measure.Name, StringComparer.Ordinal).Take(12)
            .Select(m => new StoppedMeasure(m.Measure.Id, m.Measure.Name, m.Measure.Unit?.Name, m.Stopped!.Text)).ToList();
        foreach (var measure in measures)
        {
            var reading = MeasureAnalysis.Analyse(measure, measure.Values);
            if (reading.Chart is not { } chart) continue;
            var current = reading.Signals.Where(s => s.LastIndex > chart.Points.Count - CurrentPoints).OrderByDescending(s => s.LastIndex).FirstOrDefault();
            if (current is null || !DateOnly.TryParseExact(chart.Points[current.LastIndex - 1].X, "yyyy-MM-dd", CultureInfo.InvariantCulture,
                    DateTimeStyles.None, out var last)) continue;
            var ended = MeasurePeriods.Next(last, measure.Frequency).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            signals.Add(new MeasureSignal(measure.Id, measure.Name, measure.Unit?.Name, current.Text, last, since is null || ended > since));
        }
        return (signals.OrderByDescending(s => s.New).ThenByDescending(s => s.LastPeriod).ThenBy(s => s.Measure, StringComparer.Ordinal).Take(12).ToList(),
            stopped);
    }
}
