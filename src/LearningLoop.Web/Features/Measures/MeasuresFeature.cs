using LearningLoop.Core.Measures;
using Microsoft.AspNetCore.Components.Endpoints;

namespace LearningLoop.Web.Features.Measures;

public static class MeasuresFeature
{
    public static IServiceCollection AddMeasuresFeature(this IServiceCollection services)
    {
        services.AddScoped<MeasureEditor>();
        services.AddScoped<MeasureQueries>();
        services.AddScoped<MeasureComparisons>();
        services.AddScoped<MeasureValuesImport>();
        // The data grid posts one row per period: five years of weekly data is 260 rows, past the default of 100.
        services.Configure<RazorComponentsServiceOptions>(o => o.MaxFormMappingCollectionSize = Math.Max(o.MaxFormMappingCollectionSize, 1000));
        return services;
    }
}
