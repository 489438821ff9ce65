using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Regie.Core.Catalog;
using Regie.Core.Imports;
using Regie.Core.Knowledge;
using Regie.Core.Landscape;
using Regie.Data;
using Regie.Data.Imports;
using Regie.Web.Features.Import;
using Regie.Web.Infrastructure;

namespace Regie.Web.Pages.Import;

/// <summary>
/// Upload an export the school already has (inventory CSV/XLSX, Entra, Google Workspace, CycloneDX, DAAF) in two steps: the
/// upload shows a preview (what is added, changed field by field, left alone, no longer in the file, and the rows to review),
/// nothing stored; "Opslaan" stores exactly that preview, whole or not at all — the same path as `regie import`.
/// </summary>
// The form around the file takes a little more than the file: a file just over the limit still arrives and gets the plain message below.
[RequestSizeLimit(MaxBytes + FormOverhead)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxBytes + FormOverhead)]
public sealed class IndexModel(RegieDbContext db, RegieKnowledge knowledge, CurrentBoard board, UiText text, TimeProvider time, ImportStaging staging) : PageModel
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
        ("archimate", "ArchiMate-model (XML, uitwisselingsformaat van The Open Group, bijv. uit Archi)"),
    ];

    [BindProperty] public string? Format { get; set; }

    /// <summary>The preview (not applied) or the import's result.</summary>
    public ImportResult? Result { get; private set; }

    /// <summary>The upload the preview belongs to; the confirm form sends it back.</summary>
    public string? Token { get; private set; }

    /// <summary>The review answers the preview was made with, by name as in the file (null: the board's own).</summary>
    public IReadOnlyDictionary<string, string?> Decided { get; private set; } = new Dictionary<string, string?>();

    public string? Problem { get; private set; }

    /// <summary>The catalog's products to pick from in the review list, by name.</summary>
    public IEnumerable<Product> Products => knowledge.Catalog.Products.OrderBy(p => p.Name, StringComparer.CurrentCultureIgnoreCase);

    public void OnGet()
    {
    }

    /// <summary>The empty inventory to fill in (xlsx or csv), from the generator `regie import template` uses.</summary>
    public IActionResult OnGetTemplate(string? format) =>
        InventoryTemplateDownload.For(format, knowledge) is { } template ? File(template.Content, template.ContentType, template.FileName) : NotFound();

    /// <summary>Step one: read the file and show what it would do; keep it for the confirmation when it has no errors.</summary>
    public async Task<IActionResult> OnPostAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        // A chosen file that is empty is the reader's to name ("het bestand is leeg"); only no file at all asks to choose one.
        if (file is null || (file.Length == 0 && string.IsNullOrEmpty(file.FileName)))
        {
            Problem = text["Kies een bestand om in te lezen."];
            return Page();
        }

        var name = Path.GetFileName(file.FileName);
        if (file.Length > MaxBytes)
        {
            Problem = $"{name}: {text.Why(new FileTooLarge(MaxBytes))}";
            return Page();
        }

        await using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, cancellationToken);
        if (!await PreviewAsync(buffer, name, Format, MatchDecisions.None, removeMissing: false, cancellationToken))
        {
            return Page();
        }

        var staged = await staging.StageAsync(buffer, board.Id, name, Format, cancellationToken);
        Token = staged.Token;
        return Page();
    }

    /// <summary>
    /// Step two: store the previewed file. When the review answers differ from those the preview showed, or the board changed
    /// since, nothing is stored: the page shows the new preview to confirm instead.
    /// </summary>
    public async Task<IActionResult> OnPostApplyAsync(
        string? token, string? fingerprint, bool removeMissing, List<ReviewAnswer>? review, CancellationToken cancellationToken)
    {
        if (await staging.LoadAsync(token, board.Id, cancellationToken) is not { } loaded)
        {
            Problem = text["Dit voorbeeld is verlopen of hoort bij een ander bestuur; lees het bestand opnieuw in."];
            return Page();
        }

        var (staged, content) = loaded;

        await using var _ = content;
        Format = staged.Format;
        var answers = AnswersOf(review ?? [], staged.Decisions);
        if (answers.Values.OfType<string>().FirstOrDefault(id => !knowledge.Catalog.ProductById.ContainsKey(id)) is { } unknown)
        {
            Problem = text.Why(new ProductNotInCatalog(unknown));
            await ShowPreviewAsync(staged, content, removeMissing, cancellationToken);
            return Page();
        }

        var previewed = staged.Decisions;
        staged = staged with { Decisions = answers };
        if (!SameProducts(answers, previewed))
        {
            await staging.SaveAsync(staged, cancellationToken);
            Problem = text["Het voorbeeld is bijgewerkt met je keuzes. Controleer het en sla op."];
            await ShowPreviewAsync(staged, content, removeMissing, cancellationToken);
            return Page();
        }

        var attempt = await ImportOperations.ImportAsync(
            content, staged.FileName, staged.Format, new ImportOptions(RemoveMissing: removeMissing, ExpectedFingerprint: fingerprint ?? ""), staged.ToDecisions(),
            db, knowledge, new OrganisationId(board.Id), time, cancellationToken);
        if (attempt.Result is { Succeeded: false } refused && refused.Errors.Any(e => e.Why is BoardChangedSincePreview))
        {
            Problem = text.Line(refused.Errors[0]);
            await ShowPreviewAsync(staged, content, removeMissing, cancellationToken);
            return Page();
        }

        Result = attempt.Result;
        if (Result is { Succeeded: true })
        {
            staging.Remove(staged.Token);
        }

        return Page();
    }

    private async Task ShowPreviewAsync(StagedImport staged, MemoryStream content, bool removeMissing, CancellationToken cancellationToken)
    {
        if (await PreviewAsync(content, staged.FileName, staged.Format, staged.ToDecisions(), removeMissing, cancellationToken))
        {
            Token = staged.Token;
            Decided = staged.Decisions;
        }
    }

    /// <summary>Reads the file as a dry run into <see cref="Result"/>; false when nothing can be confirmed (unknown format or errors).</summary>
    private async Task<bool> PreviewAsync(MemoryStream content, string name, string? format, MatchDecisions decisions, bool removeMissing, CancellationToken cancellationToken)
    {
        var attempt = await ImportOperations.ImportAsync(
            content, name, format, new ImportOptions(DryRun: true, RemoveMissing: removeMissing), decisions, db, knowledge, new OrganisationId(board.Id), time, cancellationToken);
        if (attempt.UnknownFormat)
        {
            Problem = text["{0}: Regie herkent dit bestand niet aan naam of inhoud; kies het soort bestand.", name];
            return false;
        }

        Result = attempt.Result;
        if (attempt.LooksLike is { } hint)
        {
            Problem = text["Dit lijkt een export van {0}: kies dat soort bestand.", hint == ImportFormat.Entra ? "Microsoft Entra" : "Google Workspace"];
        }

        return Result is { Succeeded: true };
    }

    /// <summary>
    /// The review list's answers: a product picked by name or id wins over the choice list; "eigen" keeps the board's own
    /// service. Names answered before and not on this form keep their answer.
    /// </summary>
    private Dictionary<string, string?> AnswersOf(IEnumerable<ReviewAnswer> review, IReadOnlyDictionary<string, string?> earlier)
    {
        var answers = new Dictionary<string, string?>(earlier);
        foreach (var answer in review.Where(a => !string.IsNullOrWhiteSpace(a.Name)))
        {
            var product = !string.IsNullOrWhiteSpace(answer.Other) ? ProductIdOf(answer.Other.Trim())
                : answer.Choice is { Length: > 0 } choice && choice != OwnChoice ? choice : null;
            answers[answer.Name!] = product;
        }

        return answers;
    }

    /// <summary>A product typed by id or by its name; what matches neither stays as typed, for the catalog check to name.</summary>
    private string ProductIdOf(string typed) =>
        knowledge.Catalog.ProductById.ContainsKey(typed) ? typed
        : knowledge.Catalog.Products.FirstOrDefault(p => p.KnownNames.Any(n => string.Equals(n, typed, StringComparison.OrdinalIgnoreCase)))?.Id ?? typed;

    /// <summary>Whether two sets of answers make the same rows the same products; an unanswered row is the board's own, as "eigen" is.</summary>
    private static bool SameProducts(IReadOnlyDictionary<string, string?> a, IReadOnlyDictionary<string, string?> b) =>
        a.Keys.Concat(b.Keys).All(name => a.GetValueOrDefault(name) == b.GetValueOrDefault(name));

    /// <summary>The choice-list value for "keep it as the board's own product".</summary>
    public const string OwnChoice = "eigen";
}

/// <summary>One answer of the review list: the row's name as in the file, the choice (a product id or "eigen"), or another product typed.</summary>
public sealed class ReviewAnswer
{
    public string? Name { get; set; }
    public string? Choice { get; set; }
    public string? Other { get; set; }
}
