using LearningLoop.Core.Search;

namespace LearningLoop.Web.Features.Search;

public static class SearchFeature
{
    public static IServiceCollection AddSearchFeature(this IServiceCollection services)
    {
        services.AddScoped<SiteSearch>();
        services.AddScoped<SearchQueries>();
        return services;
    }
}
