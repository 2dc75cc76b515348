using LearningLoop.Core.Improvement;
using LearningLoop.Core.Persistence;
using LearningLoop.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LearningLoop.Web.Features.Initiatives;

/// <summary>Edits the driver diagram: primary drivers under the aim, secondary drivers under a primary one, change
/// ideas under a driver. Two levels of drivers, as the diagram is drawn; nothing that has PDSA cycles is deleted,
/// because the cycles (what was learned) would go with it.</summary>
public sealed class DriverDiagramEditor(LearningLoopDbContext db)
{
    public async Task<EditOutcome<Driver>> SaveDriverAsync(int initiativeId, DriverForm form, int? driverId = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (FormChecks.Annotations(form) is { } invalid) return EditOutcome<Driver>.Invalid(invalid);
        if (!await db.Initiatives.AnyAsync(i => i.Id == initiativeId, ct)) return EditOutcome<Driver>.Missing();
        var driver = driverId is null
            ? new Driver { InitiativeId = initiativeId, Text = "" }
            : await db.Drivers.FirstOrDefaultAsync(d => d.Id == driverId && d.InitiativeId == initiativeId, ct);
        if (driver is null) return EditOutcome<Driver>.Missing();
        if (form.ParentId is { } parentId)
        {
            var parent = await db.Drivers.FirstOrDefaultAsync(d => d.Id == parentId && d.InitiativeId == initiativeId, ct);
            if (parent is null) return EditOutcome<Driver>.Invalid(nameof(DriverForm.ParentId), $"There is no driver {parentId} in this initiative.");
            if (parent.ParentId is not null) return EditOutcome<Driver>.Invalid(nameof(DriverForm.ParentId), "A secondary driver sits under a primary driver, not under another secondary one.");
            if (parent.Id == driver.Id) return EditOutcome<Driver>.Invalid(nameof(DriverForm.ParentId), "A driver cannot sit under itself.");
            if (driverId is not null && await db.Drivers.AnyAsync(d => d.ParentId == driver.Id, ct))
                return EditOutcome<Driver>.Invalid(nameof(DriverForm.ParentId), "This primary driver has secondary drivers: it must stay primary.");
        }
        if (driverId is null || driver.ParentId != form.ParentId)
        {
            driver.Order = await db.Drivers.CountAsync(d => d.InitiativeId == initiativeId && d.ParentId == form.ParentId, ct);
        }
        driver.Text = form.Text.Trim();
        driver.ParentId = form.ParentId;
        if (driverId is null) db.Drivers.Add(driver);
        await db.SaveChangesAsync(ct);
        return EditOutcome<Driver>.Saved(driver);
    }

    /// <summary>Deletes a driver with its secondary drivers and change ideas, unless a PDSA cycle hangs below it.</summary>
    public async Task<EditOutcome<Driver>> DeleteDriverAsync(int initiativeId, int driverId, CancellationToken ct = default)
    {
        var driver = await db.Drivers.FirstOrDefaultAsync(d => d.Id == driverId && d.InitiativeId == initiativeId, ct);
        if (driver is null) return EditOutcome<Driver>.Missing();
        var below = await db.Drivers.Where(d => d.Id == driverId || d.ParentId == driverId).Select(d => d.Id).ToListAsync(ct);
        if (await db.PdsaCycles.AnyAsync(c => below.Contains(c.ChangeIdea!.DriverId), ct))
            return EditOutcome<Driver>.Invalid("Driver", "Change ideas under this driver have PDSA cycles; delete or move them first.");
        db.ChangeIdeas.RemoveRange(await db.ChangeIdeas.Where(c => below.Contains(c.DriverId)).ToListAsync(ct));
        db.Drivers.RemoveRange(await db.Drivers.Where(d => below.Contains(d.Id)).OrderByDescending(d => d.ParentId != null).ToListAsync(ct));
        await db.SaveChangesAsync(ct);
        return EditOutcome<Driver>.Saved(driver);
    }

    public async Task<EditOutcome<ChangeIdea>> SaveChangeIdeaAsync(int initiativeId, ChangeIdeaForm form, int? ideaId = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (FormChecks.Annotations(form) is { } invalid) return EditOutcome<ChangeIdea>.Invalid(invalid);
        if (!await db.Initiatives.AnyAsync(i => i.Id == initiativeId, ct)) return EditOutcome<ChangeIdea>.Missing();
        var idea = ideaId is null
            ? new ChangeIdea { InitiativeId = initiativeId, Text = "" }
            : await db.ChangeIdeas.FirstOrDefaultAsync(c => c.Id == ideaId && c.InitiativeId == initiativeId, ct);
        if (idea is null) return EditOutcome<ChangeIdea>.Missing();
        if (!await db.Drivers.AnyAsync(d => d.Id == form.DriverId && d.InitiativeId == initiativeId, ct))
            return EditOutcome<ChangeIdea>.Invalid(nameof(ChangeIdeaForm.DriverId), $"There is no driver {form.DriverId} in this initiative.");
        if (ideaId is null || idea.DriverId != form.DriverId)
        {
            idea.Order = await db.ChangeIdeas.CountAsync(c => c.DriverId == form.DriverId, ct);
        }
        idea.Text = form.Text.Trim();
        idea.DriverId = form.DriverId;
        if (ideaId is null) db.ChangeIdeas.Add(idea);
        await db.SaveChangesAsync(ct);
        return EditOutcome<ChangeIdea>.Saved(idea);
    }

    public async Task<EditOutcome<ChangeIdea>> DeleteChangeIdeaAsync(int initiativeId, int ideaId, CancellationToken ct = default)
    {
        var idea = await db.ChangeIdeas.FirstOrDefaultAsync(c => c.Id == ideaId && c.InitiativeId == initiativeId, ct);
        if (idea is null) return EditOutcome<ChangeIdea>.Missing();
        if (await db.PdsaCycles.AnyAsync(c => c.ChangeIdeaId == ideaId, ct))
            return EditOutcome<ChangeIdea>.Invalid("ChangeIdea", "This change idea has PDSA cycles; what they learned would be lost. Delete the cycles first.");
        db.ChangeIdeas.Remove(idea);
        await db.SaveChangesAsync(ct);
        return EditOutcome<ChangeIdea>.Saved(idea);
    }
}
