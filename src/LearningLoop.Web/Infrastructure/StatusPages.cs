namespace LearningLoop.Web.Infrastructure;

/// <summary>What an error status looks like. API callers get RFC 9457 problem details; a browser gets the friendly
/// status page with the status code kept (403 stays 403, never a redirect that ends in 200), so a refused or missing
/// page is honest to both people and tools.</summary>
public static class StatusPages
{
    public static bool IsApi(HttpRequest request) =>
        request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
        || request.Path.StartsWithSegments("/openapi", StringComparison.OrdinalIgnoreCase);

    public static IApplicationBuilder UseLearningLoopStatusPages(this IApplicationBuilder app)
    {
        app.UseWhen(c => IsApi(c.Request), api => api.UseStatusCodePages());
        // Only GET and HEAD are re-executed: re-running a refused form post would post it to the status page.
        app.UseWhen(c => !IsApi(c.Request) && (HttpMethods.IsGet(c.Request.Method) || HttpMethods.IsHead(c.Request.Method)),
            pages => pages.UseStatusCodePagesWithReExecute("/status/{0}", createScopeForStatusCodePages: true));
        return app;
    }
}
