using LearningLoop.Core.Improvement;
using LearningLoop.Web.Features.Learning;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LearningLoop.Web.Features.Initiatives;

public static class InitiativesFeature
{
    /// <summary>Initiatives, PDSA cycles, interventions, spread, and the learning kept around them (lessons, interview notes).</summary>
    public static IServiceCollection AddInitiativesFeature(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.Configure<InitiativeOptions>(configuration.GetSection(InitiativeOptions.Section));
        services.Configure<AuthorizationOptions>(InitiativePolicies.Configure);
        services.AddScoped<IAuthorizationHandler, InitiativePolicies.RecordEditorHandler>();
        services.AddScoped<InitiativeAccess>();
        services.AddScoped<InitiativeQueries>();
        services.AddScoped<InitiativeEditor>();
        services.AddScoped<DriverDiagramEditor>();
        services.AddScoped<PdsaCycleEditor>();
        services.AddScoped<InterventionEditor>();
        services.AddScoped<SpreadEditor>();
        services.AddScoped<InitiativePortfolio>();
        services.AddScoped<InitiativeProgressQuery>();
        services.AddScoped<InitiativeTimeline>();
        services.AddScoped<ITimelineSource, ImprovementTimelineSource>();
        services.AddScoped<ITimelineSource, MeasureSignalsTimelineSource>();
        services.AddScoped<LessonEditor>();
        services.AddScoped<LessonSearch>();
        return services;
    }
}
