using System.ComponentModel.DataAnnotations;
using LearningLoop.Core.Capability;
using LearningLoop.Core.Persistence;
using LearningLoop.Core.Surveys;
using LearningLoop.Web.Features.Surveys;
using LearningLoop.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LearningLoop.Web.Features.Capability;

/// <summary><c>POST /api/v1/capability/assessments</c> and the start form: a name and two dates.</summary>
public sealed class AssessmentForm
{
    [Required(ErrorMessage = "Name the assessment, e.g. LHS capability 2025."), StringLength(200, ErrorMessage = "Keep the name under 200 characters.")]
    public string Name { get; set; } = "";

    public DateOnly Opens { get; set; }

    public DateOnly Closes { get; set; }
}

/// <summary>Starts an assessment as a survey wave of the capability instrument over every unit and workgroup of the
/// organisation (respondents say which unit they work on, so divisions and units can read their own results), through
/// the survey engine's own wave editor so that every survey rule holds.</summary>
public sealed class CapabilityAssessmentStarter(LearningLoopDbContext db, CapabilityAssessments assessments, WaveEditor waves)
{
    public async Task<EditOutcome<Wave>> StartAsync(AssessmentForm form, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        var instrument = await assessments.EnsureInstrumentAsync(ct);
        return await waves.CreateAsync(new WaveForm
        {
            Name = form.Name, InstrumentId = instrument.Id, Opens = form.Opens, Closes = form.Closes,
            UnitIds = await db.Units.OrderBy(u => u.Name).Select(u => u.Id).ToArrayAsync(ct),
            WorkgroupIds = await db.Workgroups.OrderBy(w => w.Name).Select(w => w.Id).ToArrayAsync(ct),
            Links = true,
        }, ct);
    }
}
