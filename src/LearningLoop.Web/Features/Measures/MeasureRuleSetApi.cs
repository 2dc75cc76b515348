using LearningLoop.Analytics.Spc;
using LearningLoop.Core.Persistence;
using LearningLoop.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace LearningLoop.Web.Features.Measures;

/// <summary>The organisation's default rule set for new measures, with its name as icons show it.</summary>
public sealed record RuleSetDefaultDto(SpcRuleSet RuleSet, string Title);

/// <summary>A change of the default: only the rule set.</summary>
public sealed record RuleSetDefaultBody(SpcRuleSet? RuleSet);

/// <summary><c>/api/v1/measures/rule-set-default</c>: which rule set (Anhøj or Making Data Count) a new measure starts
/// with. Every member reads it; administrators change it. Existing measures keep their own rule set.</summary>
public static class MeasureRuleSetApi
{
    public static RouteGroupBuilder MapMeasureRuleSetDefault(this RouteGroupBuilder measures)
    {
        measures.MapGet("/rule-set-default", ReadAsync).RequireAuthorization(Policies.Colleague).WithSummary("The rule set new measures start with");
        measures.MapPut("/rule-set-default", ChangeAsync).RequireAuthorization(Policies.Administrator)
            .WithSummary("Change the rule set new measures start with (administrators)");
        return measures;
    }

    public static async Task<Ok<RuleSetDefaultDto>> ReadAsync(MeasureEditor editor, CancellationToken ct)
    {
        var rules = await editor.OrganisationRuleSetAsync(ct);
        return TypedResults.Ok(new RuleSetDefaultDto(rules, rules.Title()));
    }

    public static async Task<Results<Ok<RuleSetDefaultDto>, ValidationProblem>> ChangeAsync(
        RuleSetDefaultBody body, LearningLoopDbContext db, CancellationToken ct)
    {
        if (body.RuleSet is not { } rules || !Enum.IsDefined(rules))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["ruleSet"] = ["Choose Anhoj or MakingDataCount."] });
        var organisation = await db.Organisations.SingleAsync(o => o.Id == db.Scope.OrganisationId, ct);
        organisation.MeasureRuleSet = rules;
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(new RuleSetDefaultDto(rules, rules.Title()));
    }
}
