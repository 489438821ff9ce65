using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regie.Core.Discovery;
using Regie.Core.Explaining;
using Regie.Core.Observatory;
using Regie.Data;
using Regie.Web.Features.Observatory;
using Regie.Web.Infrastructure;

namespace Regie.Web.Pages.Observatory;

/// <summary>
/// One register board's results in the public scan: its schools, each one's domain and providers with the DNS evidence.
/// Sector analysts, system administrators and the members of the Regie board with this register number; others get 404.
/// </summary>
[Authorize(Policy = Policies.SignedIn)]
public sealed class BoardModel(RegieDbContext db, CurrentBoard board, UiText text) : PageModel
{
    public BoardScanResults Results { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string number, string? scan, CancellationToken ct)
    {
        if (!await SectorScanOperations.MayOpenAsync(db, board, number, ct) || await SectorScanOperations.BoardAsync(db, number, scan, ct) is not { } results)
        {
            return NotFound();
        }

        Results = results;
        return Page();
    }

    public string ProviderName(ScanProvider provider) =>
        ReasonText.Provider(provider.Name.Length > 0 ? provider.Name : provider.Id, text.IsEnglish);

    public string OutcomeName(DomainOutcome? outcome) => text[outcome switch
    {
        DomainOutcome.Resolved => "beantwoord",
        null => "niet gescand",
        _ => "geen antwoord",
    }];
}
