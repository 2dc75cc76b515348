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
    private static readonly string[] ReviewerRoles = [Roles.Administrator, Roles.ImprovementLead, Roles.Manager];

    /// <summary>A reviewer calling with an API key: file uploads that a cross-site form could forge on a cookie session
    /// take this policy (people import through the page, whose form carries an antiforgery token).</summary>
    public const string ScriptReviewer = "SafetyScriptReviewer";

    /// <summary>Safety events (any member reports, optionally anonymously), triage, patient days, rates, benchmarking and
    /// the safety-culture survey's percent-positive results.</summary>
    public static IServiceCollection AddSafetyFeature(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<SafetyEventEditor>();
        services.AddScoped<SafetyQueries>();
        services.TryAddScoped<PatientDays>();
        services.AddScoped<SafetyRates>();
        services.AddScoped<PatientDaysFhirImport>();
        services.AddScoped<SafetyBenchmark>();
        services.AddScoped<Core.Surveys.PercentPositiveReport>();
        services.Configure<AuthorizationOptions>(o =>
        {
            o.AddPolicy(Reviewer, Policies.MemberInRole(ReviewerRoles));
            o.AddPolicy(ScriptReviewer, new AuthorizationPolicyBuilder(ApiKeyAuthenticationHandler.SchemeName).RequireAuthenticatedUser()
                .RequireClaim(OrganisationClaimsFactory.OrganisationClaim).RequireRole(ReviewerRoles).Build());
        });
        return services;
    }
}
