namespace LearningLoop.Web.Features.Access;

/// <summary>Guards redirects after sign-in: only paths on this site, never another host (open-redirect).</summary>
public static class LocalUrl
{
    public static string OrHome(string? url) =>
        !string.IsNullOrEmpty(url) && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\')) ? url : "/";
}
