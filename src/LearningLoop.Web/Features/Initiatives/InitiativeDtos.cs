using LearningLoop.Analytics.Spc;
using LearningLoop.Core.Improvement;
using LearningLoop.Core.Measures;

namespace LearningLoop.Web.Features.Initiatives;

// What the API returns. Writable records come back in the shape of the form that changes them, so a script can GET,
// change a field and PUT.

public sealed record MeasureRefDto(int Id, string Name, MeasureKind Kind, VariationIcon? Variation, SpcRuleSet Rules);

public sealed record InitiativeSummaryDto(
    int Id, string Title, InitiativePhase Phase, IReadOnlyList<string> Units, string? Lead, DateOnly LastActivity, DateOnly? LastCycle,
    int Cycles, bool Stale, IReadOnlyList<MeasureRefDto> Measures)
{
    public static InitiativeSummaryDto From(PortfolioRow r) => new(r.Id, r.Title, r.Phase, r.Units, r.Lead, r.LastActivity, r.LastCycle, r.Cycles, r.Stale,
        r.Measures.Select(m => new MeasureRefDto(m.Id, m.Name, m.Kind, m.Variation, m.Rules)).ToList());
}

public sealed record AimDto(string Statement, int? MeasureId, string? Measure, double? Baseline, double? Target, DateOnly? By);

public sealed record PersonRefDto(int Id, string Name);

public sealed record UnitRefDto(int Id, string Name);

public sealed record TeamMemberDto(int Id, int PersonId, string Name, TeamRole Role, DateOnly? JoinedOn);

public sealed record ChangeIdeaDto(int Id, int DriverId, string Text, int Cycles);

public sealed record DriverDto(int Id, int? ParentId, string Text, IReadOnlyList<DriverDto> Secondary, IReadOnlyList<ChangeIdeaDto> ChangeIdeas);

public sealed record InitiativeDto(
    int Id, string Title, string Problem, AimDto Aim, InitiativePhase Phase, DateOnly StartedOn, IReadOnlyList<UnitRefDto> Units,
    PersonRefDto? Lead, PersonRefDto? Sponsor, IReadOnlyList<TeamMemberDto> Team, IReadOnlyList<MeasureRefDto> Measures,
    IReadOnlyList<DriverDto> Drivers, bool CanEdit, bool CanGovern)
{
    public static InitiativeDto From(Initiative i, bool canEdit, bool canGovern) => new(
        i.Id, i.Title, i.Problem, new AimDto(i.AimStatement, i.AimMeasureId, i.AimMeasure?.Name, i.AimBaseline, i.AimTarget, i.AimDate),
        i.Phase, i.StartedOn, i.Units.Where(u => u.Unit is not null).Select(u => new UnitRefDto(u.UnitId, u.Unit!.Name)).OrderBy(u => u.Name, StringComparer.Ordinal).ToList(),
        i.Lead is { } lead ? new PersonRefDto(lead.Id, lead.Name) : null, i.Sponsor is { } sponsor ? new PersonRefDto(sponsor.Id, sponsor.Name) : null,
        i.Team.OrderBy(t => t.Role).ThenBy(t => t.Person?.Name, StringComparer.Ordinal).Select(t => new TeamMemberDto(t.Id, t.PersonId, t.Person?.Name ?? "", t.Role, t.JoinedOn)).ToList(),
        i.Measures.Where(m => m.Measure is not null).Select(m => new MeasureRefDto(m.MeasureId, m.Measure!.Name, m.Measure.Kind, null, m.Measure.RuleSet)).ToList(),
        DriverTree(i), canEdit, canGovern);

    public static IReadOnlyList<DriverDto> DriverTree(Initiative i)
    {
        DriverDto Of(Driver d) => new(d.Id, d.ParentId, d.Text,
            i.Drivers.Where(s => s.ParentId == d.Id).OrderBy(s => s.Order).ThenBy(s => s.Id).Select(Of).ToList(),
            i.ChangeIdeas.Where(c => c.DriverId == d.Id).OrderBy(c => c.Order).ThenBy(c => c.Id)
                .Select(c => new ChangeIdeaDto(c.Id, c.DriverId, c.Text, i.Cycles.Count(x => x.ChangeIdeaId == c.Id))).ToList());
        return i.Drivers.Where(d => d.ParentId is null).OrderBy(d => d.Order).ThenBy(d => d.Id).Select(Of).ToList();
    }
}

public sealed record PdsaCycleDto(
    int Id, int InitiativeId, int ChangeIdeaId, string ChangeIdea, int Number, PdsaStage Stage, string Title, string Question, string Prediction,
    string Scale, string Who, string What, string Where, DateOnly StartsOn, DateOnly? EndsOn, string DataToCollect, string WhatHappened,
    string Observations, string Result, int? MeasureId, PdsaDecision? Decision, string NextSteps, bool StartPhase)
{
    public static PdsaCycleDto From(PdsaCycle c) => new(
        c.Id, c.InitiativeId, c.ChangeIdeaId, c.ChangeIdea?.Text ?? "", c.Number, c.Stage, c.Title, c.Question, c.Prediction, c.Scale, c.Who, c.What,
        c.Where, c.StartsOn, c.EndsOn, c.DataToCollect, c.WhatHappened, c.Observations, c.Result, c.MeasureId, c.Decision, c.NextSteps, c.MeasurePhaseId is not null);
}

public sealed record InterventionDto(
    int Id, int? InitiativeId, int? UnitId, string? Unit, InterventionKind Kind, string Title, string Description, DateOnly StartsOn, DateOnly? EndsOn,
    string Participants, int? ParticipantCount)
{
    public static InterventionDto From(Intervention i) => new(i.Id, i.InitiativeId, i.UnitId, i.Unit?.Name, i.Kind, i.Title, i.Description, i.StartsOn,
        i.EndsOn, i.Participants, i.ParticipantCount);
}

public sealed record AdoptionDto(int Id, int InitiativeId, string Initiative, int UnitId, string Unit, int? FromUnitId, string? FromUnit, DateOnly AdoptedOn, string Adaptation, string Result)
{
    public static AdoptionDto From(Adoption a) => new(a.Id, a.InitiativeId, a.Initiative?.Title ?? "", a.UnitId, a.Unit?.Name ?? "", a.FromUnitId, a.FromUnit?.Name,
        a.AdoptedOn, a.Adaptation, a.Result);
}
