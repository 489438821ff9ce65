using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Regie.Web.Pages;

[IgnoreAntiforgeryToken]
[AllowAnonymous] // also shows 401, 403 and 404 to a visitor who is not signed in
public sealed class ErrorModel : PageModel
{
    public bool IsNotFound { get; private set; }

    public bool IsForbidden { get; private set; }

    public void OnGet(int? code) => (IsNotFound, IsForbidden) = (code == StatusCodes.Status404NotFound, code == StatusCodes.Status403Forbidden);

    public void OnPost(int? code) => OnGet(code);
}
