using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Regie.Web.Pages;

[IgnoreAntiforgeryToken]
[AllowAnonymous] // also shows 401, 403, 404 and 429 to a visitor who is not signed in
public sealed class ErrorModel : PageModel
{
    public bool IsNotFound { get; private set; }

    public bool IsForbidden { get; private set; }

    public bool IsTooMany { get; private set; }

    /// <summary>For a 429: the seconds the rate limiter put in Retry-After.</summary>
    public int RetryAfterSeconds { get; private set; }

    public void OnGet(int? code)
    {
        (IsNotFound, IsForbidden, IsTooMany) = (code == StatusCodes.Status404NotFound, code == StatusCodes.Status403Forbidden, code == StatusCodes.Status429TooManyRequests);
        if (IsTooMany)
        {
            RetryAfterSeconds = int.TryParse(Response.Headers.RetryAfter, out var seconds) && seconds > 0 ? seconds : 60;
        }
    }

    public void OnPost(int? code) => OnGet(code);
}
