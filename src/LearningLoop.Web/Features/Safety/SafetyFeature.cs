using LearningLoop.Core.Access;
using LearningLoop.Core.Safety;
using LearningLoop.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LearningLoop.Web.Features.Safety;

public static class SafetyFeature
{
    /// <summary>Managers, improvement leads and administrators: triage reports, keep patient days, read every report.</summary>
    public const string Reviewer = "SafetyReviewer";

    /// <summary>Safety events (any member reports, optionally anonymously), triage, patient days, rates, benchmarking and
    /// the safety-culture survey's percent-positive results.</summary>
    public static IServiceCollection AddSafetyFeature(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<SafetyEventEditor>();
        services.AddScoped<SafetyQueries>();
        services.AddScoped<PatientDays>();
        services.AddScoped<SafetyRates>();
        services.AddScoped<Core.Surveys.PercentPositiveReport>();
        services.Configure<AuthorizationOptions>(o =>
            o.AddPolicy(Reviewer, Policies.MemberInRole(Roles.Administrator, Roles.ImprovementLead, Roles.Manager)));
        return services;
    }
}
