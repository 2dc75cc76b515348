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
        services.AddExceptionHandler<DatabaseUnavailable>();
        services.AddLearningLoopJson();
        return services;
    }

    /// <summary><c>/openapi/v1.json</c> and the Scalar reference at <c>/api/reference</c>. Public: they describe, not expose, data.</summary>
    public static IEndpointRouteBuilder MapLearningLoopApiReference(this IEndpointRouteBuilder app)
    {
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        app.MapScalarApiReference("/api/reference", KeepInsideTheHospital).AllowAnonymous();
        return app;
    }

    /// <summary>The reference page reaches no outside service: no AI agent, MCP, SDK generation, request proxy,
    /// telemetry, web fonts or developer-tools toolbar (a hospital's network may forbid them, and API keys must not
    /// leave it). Only the bundled script and the app's own OpenAPI document are loaded.</summary>
    private static void KeepInsideTheHospital(ScalarOptions o)
    {
        o.WithTitle("LearningLoop API").WithOpenApiRoutePattern("/openapi/{documentName}.json");
        o.Agent = new ScalarAgentOptions { Disabled = true };
        o.Mcp = new ScalarMcpOptions { Disabled = true };
        o.Telemetry = false;
        o.DefaultFonts = false;
        o.ProxyUrl = null;
        o.HideClientButton = true;
        o.ShowDeveloperTools = DeveloperToolsVisibility.Never;
        // The bundle's "Powered by" link points at the vendor's site; the page names its maker in the title bar already.
        // Its light theme's muted grey and its POST and PUT labels' green and orange are 2.9-3.6:1 on its greys; a shade
        // darker each reaches 4.5:1 (WCAG 1.4.3, decision 0034).
        o.CustomCss = "a[href*=\"scalar.com\"] { display: none !important; }"
            + ".light-mode { --scalar-color-3: #6b6b6b !important; --scalar-color-green: #007a4d !important; "
            + "--scalar-color-orange: #bf4100 !important; }";
        // The bundle's page names no language; readers pick their voice from it (WCAG 3.1.1, decision 0034). Inline
        // script is allowed on this page alone (SecurityHeaders.ApiReferencePolicy).
        o.HeadContent = "<script>document.documentElement.lang = \"en\";</script>";
    }
}
