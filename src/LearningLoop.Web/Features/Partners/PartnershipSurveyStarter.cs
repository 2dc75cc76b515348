using System.ComponentModel.DataAnnotations;
using LearningLoop.Core.Partners;
using LearningLoop.Core.Persistence;
using LearningLoop.Core.Surveys;
using LearningLoop.Web.Features.Surveys;
using LearningLoop.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LearningLoop.Web.Features.Partners;

/// <summary><c>POST /api/v1/partnership/surveys</c> and the page form: which survey, of which initiative (none for the
/// organisation questionnaire), and when it runs.</summary>
public sealed class PartnershipSurveyForm
{
    public PartnershipSurveyKind Kind { get; set; }

    public int? InitiativeId { get; set; }

    [Required(ErrorMessage = "Name the survey, e.g. 4 West partnership check, spring 2026."), StringLength(200, ErrorMessage = "Keep the name under 200 characters.")]
    public string Name { get; set; } = "";

    public DateOnly Opens { get; set; }

    public DateOnly Closes { get; set; }
}

/// <summary>Starts a partnership survey as a wave of its built-in instrument through the survey engine's own wave editor,
/// so every survey rule holds (dates, single-use links, anonymity, closing), over the initiative's units (every unit
/// for the organisation questionnaire or an initiative without units) and every workgroup. Partners belong to no unit,
/// so they answer through links handed to them, not e-mailed invitations.</summary>
public sealed class PartnershipSurveyStarter(LearningLoopDbContext db, PartnershipSurveys surveys, WaveEditor waves)
{
    public async Task<EditOutcome<Wave>> StartAsync(PartnershipSurveyForm form, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (!Enum.IsDefined(form.Kind)) return EditOutcome<Wave>.Invalid(nameof(form.Kind), "Choose the questionnaire.");
        var organisation = form.Kind == PartnershipSurveyKind.Organisation;
        if (organisation && form.InitiativeId is not null)
            return EditOutcome<Wave>.Invalid(nameof(form.InitiativeId), "The organisation questionnaire is not about one initiative.");
        if (!organisation && form.InitiativeId is null) return EditOutcome<Wave>.Invalid(nameof(form.InitiativeId), "Choose the initiative.");
        if (form.InitiativeId is { } id && !await db.Initiatives.AnyAsync(i => i.Id == id, ct)) return EditOutcome<Wave>.Missing();

        var units = form.InitiativeId is { } initiative
            ? await db.InitiativeUnits.Where(u => u.InitiativeId == initiative).Select(u => u.UnitId).ToArrayAsync(ct)
            : [];
        if (units.Length == 0) units = await db.Units.OrderBy(u => u.Name).Select(u => u.Id).ToArrayAsync(ct);
        var instrument = await surveys.EnsureInstrumentAsync(form.Kind, ct);
        var outcome = await waves.CreateAsync(new WaveForm
        {
            Name = form.Name, InstrumentId = instrument.Id, Opens = form.Opens, Closes = form.Closes, UnitIds = units,
            WorkgroupIds = await db.Workgroups.OrderBy(w => w.Name).Select(w => w.Id).ToArrayAsync(ct), Links = true,
        }, ct);
        if (!outcome.Succeeded) return outcome;
        db.PartnershipSurveys.Add(new PartnershipSurvey
        {
            OrganisationId = db.Scope.OrganisationId, WaveId = outcome.Entity!.Id, InitiativeId = form.InitiativeId, Kind = form.Kind,
        });
        await db.SaveChangesAsync(ct);
        return outcome;
    }
}
