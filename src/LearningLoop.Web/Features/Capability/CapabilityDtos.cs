using LearningLoop.Analytics.Capability;
using LearningLoop.Analytics.Improvement;
using LearningLoop.Core.Capability;
using LearningLoop.Core.Surveys;

namespace LearningLoop.Web.Features.Capability;

public sealed record AssessmentDto(int Id, string Name, DateOnly Opens, DateOnly LastDay, WaveState State, int? Responses)
{
    /// <summary>The response count is given once the assessment is closed, as survey response counts are.</summary>
    public static AssessmentDto From(CapabilityAssessment a) =>
        new(a.Id, a.Name, a.Opens, a.LastDay, a.State, a.State == WaveState.Closed ? a.Responses : null);
}

public sealed record CellDto(string Domain, string Level, int? N, bool Suppressed, double? Mean, double? StandardDeviation, double? Agreement, double? Importance)
{
    /// <summary>A suppressed cell says how few answered only as "fewer than the minimum": its count is withheld too.</summary>
    public static CellDto From(CapabilityCell c) =>
        new(c.Domain, c.Level, c.Suppressed ? null : c.N, c.Suppressed, c.Mean, c.StandardDeviation, c.Agreement, c.Importance);
}

public sealed record GroupDto(string Group, string Name, int? Respondents, IReadOnlyList<CellDto> Cells);

public sealed record DifferenceDto(string Domain, string Level, double First, double Second, double Difference);

public sealed record ResultsDto(
    AssessmentDto Assessment, int MinCellSize, int? Respondents, IReadOnlyList<CellDto> Cells, IReadOnlyList<GroupDto> Groups,
    IReadOnlyList<CapabilityGap> Gaps, AssessmentDto? Previous, IReadOnlyList<DifferenceDto> Change)
{
    public static ResultsDto From(CapabilityResult r)
    {
        var min = r.Profile.MinCellSize;
        return new(AssessmentDto.From(r.Assessment), min, r.Profile.Respondents >= min ? r.Profile.Respondents : null,
            r.Profile.Cells.Select(CellDto.From).ToList(),
            r.Groups.Profiles.Select(g => new GroupDto(g.Key, CapabilityInstrument.GroupName(g.Key),
                g.Value.Respondents >= min ? g.Value.Respondents : null, g.Value.Cells.Select(CellDto.From).ToList())).ToList(),
            r.Gaps, r.Previous is null ? null : AssessmentDto.From(r.Previous),
            r.Change.Select(c => new DifferenceDto(c.Domain, c.Level, c.First, c.Second, c.Difference)).ToList());
    }
}

public sealed record ActionDto(
    int Id, string Title, string Description, string Domain, string? Level, int? WaveId, int? OwnerId, string? Owner,
    DateOnly? StartsOn, DateOnly? DueOn, CapabilityActionStatus Status, bool Overdue, IReadOnlyList<int> InitiativeIds, IReadOnlyList<int> MeasureIds)
{
    public static ActionDto From(CapabilityAction a, DateOnly today) => new(a.Id, a.Title, a.Description, a.Domain, a.Level, a.WaveId, a.OwnerId,
        a.Owner?.Name, a.StartsOn, a.DueOn, a.Status, a.OverdueOn(today), a.Initiatives.Select(i => i.InitiativeId).ToList(),
        a.Measures.Select(m => m.MeasureId).ToList());
}

public sealed record PlanProgressDto(int Actions, int Planned, int InProgress, int Done, int Dropped, int Overdue, double? ShareDone);

public sealed record ProgressDto(int InitiativeId, int Score, IReadOnlyList<ProgressReason> Reasons);

public sealed record GlanceInitiativeDto(
    int Id, string Title, string Phase, IReadOnlyList<string> Units, int Progress, IReadOnlyList<ProgressReason> Reasons,
    IReadOnlyList<GlanceMeasureDto> Measures);

public sealed record GlanceMeasureDto(int Id, string Name, string? Variation, string? VariationText);

/// <summary>The at-a-glance page as data; the capability part goes through <see cref="ResultsDto"/> so that suppressed
/// cells carry no count.</summary>
public sealed record AtAGlanceDto(
    string Level, int? Id, string Name, GlanceLink? Parent, IReadOnlyList<GlanceLink> Children, IReadOnlyList<GlanceInitiativeDto> Initiatives,
    IReadOnlyList<RcTrendSeries> RcTrend, ResultsDto? Capability, IReadOnlyList<GlanceAdoption> Spread, IReadOnlyList<GlanceTile> Tiles)
{
    public static AtAGlanceDto From(AtAGlance g) => new(g.Scope.Level.ToString(), g.Scope.Id, g.Scope.Name, g.Parent, g.Children,
        g.Initiatives.Select(i => new GlanceInitiativeDto(i.Row.Id, i.Row.Title, i.Row.Phase.ToString(), i.Row.Units, i.Progress.Score, i.Progress.Reasons,
            i.Row.Measures.Select(m => new GlanceMeasureDto(m.Id, m.Name, m.Variation?.ToString(), m.VariationText)).ToList())).ToList(),
        g.RcTrend, g.Capability is null ? null : ResultsDto.From(g.Capability), g.Spread, g.Tiles);
}
