using LearningLoop.Analytics.Partnership;
using LearningLoop.Core.Partners;
using LearningLoop.Core.Persistence;
using LearningLoop.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LearningLoop.Web.Features.Partners;

public sealed record AlignmentForm(string? Group, DateOnly AssessedOn, int Priority, int Incentives, int Barriers, int Benefit, int Effort,
    string? IncentivesNote = null, string? BarriersNote = null, string? BenefitNote = null);

public sealed record StakeholderDto(int Id, string Group, DateOnly AssessedOn, int Priority, int Incentives, int Barriers, int Benefit, int Effort,
    string IncentivesNote, string BarriersNote, string BenefitNote)
{
    public static StakeholderDto From(StakeholderAssessment a) => new(a.Id, a.Group, a.AssessedOn, a.Priority, a.Incentives, a.Barriers, a.Benefit,
        a.Effort, a.IncentivesNote, a.BarriersNote, a.BenefitNote);
}

public sealed record AlignmentCellDto(string Group, AlignmentDimension Dimension, int Rating, int Favourable, double GapBelowOthers, bool Gap);

/// <summary>One assessment round (a date) and the groups it found misaligned: the map's change over time.</summary>
public sealed record AlignmentRoundDto(DateOnly AssessedOn, IReadOnlyList<string> MisalignedGroups);

public sealed record AlignmentDto(int InitiativeId, bool Misaligned, IReadOnlyList<string> MisalignedGroups, IReadOnlyList<StakeholderDto> Groups,
    IReadOnlyList<AlignmentCellDto> Map, IReadOnlyList<AlignmentRoundDto> Rounds);

/// <summary>The stakeholder groups of initiatives and where they diverge (<see cref="AlignmentMap"/>): the map uses each
/// group's latest assessment; each assessment date is also mapped alone, to show the change over time.</summary>
public sealed class Alignment(LearningLoopDbContext db)
{
    public async Task<AlignmentDto?> LoadAsync(int initiativeId, CancellationToken ct = default)
    {
        if (!await db.Initiatives.AnyAsync(i => i.Id == initiativeId, ct)) return null;
        var all = await db.StakeholderAssessments.Where(a => a.InitiativeId == initiativeId).OrderBy(a => a.AssessedOn).ThenBy(a => a.Id)
            .AsNoTracking().ToListAsync(ct);
        var latest = Latest(all);
        var map = AlignmentMap.Compute(latest.Select(Ratings).ToList());
        var rounds = all.GroupBy(a => a.AssessedOn).Select(g => new AlignmentRoundDto(g.Key, AlignmentMap.Compute(g.Select(Ratings).ToList()).MisalignedGroups))
            .ToList();
        return new AlignmentDto(initiativeId, map.Misaligned, map.MisalignedGroups, latest.Select(StakeholderDto.From).ToList(),
            map.Cells.Select(c => new AlignmentCellDto(c.Group, c.Dimension, c.Rating, c.Favourable, c.GapBelowOthers, c.Gap)).ToList(), rounds);
    }

    public static AlignmentResult Map(AlignmentDto dto)
    {
        ArgumentNullException.ThrowIfNull(dto);
        return AlignmentMap.Compute(dto.Groups.Select(g => new GroupRatings(g.Group, g.Priority, g.Incentives, g.Barriers, g.Benefit, g.Effort)).ToList());
    }

    /// <summary>The initiatives, among <paramref name="ids"/> (all when null), whose latest assessments flag a group.</summary>
    public async Task<Dictionary<int, IReadOnlyList<string>>> MisalignedAsync(IReadOnlyCollection<int>? ids = null, CancellationToken ct = default)
    {
        var query = db.StakeholderAssessments.AsNoTracking();
        if (ids is not null) query = query.Where(a => ids.Contains(a.InitiativeId));
        var all = await query.ToListAsync(ct);
        return all.GroupBy(a => a.InitiativeId)
            .Select(g => (g.Key, Groups: AlignmentMap.Compute(Latest(g).Select(Ratings).ToList()).MisalignedGroups))
            .Where(x => x.Groups.Count > 0).ToDictionary(x => x.Key, x => x.Groups);
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

    private static List<StakeholderAssessment> Latest(IEnumerable<StakeholderAssessment> all) =>
        all.GroupBy(a => a.Group).Select(g => g.OrderBy(a => a.AssessedOn).ThenBy(a => a.Id).Last()).OrderBy(a => Order(a.Group)).ThenBy(a => a.Group, StringComparer.Ordinal).ToList();

    private static int Order(string group)
    {
        var i = StakeholderGroups.Usual.ToList().IndexOf(group);
        return i < 0 ? int.MaxValue : i;
    }

    private static GroupRatings Ratings(StakeholderAssessment a) => new(a.Group, a.Priority, a.Incentives, a.Barriers, a.Benefit, a.Effort);
}
