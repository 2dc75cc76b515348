using System.Text.Json.Serialization;

namespace LearningLoop.Web.Infrastructure;

public static class JsonRegistration
{
    /// <summary>Enums travel as their names ("Ward", "MiddleManager"): readable in scripts and stable if members are reordered.</summary>
    public static IServiceCollection AddLearningLoopJson(this IServiceCollection services) =>
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
}
