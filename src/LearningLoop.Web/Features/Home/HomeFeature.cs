namespace LearningLoop.Web.Features.Home;

public static class HomeFeature
{
    /// <summary>Each person's home page (<c>/</c>) and the organisation overview (<c>/overview</c>).</summary>
    public static IServiceCollection AddHomeFeature(this IServiceCollection services) => services.AddScoped<HomeQueries>();
}
