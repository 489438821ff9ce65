using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regie.Core.Imports;
using Regie.Core.Knowledge;
using Regie.Core.Landscape;
using Regie.Data;
using Regie.Discovery.Imports;
using Regie.Web.Features.Import;
using Regie.Web.Infrastructure;

namespace Regie.Web.Pages.Import;

/// <summary>
/// Upload an export the school already has (inventory CSV/XLSX, Entra, Google Workspace, CycloneDX, DAAF): every row goes
/// through the catalog matcher, and the whole file is saved or, on any error, nothing — the same path as `regie import`.
/// </summary>
// The form around the file takes a little more than the file: a file just over the limit still arrives and gets the plain message below.
[RequestSizeLimit(MaxBytes + FormOverhead)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxBytes + FormOverhead)]
public sealed class IndexModel(RegieDbContext db, RegieKnowledge knowledge, CurrentBoard board, UiText text, TimeProvider time) : PageModel
{
    public const int MaxBytes = ImportOperations.MaxBytes;
    private const int FormOverhead = 1024 * 1024;

    public static IReadOnlyList<(string Value, string Label)> Formats { get; } =
    [
        ("", "Herken aan het bestand"),
        ("inventory", "Inventaris (CSV of XLSX, het sjabloon van Regie)"),
        ("entra", "Microsoft Entra: Bedrijfstoepassingen (CSV)"),
        ("google", "Google Workspace: app-toegang (CSV)"),
        ("cyclonedx", "CycloneDX 1.6 (JSON, SaaSBOM)"),
        ("daaf", "DAAF-export (JSON, Universiteit Utrecht)"),
    ];

    [BindProperty] public string? Format { get; set; }

    public ImportResult? Result { get; private set; }
    public string? Problem { get; private set; }

    public void OnGet()
    {
    }

    /// <summary>The empty inventory to fill in (xlsx or csv), from the generator `regie import template` uses.</summary>
    public IActionResult OnGetTemplate(string? format) =>
        InventoryTemplateDownload.For(format, knowledge) is { } template ? File(template.Content, template.ContentType, template.FileName) : NotFound();

    public async Task<IActionResult> OnPostAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        if (file is null || file.Length == 0)
        {
            Problem = text["Kies een bestand om in te lezen."];
            return Page();
        }

        if (file.Length > MaxBytes)
        {
            Problem = $"{Path.GetFileName(file.FileName)}: {text.Why(new FileTooLarge(MaxBytes))}";
            return Page();
        }

        await using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, cancellationToken);
        var name = Path.GetFileName(file.FileName);
        var attempt = await ImportOperations.ImportAsync(buffer, name, Format, db, knowledge, new OrganisationId(board.Id), time, cancellationToken);
        if (attempt.UnknownFormat)
        {
            Problem = text["{0}: Regie herkent dit bestand niet aan naam of inhoud; kies het soort bestand.", name];
            return Page();
        }

        Result = attempt.Result;
        if (attempt.LooksLike is { } hint)
        {
            Problem = text["Dit lijkt een export van {0}: kies dat soort bestand.", hint == ImportFormat.Entra ? "Microsoft Entra" : "Google Workspace"];
        }

        return Page();
    }
}
