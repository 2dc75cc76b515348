using Microsoft.Extensions.DependencyInjection;

namespace LearningLoop.Core.Demo;

public static class DemoRegistration
{
    /// <summary>The demo seeder and the foundation's parts of the story; each capability adds its own <see cref="IDemoStory"/>.</summary>
    public static IServiceCollection AddLearningLoopDemo(this IServiceCollection services)
    {
        services.AddScoped<DemoSeeder>();
        services.AddScoped<IDemoStory, OrganisationDemoStory>();
        services.AddScoped<IDemoStory, SignInsDemoStory>();
        services.AddScoped<IDemoStory, MeasuresDemoStory>();
        services.AddScoped<IDemoStory, ImprovementDemoStory>();
        services.AddScoped<IDemoStory, SurveysDemoStory>();
        services.AddScoped<Safety.PatientDays>();
        services.AddScoped<IDemoStory, SafetyDemoStory>();
        services.AddScoped<IDemoStory, CultureDemoStory>();
        services.AddScoped<IDemoStory, PartnersDemoStory>();
        services.AddScoped<IDemoStory, PartnershipEvaluationDemoStory>();
        services.AddScoped<IDemoStory, CapabilityDemoStory>();
        services.AddScoped<IDemoStory, NetworkDemoStory>();
        return services;
    }
}
