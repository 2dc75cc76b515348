using LearningLoop.Core.Improvement;
using LearningLoop.Core.Measures;
using LearningLoop.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LearningLoop.Web.Features.Initiatives;

/// <summary>Reads initiatives for pages and endpoints, through the tenancy filter and without tracking.</summary>
public sealed class InitiativeQueries(LearningLoopDbContext db)
{
    /// <summary>Existence check for pages: synchronous, so a 404 can still change the response (see <see cref="Infrastructure.Found"/>).</summary>
    public bool Exists(int id) => db.Initiatives.Any(i => i.Id == id);

    /// <summary>An initiative with everything its page shows: aim, team, units, measures, driver diagram, cycles and adoptions.</summary>
    public Task<Initiative?> FindAsync(int id, CancellationToken ct = default) =>
        db.Initiatives.Where(i => i.Id == id)
            .Include(i => i.AimMeasure).Include(i => i.Lead).Include(i => i.Sponsor)
            .Include(i => i.Units).ThenInclude(u => u.Unit).ThenInclude(u => u!.Division)
            .Include(i => i.Measures).ThenInclude(m => m.Measure).ThenInclude(m => m!.Unit)
            .Include(i => i.Measures).ThenInclude(m => m.Measure).ThenInclude(m => m!.Division)
            .Include(i => i.Team).ThenInclude(t => t.Person).ThenInclude(p => p!.Workgroup)
            .Include(i => i.Drivers).Include(i => i.ChangeIdeas)
            .Include(i => i.Cycles).ThenInclude(c => c.Measure)
            .Include(i => i.Adoptions).ThenInclude(a => a.Unit)
            .Include(i => i.Adoptions).ThenInclude(a => a.FromUnit)
            .AsSplitQuery().AsNoTracking().FirstOrDefaultAsync(ct);

    /// <summary>A measure with what its chart needs, for the Study step and the report.</summary>
    public Task<Measure?> MeasureAsync(int id, CancellationToken ct = default) =>
        db.Measures.Where(m => m.Id == id).Include(m => m.Values).Include(m => m.Phases).Include(m => m.Annotations)
            .Include(m => m.Unit).Include(m => m.Division).AsSplitQuery().AsNoTracking().FirstOrDefaultAsync(ct);

    public Task<List<Intervention>> InterventionsAsync(int initiativeId, CancellationToken ct = default) =>
        db.Interventions.Where(i => i.InitiativeId == initiativeId).Include(i => i.Unit)
            .OrderBy(i => i.StartsOn).ThenBy(i => i.Id).AsNoTracking().ToListAsync(ct);

    public Task<List<Lesson>> LessonsAsync(int initiativeId, CancellationToken ct = default) =>
        db.Lessons.Where(l => l.InitiativeId == initiativeId).OrderByDescending(l => l.RecordedOn).ThenByDescending(l => l.Id).AsNoTracking().ToListAsync(ct);

    /// <summary>Every unit, for pickers.</summary>
    public Task<List<UnitOption>> UnitOptionsAsync(CancellationToken ct = default) =>
        db.Units.OrderBy(u => u.Division!.Name).ThenBy(u => u.Name).Select(u => new UnitOption(u.Id, u.Name, u.Division!.Name)).ToListAsync(ct);

    /// <summary>Every measure with its owner's name, for pickers (grouped by owner).</summary>
    public async Task<List<MeasureOption>> MeasureOptionsAsync(CancellationToken ct = default)
    {
        var organisation = await db.Organisations.Select(o => o.Name).FirstOrDefaultAsync(ct) ?? "Organisation";
        var measures = await db.Measures.Select(m => new { m.Id, m.Name, m.Kind, m.OwnerLevel, Unit = m.Unit!.Name, Division = m.Division!.Name }).ToListAsync(ct);
        return measures.Select(m => new MeasureOption(m.Id, m.Name, m.Kind, m.OwnerLevel switch
            {
                MeasureOwnerLevel.Unit => m.Unit ?? "",
                MeasureOwnerLevel.Division => $"{m.Division} division",
                _ => organisation,
            }))
            .OrderBy(m => m.Owner, StringComparer.Ordinal).ThenBy(m => m.Name, StringComparer.Ordinal).ToList();
    }

    /// <summary>People as the pickers offer them: "Name &lt;e-mail&gt;" for those who may see e-mails, "Name (#id)" for the
    /// others (a lead may be front-line staff, who see no addresses).</summary>
    public async Task<List<string>> PeopleOptionsAsync(bool withEmail, CancellationToken ct = default)
    {
        var people = await db.People.OrderBy(p => p.Name).Select(p => new { p.Id, p.Name, p.Email }).ToListAsync(ct);
        return people.Select(p => withEmail ? FormChecks.PickerText(p.Name, p.Email) : FormChecks.PickerText(p.Name, p.Id)).ToList();
    }
}

public sealed record UnitOption(int Id, string Name, string Division);

public sealed record MeasureOption(int Id, string Name, MeasureKind Kind, string Owner)
{
    public string Label => $"{Name} · {Owner}";
}
