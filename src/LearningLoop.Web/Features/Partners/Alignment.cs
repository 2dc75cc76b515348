using LearningLoop.Analytics.Partnership;
using LearningLoop.Core.Partners;
using LearningLoop.Core.Persistence;
using LearningLoop.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LearningLoop.Web.Features.Partners;

public sealed record AlignmentForm(string? Group, DateOnly AssessedOn, int Priority, int Incentives, int Barriers, int Benefit, int Effort,
    string? IncentivesNote = null, string? BarriersNote = null, string? BenefitNote = null);

/// <summary>A group's stake: an assessment (whole ratings, with notes) or, when <see cref="SurveyWaveId"/> is set, the means
/// of the group's answers to a closed alignment survey (<see cref="Respondents"/> of them, never under the minimum cell size).</summary>
public sealed record StakeholderDto(int Id, string Group, DateOnly AssessedOn, double Priority, double Incentives, double Barriers, double Benefit,
    double Effort, string IncentivesNote, string BarriersNote, string BenefitNote, int? SurveyWaveId = null, int? Respondents = null)
{
    public static StakeholderDto From(StakeholderAssessment a) => new(a.Id, a.Group, a.AssessedOn, a.Priority, a.Incentives, a.Barriers, a.Benefit,
        a.Effort, a.IncentivesNote, a.BarriersNote, a.BenefitNote);

    public static StakeholderDto From(AlignmentSurveyRound round, GroupRatings g, int respondents) => new(0, g.Group, round.On, g.Priority,
        g.Incentives, g.Barriers, g.Benefit, g.Effort, "", "", "", round.WaveId, respondents);

    public GroupRatings Ratings => new(Group, Priority, Incentives, Barriers, Benefit, Effort);
}

public sealed record AlignmentCellDto(string Group, AlignmentDimension Dimension, double Rating, double Favourable, double GapBelowOthers, bool Gap);

/// <summary>One round (an assessment date, or a closed alignment survey) and the groups misaligned on the map as it stood
/// once the round was in: the map's change over time. A survey round names the groups too few to show.</summary>
public sealed record AlignmentRoundDto(DateOnly AssessedOn, IReadOnlyList<string> MisalignedGroups, int? SurveyWaveId = null,
    IReadOnlyList<string>? TooFewToShow = null);

public sealed record AlignmentDto(int InitiativeId, bool Misaligned, IReadOnlyList<string> MisalignedGroups, IReadOnlyList<StakeholderDto> Groups,
    IReadOnlyList<AlignmentCellDto> Map, IReadOnlyList<AlignmentRoundDto> Rounds);

/// <summary>The stakeholder groups of initiatives and where they diverge (<see cref="AlignmentMap"/>). A group's stake comes
/// from assessments recorded by the lead and from closed alignment surveys (decision 0021); the map uses each group's
/// latest, whichever its source; each assessment date and each survey is a round of the change over time.</summary>
public sealed class Alignment(LearningLoopDbContext db, PartnershipSurveys surveys)
{
    public async Task<AlignmentDto?> LoadAsync(int initiativeId, CancellationToken ct = default)
    {
        if (!await db.Initiatives.AnyAsync(i => i.Id == initiativeId, ct)) return null;
        var all = await db.StakeholderAssessments.Where(a => a.InitiativeId == initiativeId).OrderBy(a => a.AssessedOn).ThenBy(a => a.Id)
            .AsNoTracking().ToListAsync(ct);
        var surveyed = (await surveys.AlignmentRoundsAsync([initiativeId], ct)).GetValueOrDefault(initiativeId) ?? [];
        var entries = Entries(all, surveyed).ToList();
        var latest = Latest(entries);
        var map = AlignmentMap.Compute(latest.Select(g => g.Ratings).ToList());
        // Each round shows the map as it stood once that round was in: its groups, and every other group's latest stake
        // before it (a round that re-assesses one group is read against the others, not alone).
        IReadOnlyList<string> AsOf(DateOnly on) => AlignmentMap.Compute(Latest(entries.Where(e => e.AssessedOn <= on)).Select(g => g.Ratings).ToList())
            .MisalignedGroups;
        var rounds = all.Select(a => a.AssessedOn).Distinct().Select(on => new AlignmentRoundDto(on, AsOf(on)))
            .Concat(surveyed.Select(r => new AlignmentRoundDto(r.On, AsOf(r.On), r.WaveId, r.TooFewToShow)))
            .OrderBy(r => r.AssessedOn).ThenBy(r => r.SurveyWaveId ?? 0).ToList();
        return new AlignmentDto(initiativeId, map.Misaligned, map.MisalignedGroups, latest,
            map.Cells.Select(c => new AlignmentCellDto(c.Group, c.Dimension, c.Rating, c.Favourable, c.GapBelowOthers, c.Gap)).ToList(), rounds);
    }

    public static AlignmentResult Map(AlignmentDto dto)
    {
        ArgumentNullException.ThrowIfNull(dto);
        return AlignmentMap.Compute(dto.Groups.Select(g => g.Ratings).ToList());
    }

    /// <summary>The initiatives, among <paramref name="ids"/> (all when null), whose latest stakes flag a group.</summary>
    public async Task<Dictionary<int, IReadOnlyList<string>>> MisalignedAsync(IReadOnlyCollection<int>? ids = null, CancellationToken ct = default)
    {
        var query = db.StakeholderAssessments.AsNoTracking();
        if (ids is not null) query = query.Where(a => ids.Contains(a.InitiativeId));
        var all = (await query.ToListAsync(ct)).ToLookup(a => a.InitiativeId);
        var surveyed = await surveys.AlignmentRoundsAsync(ids, ct);
        return all.Select(g => g.Key).Union(surveyed.Keys)
            .Select(id => (id, Groups: AlignmentMap.Compute(Latest(Entries(all[id], surveyed.GetValueOrDefault(id) ?? []))
                .Select(g => g.Ratings).ToList()).MisalignedGroups))
            .Where(x => x.Groups.Count > 0).ToDictionary(x => x.id, x => x.Groups);
    }

    public async Task<EditOutcome<StakeholderAssessment>> SaveAsync(int initiativeId, AlignmentForm form, CancellationToken ct = default)
    {
        if (!await db.Initiatives.AnyAsync(i => i.Id == initiativeId, ct)) return EditOutcome<StakeholderAssessment>.Missing();
        if (string.IsNullOrWhiteSpace(form.Group)) return EditOutcome<StakeholderAssessment>.Invalid("group", "Name the stakeholder group.");
        foreach (var (field, value) in new[] { ("priority", form.Priority), ("incentives", form.Incentives), ("barriers", form.Barriers),
                     ("benefit", form.Benefit), ("effort", form.Effort) })
        {
            if (value is < 1 or > 5) return EditOutcome<StakeholderAssessment>.Invalid(field, "Rate from 1 (low) to 5 (high).");
        }
        var group = form.Group.Trim();
        var a = await db.StakeholderAssessments.FirstOrDefaultAsync(x => x.InitiativeId == initiativeId && x.Group == group && x.AssessedOn == form.AssessedOn, ct)
            ?? db.StakeholderAssessments.Add(new StakeholderAssessment { InitiativeId = initiativeId, Group = group, AssessedOn = form.AssessedOn }).Entity;
        (a.Priority, a.Incentives, a.Barriers, a.Benefit, a.Effort) = (form.Priority, form.Incentives, form.Barriers, form.Benefit, form.Effort);
        (a.IncentivesNote, a.BarriersNote, a.BenefitNote) = (form.IncentivesNote?.Trim() ?? "", form.BarriersNote?.Trim() ?? "", form.BenefitNote?.Trim() ?? "");
        await db.SaveChangesAsync(ct);
        return EditOutcome<StakeholderAssessment>.Saved(a);
    }

    private static IEnumerable<StakeholderDto> Entries(IEnumerable<StakeholderAssessment> assessments, IEnumerable<AlignmentSurveyRound> rounds) =>
        assessments.Select(StakeholderDto.From).Concat(rounds.SelectMany(r => r.Groups.Select(g => StakeholderDto.From(r, g.Ratings, g.Respondents))));

    /// <summary>Each group's latest stake; on the same day a survey (many voices) outranks an assessment (one judgement).</summary>
    private static List<StakeholderDto> Latest(IEnumerable<StakeholderDto> all) =>
        all.GroupBy(a => a.Group).Select(g => g.OrderBy(a => a.AssessedOn).ThenBy(a => a.SurveyWaveId is null ? 0 : 1).ThenBy(a => a.Id).Last())
            .OrderBy(a => Order(a.Group)).ThenBy(a => a.Group, StringComparer.Ordinal).ToList();

    private static int Order(string group)
    {
        var i = StakeholderGroups.Usual.ToList().IndexOf(group);
        return i < 0 ? int.MaxValue : i;
    }

}
