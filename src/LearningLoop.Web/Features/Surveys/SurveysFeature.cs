using LearningLoop.Core.Access;
using LearningLoop.Core.Surveys;
using LearningLoop.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LearningLoop.Web.Features.Surveys;

public static class SurveysFeature
{
    /// <summary>May read survey results (aggregates, always suppressed below the minimum cell size).</summary>
    public const string Analyst = "SurveyAnalyst";
    /// <summary>May create waves, generate links, send invitations and close waves.</summary>
    public const string Organiser = "SurveyOrganiser";

    public static IServiceCollection AddSurveysFeature(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<Respondents>();
        services.AddSingleton<SubmissionQueue>();
        services.AddSingleton<SurveyFormCache>();
        services.AddScoped<SubmittedAnswers>();
        services.AddScoped<WaveResultsGate>();
        services.AddScoped<RcReports>();
        services.AddScoped<ResponseRates>();
        services.AddScoped<BuiltInInstruments>();
        services.AddScoped<WaveEditor>();
        services.AddScoped<Invitations>();
        services.AddScoped<InstrumentImport>();
        services.AddScoped<FhirResponseExport>();
        services.AddScoped<Initiatives.ITimelineSource, SurveyWavesTimelineSource>();
        var options = configuration.GetSection(SurveyOptions.Section).Get<SurveyOptions>() ?? new SurveyOptions();
        services.AddSingleton(options);
        services.AddKioskRateLimit(options, configuration);
        services.Configure<AuthorizationOptions>(o =>
        {
            o.AddPolicy(Analyst, Policies.MemberInRole(Roles.Administrator, Roles.ImprovementLead, Roles.Manager));
            o.AddPolicy(Organiser, Policies.MemberInRole(Roles.Administrator, Roles.ImprovementLead));
        });
        return services;
    }
}
