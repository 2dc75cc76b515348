using LearningLoop.Core.Partners;
using LearningLoop.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LearningLoop.Web.Features.Partners;

/// <summary>An initiative's engagement evaluation: its partnership surveys (any state), the participant and project
/// questionnaires' results over its closed waves, and when the next participant questionnaire is due.</summary>
public sealed record InitiativeEvaluationDto(int InitiativeId, IReadOnlyList<PartnershipWave> Surveys, EvaluationResult Participant,
    EvaluationResult Project, DateOnly? ParticipantDueBy);

/// <summary>One initiative's line in the organisation's evaluation: its participant questionnaire's overall scores.</summary>
public sealed record InitiativeEvaluationLine(int InitiativeId, string Title, EvaluationGroup Participant, int Waves);

/// <summary>The organisation's engagement evaluation: participant and project questionnaires pooled over every initiative,
/// the organisation questionnaire, and each initiative's participant scores.</summary>
public sealed record OrganisationEvaluationDto(EvaluationResult Participant, EvaluationResult Project, EvaluationResult Organisation,
    IReadOnlyList<InitiativeEvaluationLine> Initiatives, IReadOnlyList<PartnershipWave> Surveys);

/// <summary>Reads engagement-evaluation results per initiative and per organisation (decision 0021).</summary>
public sealed class EngagementEvaluation(LearningLoopDbContext db, PartnershipSurveys surveys)
{
    /// <summary>The participant questionnaire is asked every three to six months while partners take part: due six months
    /// after the last one opened, or now when an initiative with partners has never asked.</summary>
    public const int ParticipantEveryMonths = 6;

    public async Task<InitiativeEvaluationDto?> ForInitiativeAsync(int initiativeId, CancellationToken ct = default)
    {
        if (!await db.Initiatives.AnyAsync(i => i.Id == initiativeId, ct)) return null;
        var waves = await surveys.ListAsync(initiativeId, null, ct);
        var hasPartners = await db.PartnerEngagements.AnyAsync(e => e.InitiativeId == initiativeId, ct);
        var last = waves.Where(w => w.Kind == PartnershipSurveyKind.Participant).Select(w => (DateOnly?)w.Opens).Max();
        DateOnly? due = !hasPartners ? null : last is { } l ? l.AddMonths(ParticipantEveryMonths) : surveys.Today;
        return new InitiativeEvaluationDto(initiativeId, waves, await surveys.EvaluationAsync(PartnershipSurveyKind.Participant, [initiativeId], ct),
            await surveys.EvaluationAsync(PartnershipSurveyKind.Project, [initiativeId], ct), due);
    }

    public async Task<OrganisationEvaluationDto> ForOrganisationAsync(CancellationToken ct = default)
    {
        var all = await surveys.ListAsync(null, null, ct);
        var evaluated = all.Where(w => w.Kind == PartnershipSurveyKind.Participant && w.InitiativeId is not null).Select(w => w.InitiativeId!.Value)
            .Distinct().ToList();
        var titles = await db.Initiatives.Where(i => evaluated.Contains(i.Id)).ToDictionaryAsync(i => i.Id, i => i.Title, ct);
        var lines = new List<InitiativeEvaluationLine>();
        foreach (var id in evaluated.Where(titles.ContainsKey))
        {
            var result = await surveys.EvaluationAsync(PartnershipSurveyKind.Participant, [id], ct);
            lines.Add(new InitiativeEvaluationLine(id, titles[id], result.Overall, result.Waves.Count));
        }
        return new OrganisationEvaluationDto(await surveys.EvaluationAsync(PartnershipSurveyKind.Participant, null, ct),
            await surveys.EvaluationAsync(PartnershipSurveyKind.Project, null, ct), await surveys.EvaluationAsync(PartnershipSurveyKind.Organisation, null, ct),
            lines.OrderBy(l => l.Title, StringComparer.Ordinal).ToList(), all);
    }
}
