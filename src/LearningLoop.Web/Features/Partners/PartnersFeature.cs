using LearningLoop.Core.Partners;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LearningLoop.Web.Features.Partners;

public static class PartnersFeature
{
    /// <summary>Patient partnership (registry, engagement, recruitment) and clinical–managerial alignment.</summary>
    public static IServiceCollection AddPartnersFeature(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.Configure<AuthorizationOptions>(PartnerPolicies.Configure);
        services.AddScoped<PartnerRegistry>();
        services.AddScoped<EngagementQueries>();
        services.AddScoped<EngagementEditor>();
        services.AddScoped<Recruitment>();
        services.AddScoped<Alignment>();
        services.AddScoped<PartnershipSurveys>();
        services.AddScoped<PartnershipSurveyStarter>();
        services.AddScoped<EngagementEvaluation>();
        services.AddScoped<PartnershipPractices>();
        services.AddScoped<PartnershipGlance>();
        return services;
    }

    public static RouteGroupBuilder MapPartnershipApi(this RouteGroupBuilder api) =>
        api.MapPartnersApi().MapEngagementApi().MapRecruitmentApi().MapAlignmentApi().MapPracticesApi().MapEvaluationApi();
}
