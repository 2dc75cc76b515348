using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;

namespace LearningLoop.Web.Infrastructure;

/// <summary>Whether a person may open a page, decided by the page's own <c>[Authorize]</c> attributes evaluated as
/// <c>AuthorizeRouteView</c> evaluates them when the page is opened (the route values as the resource). A view that
/// links to a record asks this before drawing the link, so nobody is shown a link that answers 403 (issue 8), and the
/// rule lives once, on the page. Answers are kept for the request: a timeline asks the same question many times.</summary>
public sealed class PageLinks(IAuthorizationService authorization, IAuthorizationPolicyProvider policies)
{
    private readonly Dictionary<(Type Page, int? Id), bool> _answers = [];

    public async Task<bool> MayOpenAsync<TPage>(ClaimsPrincipal viewer, int? id = null) where TPage : IComponent
    {
        ArgumentNullException.ThrowIfNull(viewer);
        if (_answers.TryGetValue((typeof(TPage), id), out var known)) return known;
        var rules = typeof(TPage).GetCustomAttributes(inherit: true).OfType<IAuthorizeData>().ToArray();
        var policy = rules.Length == 0 ? null : await AuthorizationPolicy.CombineAsync(policies, rules);
        var values = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
        if (id is { } value) values["Id"] = value;
        var allowed = policy is null || (await authorization.AuthorizeAsync(viewer, new Microsoft.AspNetCore.Components.RouteData(typeof(TPage), values), policy)).Succeeded;
        _answers[(typeof(TPage), id)] = allowed;
        return allowed;
    }

    /// <summary>The address if the viewer may open the page, otherwise none: the view shows the text without a link.</summary>
    public async Task<string?> HrefAsync<TPage>(ClaimsPrincipal viewer, string href, int? id = null) where TPage : IComponent =>
        await MayOpenAsync<TPage>(viewer, id) ? href : null;
}
