using LearningLoop.Core.Organisations;

namespace LearningLoop.Web.Features.Organisation;

public static class OrganisationFeature
{
    public static IServiceCollection AddOrganisationFeature(this IServiceCollection services)
    {
        services.AddScoped<OrganisationEditor>();
        services.AddScoped<PeopleCsvImport>();
        services.AddScoped<PeopleVisibility>();
        return services;
    }
}
