using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace LearningLoop.Core.Demo;

public static class DemoRegistration
{
    /// <summary>The demo seeder and the foundation's parts of the story; each capability adds its own <see cref="IDemoStory"/>.</summary>
    public static IServiceCollection AddLearningLoopDemo(this IServiceCollection services)
    {
        services.AddScoped<DemoSeeder>();
        // Demo:EndsInCurrentMonth (default true) moves the story to end this month; tests pin the story as written.
        services.AddSingleton(sp => sp.GetRequiredService<IConfiguration>().GetValue("Demo:EndsInCurrentMonth", true)
            ? DemoCalendar.EndingIn(DateOnly.FromDateTime((sp.GetService<TimeProvider>() ?? TimeProvider.System).GetUtcNow().UtcDateTime))
            : DemoCalendar.AsWritten);
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
