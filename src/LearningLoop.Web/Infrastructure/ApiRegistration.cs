using Scalar.AspNetCore;

namespace LearningLoop.Web.Infrastructure;

public static class ApiRegistration
{
    /// <summary>OpenAPI document, and RFC 9457 problem details for every error the API returns.</summary>
    public static IServiceCollection AddLearningLoopApi(this IServiceCollection services)
    {
        services.AddOpenApi("v1", o => o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "LearningLoop API";
            document.Info.Description = "The REST API of LearningLoop. Authenticate with a personal API key: " +
                "`Authorization: Bearer ll_...` (or `X-Api-Key: ll_...`). Create keys on the API keys page.";
            return Task.CompletedTask;
        }));
        services.AddProblemDetails();
        services.AddLearningLoopJson();
        return services;
    }

    /// <summary><c>/openapi/v1.json</c> and the Scalar reference at <c>/api/reference</c>. Public: they describe, not expose, data.</summary>
    public static IEndpointRouteBuilder MapLearningLoopApiReference(this IEndpointRouteBuilder app)
    {
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        app.MapScalarApiReference("/api/reference", o => o.WithTitle("LearningLoop API").WithOpenApiRoutePattern("/openapi/{documentName}.json")).AllowAnonymous();
        return app;
    }
}
