using System.ComponentModel.DataAnnotations;
using LearningLoop.Core.Persistence;
using LearningLoop.Core.Surveys;
using LearningLoop.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LearningLoop.Web.Features.Surveys;

/// <summary>Creates, distributes and closes waves; the pages and the API both go through here. Every lookup runs
/// through the tenancy filter, so another organisation's wave, unit or workgroup is simply not found.</summary>
public sealed class WaveEditor(LearningLoopDbContext db, BuiltInInstruments builtIn, TimeProvider clock)
{
    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public async Task<EditOutcome<Wave>> CreateAsync(WaveForm form, CancellationToken ct = default)
    {
        var errors = Annotations(form);
        var instrument = await db.Instruments.Include(i => i.Versions).FirstOrDefaultAsync(i => i.Id == form.InstrumentId, ct);
        if (form.InstrumentId > 0 && instrument?.Latest is null) errors.TryAdd(nameof(WaveForm.InstrumentId), ["There is no such instrument in this organisation."]);
        if (form.Opens == default) errors.TryAdd(nameof(WaveForm.Opens), ["Choose the day the wave opens."]);
        if (form.Closes == default) errors.TryAdd(nameof(WaveForm.Closes), ["Choose the day the wave closes."]);
        else if (form.Closes < form.Opens) errors.TryAdd(nameof(WaveForm.Closes), ["The wave must close on or after the day it opens."]);
        if (!form.Links && !form.Kiosk) errors.TryAdd(nameof(WaveForm.Links), ["Choose at least one way to distribute the survey."]);

        var unitIds = form.UnitIds.Distinct().ToList();
        var knownUnits = await db.Units.Where(u => unitIds.Contains(u.Id)).Select(u => u.Id).ToListAsync(ct);
        if (unitIds.Count == 0) errors.TryAdd(nameof(WaveForm.UnitIds), ["Choose the unit or units the wave surveys."]);
        else if (unitIds.Except(knownUnits).Any()) errors.TryAdd(nameof(WaveForm.UnitIds), ["One of the units is not in this organisation."]);

        var workgroupIds = form.WorkgroupIds.Distinct().ToList();
        var knownWorkgroups = await db.Workgroups.Where(w => workgroupIds.Contains(w.Id)).Select(w => w.Id).ToListAsync(ct);
        var rc = instrument?.Kind == InstrumentKind.RelationalCoordination;
        if (workgroupIds.Except(knownWorkgroups).Any()) errors.TryAdd(nameof(WaveForm.WorkgroupIds), ["One of the workgroups is not in this organisation."]);
        else if (rc && workgroupIds.Count < 2) errors.TryAdd(nameof(WaveForm.WorkgroupIds), ["Relational coordination needs at least two workgroups that take part in the work process."]);
        else if (workgroupIds.Count == 0) errors.TryAdd(nameof(WaveForm.WorkgroupIds), ["Choose the workgroups the wave surveys."]);
        if (rc && string.IsNullOrWhiteSpace(form.FocalWorkProcess)) errors.TryAdd(nameof(WaveForm.FocalWorkProcess), ["Name the work process respondents rate, e.g. discharging a patient."]);
        var translations = WaveTranslationRules.Check(form.Translations, workgroupIds, errors);
        if (errors.Count > 0) return EditOutcome<Wave>.Invalid(errors);

        var wave = new Wave
        {
            OrganisationId = db.Scope.OrganisationId, Name = form.Name.Trim(), InstrumentVersionId = instrument!.Latest!.Id,
            Opens = form.Opens, Closes = form.Closes, FocalWorkProcess = form.FocalWorkProcess.Trim(),
            Distribution = (form.Links ? DistributionModes.Links : DistributionModes.None) | (form.Kiosk ? DistributionModes.Kiosk : DistributionModes.None),
            LinkKey = SurveyLink.NewKey(), KioskCode = form.Kiosk ? SurveyLink.NewKioskCode() : null,
        };
        wave.Units.AddRange(unitIds.Select(u => new WaveUnit { UnitId = u }));
        wave.Workgroups.AddRange(workgroupIds.Select((w, i) => new WaveWorkgroup { WorkgroupId = w, Position = i + 1 }));
        wave.Translations.AddRange(translations);
        db.Waves.Add(wave);
        await db.SaveChangesAsync(ct);
        return EditOutcome<Wave>.Saved(wave);
    }

    /// <summary>Replaces the wave's translations (what is not sent is removed). They may change at any time, even while
    /// the wave is open: they change only how the questions read, never what is stored.</summary>
    public async Task<EditOutcome<Wave>> SaveTranslationsAsync(int waveId, IReadOnlyList<WaveTranslationForm> forms, CancellationToken ct = default)
    {
        var wave = await db.Waves.FirstOrDefaultAsync(w => w.Id == waveId, ct);
        if (wave is null) return EditOutcome<Wave>.Missing();
        var errors = new Dictionary<string, string[]>();
        var translations = WaveTranslationRules.Check(forms, wave.Workgroups.Select(w => w.WorkgroupId).ToList(), errors);
        if (errors.Count > 0) return EditOutcome<Wave>.Invalid(errors);
        wave.Translations.Clear();
        wave.Translations.AddRange(translations);
        await db.SaveChangesAsync(ct);
        return EditOutcome<Wave>.Saved(wave);
    }

    /// <summary>Single-use links for the wave, shown once and never stored. Null when the wave is not found.</summary>
    public async Task<(IReadOnlyList<string>? Tokens, string? Problem)> LinksAsync(int waveId, int count, CancellationToken ct = default)
    {
        var wave = await db.Waves.AsNoTracking().FirstOrDefaultAsync(w => w.Id == waveId, ct);
        if (wave is null) return (null, null);
        if (count is < 1 or > SurveyLimits.MaxLinksPerRequest) return ([], $"Ask for 1 to {SurveyLimits.MaxLinksPerRequest} links at a time.");
        if (!wave.Distribution.HasFlag(DistributionModes.Links)) return ([], "This wave is distributed by kiosk only.");
        if (wave.StateOn(Today) == WaveState.Closed) return ([], "This wave is closed; its links can no longer be used.");
        return (Enumerable.Range(0, count).Select(_ => SurveyLink.Mint(wave.Id, wave.LinkKey!)).ToList(), null);
    }

    /// <summary>Closes the wave now: erases the key its links were signed with (so none can be used or verified again)
    /// and deletes drafts that were never submitted. Returns false when the wave is not found.</summary>
    public async Task<bool> CloseAsync(int waveId, CancellationToken ct = default)
    {
        var wave = await db.Waves.FirstOrDefaultAsync(w => w.Id == waveId, ct);
        if (wave is null) return false;
        wave.ClosedEarlyOn ??= Today < wave.Closes ? Today : null;
        wave.LinkKey = null;
        await db.SaveChangesAsync(ct);
        await db.Responses.Where(r => r.WaveId == waveId && r.Status == ResponseStatus.Draft).ExecuteDeleteAsync(ct);
        return true;
    }

    /// <summary>The organisation's instruments, the built-in ones installed on first use.</summary>
    public async Task<List<Instrument>> InstrumentsAsync(CancellationToken ct = default)
    {
        await builtIn.EnsureRelationalCoordinationAsync(db.Scope.OrganisationId, ct);
        await builtIn.EnsureSafetyCultureAsync(db.Scope.OrganisationId, ct);
        return await db.Instruments.Include(i => i.Versions).OrderBy(i => i.Name).ToListAsync(ct);
    }

    private static Dictionary<string, string[]> Annotations(object form) => FormValidation.Errors(form);
}
