using LearningLoop.Analytics.Partnership;
using LearningLoop.Core.Partners;
using LearningLoop.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LearningLoop.Web.Features.Partners;

/// <summary>Partner engagement over some initiatives: how many have partners, at which highest level, how many show a
/// warning sign of tokenism, and the latest participant-questionnaire influence score (percent positive, null when none
/// or suppressed).</summary>
public sealed record PartnerEngagementSummary(int Initiatives, int WithPartners, int Partnership, int Involvement, int Consultation,
    int WithTokenismWarnings, double? InfluencePercentPositive);

/// <summary>An initiative whose stakeholder groups diverge, with the groups.</summary>
public sealed record AlignmentFlag(int InitiativeId, string Title, IReadOnlyList<string> Groups);

/// <summary>The small public queries other capabilities read (the at-a-glance tiles): partner engagement and alignment
/// flags for the organisation or for the initiatives touching some units. Everything goes through the tenancy filter.
/// <paramref name="unitIds"/> null means the whole organisation; otherwise initiatives with one of the units in scope.</summary>
public sealed class PartnershipGlance(LearningLoopDbContext db, EngagementQueries engagement, Alignment alignment, PartnershipSurveys surveys)
{
    public async Task<PartnerEngagementSummary> EngagementSummaryAsync(IReadOnlyCollection<int>? unitIds = null, CancellationToken ct = default)
    {
        var ids = await InitiativesAsync(unitIds, ct);
        // Only initiatives with a partner (engaged, or on the team in the partner role) are read in full.
        var engaged = await db.PartnerEngagements.Where(e => ids.Contains(e.InitiativeId)).Select(e => e.InitiativeId)
            .Union(db.TeamMembers.Where(t => ids.Contains(t.InitiativeId) && t.Role == Core.Improvement.TeamRole.PatientPartner).Select(t => t.InitiativeId))
            .ToListAsync(ct);
        int withPartners = 0, partnership = 0, involvement = 0, consultation = 0, warned = 0;
        foreach (var id in engaged.Distinct())
        {
            if (await engagement.LoadAsync(id, withWarnings: true, ct) is not { Level: { } level } e) continue;
            withPartners++;
            if (level == EngagementLevel.Partnership) partnership++;
            else if (level == EngagementLevel.Involvement) involvement++;
            else consultation++;
            if (e.Warnings is { Count: > 0 }) warned++;
        }
        var evaluation = await surveys.EvaluationAsync(PartnershipSurveyKind.Participant, ids, ct);
        var influence = evaluation.Overall.Composites.FirstOrDefault(c => c.Key == "influence")?.Percent;
        return new PartnerEngagementSummary(ids.Count, withPartners, partnership, involvement, consultation, warned, influence);
    }

    public async Task<IReadOnlyList<AlignmentFlag>> AlignmentFlagsAsync(IReadOnlyCollection<int>? unitIds = null, CancellationToken ct = default)
    {
        var ids = await InitiativesAsync(unitIds, ct);
        var flagged = await alignment.MisalignedAsync(ids, ct);
        var titles = await db.Initiatives.Where(i => flagged.Keys.Contains(i.Id)).ToDictionaryAsync(i => i.Id, i => i.Title, ct);
        return flagged.Where(f => titles.ContainsKey(f.Key)).Select(f => new AlignmentFlag(f.Key, titles[f.Key], f.Value))
            .OrderBy(f => f.Title, StringComparer.Ordinal).ToList();
    }

    private async Task<List<int>> InitiativesAsync(IReadOnlyCollection<int>? unitIds, CancellationToken ct) =>
        unitIds is null
            ? await db.Initiatives.Select(i => i.Id).ToListAsync(ct)
            : await db.InitiativeUnits.Where(u => unitIds.Contains(u.UnitId)).Select(u => u.InitiativeId).Distinct().ToListAsync(ct);
}
