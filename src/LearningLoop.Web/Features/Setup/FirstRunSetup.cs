using LearningLoop.Core.Access;

namespace LearningLoop.Web.Features.Setup;

/// <summary>Until the first administrator exists, every page leads to <c>/setup</c>; afterwards that page is gone.</summary>
public sealed class SetupState
{
    private volatile bool _done;

    public async Task<bool> IsNeededAsync(IServiceProvider services)
    {
        if (_done)
        {
            return false;
        }
        _done = !await services.GetRequiredService<FirstAdministrator>().IsNeededAsync();
        return !_done;
    }

    public void MarkDone() => _done = true;
}

public static class FirstRunSetup
{
    public const string Path = "/setup";

    public static IApplicationBuilder UseFirstRunSetup(this WebApplication app) => app.Use(async (context, next) =>
    {
        var path = context.Request.Path;
        var isPage = HttpMethods.IsGet(context.Request.Method) && !path.StartsWithSegments("/api") && !path.StartsWithSegments("/health")
            && !path.StartsWithSegments("/_framework") && !path.StartsWithSegments(Path) && !System.IO.Path.HasExtension(path.Value);
        if (isPage && await context.RequestServices.GetRequiredService<SetupState>().IsNeededAsync(context.RequestServices))
        {
            context.Response.Redirect(Path);
            return;
        }
        await next(context);
    });
}
