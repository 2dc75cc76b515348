using System.ComponentModel.DataAnnotations;
using LearningLoop.Core.Organisations;
using LearningLoop.Core.Persistence;
using LearningLoop.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LearningLoop.Web.Features.Organisation;

/// <summary>Creates and changes the organisation's structure. Pages and API endpoints both go through here, so a rule
/// (a unique name, a division that must exist in this organisation) is written once. Every lookup runs through the
/// tenancy filter: an id from another organisation is simply not found.</summary>
public sealed class OrganisationEditor(LearningLoopDbContext db)
{
    private int OrganisationId => db.Scope.OrganisationId;

    public async Task<EditOutcome<Division>> SaveDivisionAsync(DivisionForm form, int? id, CancellationToken ct = default)
    {
        if (Annotations(form) is { } invalid) return EditOutcome<Division>.Invalid(invalid);
        var name = form.Name.Trim();
        var division = id is null ? new Division { OrganisationId = OrganisationId, Name = name } : await db.Divisions.FirstOrDefaultAsync(d => d.Id == id, ct);
        if (division is null) return EditOutcome<Division>.Missing();
        if (await db.Divisions.AnyAsync(d => d.Name == name && d.Id != division.Id, ct))
            return EditOutcome<Division>.Invalid(nameof(DivisionForm.Name), $"There is already a division called '{name}'.");
        division.Name = name;
        if (id is null) db.Divisions.Add(division);
        await db.SaveChangesAsync(ct);
        return EditOutcome<Division>.Saved(division);
    }

    public async Task<EditOutcome<Unit>> SaveUnitAsync(UnitForm form, int? id, CancellationToken ct = default)
    {
        if (Annotations(form) is { } invalid) return EditOutcome<Unit>.Invalid(invalid);
        var name = form.Name.Trim();
        var unit = id is null ? new Unit { OrganisationId = OrganisationId, Name = name } : await db.Units.FirstOrDefaultAsync(u => u.Id == id, ct);
        if (unit is null) return EditOutcome<Unit>.Missing();
        if (!await db.Divisions.AnyAsync(d => d.Id == form.DivisionId, ct))
            return EditOutcome<Unit>.Invalid(nameof(UnitForm.DivisionId), $"There is no division {form.DivisionId} in this organisation.");
        if (await db.Units.AnyAsync(u => u.Name == name && u.Id != unit.Id, ct))
            return EditOutcome<Unit>.Invalid(nameof(UnitForm.Name), $"There is already a unit called '{name}'.");
        unit.Name = name;
        unit.DivisionId = form.DivisionId;
        unit.Kind = form.Kind;
        unit.Beds = form.Beds;
        if (id is null) db.Units.Add(unit);
        await db.SaveChangesAsync(ct);
        return EditOutcome<Unit>.Saved(unit);
    }

    public async Task<EditOutcome<Workgroup>> SaveWorkgroupAsync(WorkgroupForm form, int? id, CancellationToken ct = default)
    {
        if (Annotations(form) is { } invalid) return EditOutcome<Workgroup>.Invalid(invalid);
        var workgroup = id is null ? new Workgroup { OrganisationId = OrganisationId, Name = form.Name.Trim(), Key = form.Key } : await db.Workgroups.FirstOrDefaultAsync(w => w.Id == id, ct);
        if (workgroup is null) return EditOutcome<Workgroup>.Missing();
        if (await db.Workgroups.AnyAsync(w => w.Key == form.Key && w.Id != workgroup.Id, ct))
            return EditOutcome<Workgroup>.Invalid(nameof(WorkgroupForm.Key), $"The key '{form.Key}' is already used by another workgroup.");
        workgroup.Name = form.Name.Trim();
        workgroup.Key = form.Key;
        if (id is null) db.Workgroups.Add(workgroup);
        await db.SaveChangesAsync(ct);
        return EditOutcome<Workgroup>.Saved(workgroup);
    }

    public async Task<EditOutcome<Person>> SavePersonAsync(PersonForm form, int? id, CancellationToken ct = default)
    {
        if (Annotations(form) is { } invalid) return EditOutcome<Person>.Invalid(invalid);
        var email = form.Email.Trim();
        var person = id is null
            ? new Person { OrganisationId = OrganisationId, Name = form.Name.Trim(), Email = email }
            : await db.People.Include(p => p.Units).FirstOrDefaultAsync(p => p.Id == id, ct);
        if (person is null) return EditOutcome<Person>.Missing();
        if (await db.People.AnyAsync(p => p.Email == email && p.Id != person.Id, ct))
            return EditOutcome<Person>.Invalid(nameof(PersonForm.Email), $"{email} already belongs to someone in this organisation.");
        if (form.WorkgroupId is { } wg && !await db.Workgroups.AnyAsync(w => w.Id == wg, ct))
            return EditOutcome<Person>.Invalid(nameof(PersonForm.WorkgroupId), $"There is no workgroup {wg} in this organisation.");
        var unitIds = form.UnitIds.Distinct().ToList();
        var known = await db.Units.Where(u => unitIds.Contains(u.Id)).Select(u => u.Id).ToListAsync(ct);
        if (unitIds.Except(known).ToList() is { Count: > 0 } unknown)
            return EditOutcome<Person>.Invalid(nameof(PersonForm.UnitIds), $"No unit {string.Join(", ", unknown)} in this organisation.");

        person.Name = form.Name.Trim();
        person.Email = email;
        person.WorkgroupId = form.WorkgroupId;
        person.Level = form.Level;
        person.Units.RemoveAll(m => !unitIds.Contains(m.UnitId));
        foreach (var unitId in unitIds.Where(u => person.Units.All(m => m.UnitId != u)))
        {
            person.Units.Add(new PersonUnit { Person = person, UnitId = unitId });
        }
        if (id is null) db.People.Add(person);
        await db.SaveChangesAsync(ct);
        return EditOutcome<Person>.Saved(person);
    }

    /// <summary>The API receives bodies without the page's validator; the same data annotations are applied here.</summary>
    private static Dictionary<string, string[]>? Annotations(object form) => FormValidation.ErrorsOrNull(form);
}
