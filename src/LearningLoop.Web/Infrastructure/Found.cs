using Microsoft.AspNetCore.Components;

namespace LearningLoop.Web.Infrastructure;

/// <summary>Answers 404 from a page whose record does not exist or belongs to another organisation (the two look the
/// same, so nothing is disclosed). Call it before the page's first await: in static rendering a not-found raised after
/// an asynchronous step may no longer change the response's status, so the existence check is a synchronous query.</summary>
public static class Found
{
    public static bool Check(NavigationManager navigation, bool exists)
    {
        if (!exists)
        {
            navigation.NotFound();
        }
        return exists;
    }
}
