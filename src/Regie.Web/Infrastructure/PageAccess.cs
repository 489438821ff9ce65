using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace Regie.Web.Infrastructure;

/// <summary>Pages follow the board's rule (<see cref="Policies.Board"/>: readers GET, editors POST) unless their model names another.</summary>
public static class PageAccess
{
    public static void RequireBoardUnlessNamed(PageApplicationModel page)
    {
        var named = page.HandlerTypeAttributes.Concat(page.EndpointMetadata).Any(a => a is IAuthorizeData or IAllowAnonymous);
        if (!named)
        {
            page.EndpointMetadata.Add(new AuthorizeAttribute(Policies.Board));
        }
    }
}
