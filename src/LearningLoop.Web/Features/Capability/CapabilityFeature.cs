using LearningLoop.Core.Access;
using LearningLoop.Core.Capability;
using LearningLoop.Web.Features.Capability.Tiles;
using LearningLoop.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LearningLoop.Web.Features.Capability;

/// <summary>The learning-health-system capability assessment, its plan, and the organisation at a glance.</summary>
public static class CapabilityFeature
{
    /// <summary>Reads assessment results, the plan and the at-a-glance pages: the people who lead the organisation's
    /// learning (as survey results, managers included).</summary>
    public const string Reader = "CapabilityReader";

    /// <summary>Starts and closes assessments: the people who run surveys.</summary>
    public const string Organiser = "CapabilityOrganiser";

    /// <summary>Adds and changes plan actions.</summary>
    public const string Planner = "CapabilityPlanner";

    public static IServiceCollection AddCapabilityFeature(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.Configure<AuthorizationOptions>(o =>
        {
            o.AddPolicy(Reader, Policies.MemberInRole(Roles.Administrator, Roles.ImprovementLead, Roles.Manager));
            o.AddPolicy(Organiser, Policies.MemberInRole(Roles.Administrator, Roles.ImprovementLead));
            o.AddPolicy(Planner, Policies.MemberInRole(Roles.Administrator, Roles.ImprovementLead, Roles.Manager));
        });
        services.AddScoped<CapabilityAssessments>();
        services.AddScoped<CapabilityAssessmentStarter>();
        services.AddScoped<CapabilityPlanEditor>();
        services.AddScoped<AtAGlanceQuery>();
        // Tiles other capabilities fill (safety, partners, alignment), each read through that capability's own queries.
        services.AddScoped<GlanceActiveInitiatives>();
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IGlanceTileSource, ReportingRateTileSource>());
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IGlanceTileSource, SafetyCultureTileSource>());
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IGlanceTileSource, PartnerEngagementTileSource>());
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IGlanceTileSource, AlignmentTileSource>());
        return services;
    }
}
