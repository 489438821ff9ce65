using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Regie.Core.Explaining;
using Regie.Core.Imports;
using Regie.Core.Knowledge;
using Regie.Core.Landscape;
using Regie.Data;
using Regie.Data.Imports;
using Regie.Discovery.Imports;
using Regie.Web.Infrastructure;

namespace Regie.Web.Features.Import;

/// <summary>
/// An import's answer, or its preview (applied false), as the API gives it: the counts, every problem and row with its reason as
/// {code, args, text} and an updated row's changes field by field, the dependencies added, the services the file does not
/// name (removed only when asked), the review list, and the fingerprint to confirm the preview with.
/// </summary>
public sealed record ImportResultDto(
    ImportFormat Format,
    string FileName,
    bool Succeeded,
    bool Applied,
    string Fingerprint,
    int Created,
    int Updated,
    int Joined,
    int Skipped,
    int Recognised,
    int Unrecognised,
    int Dependencies,
    int Assessments,
    IReadOnlyList<ImportIssueDto> Errors,
    IReadOnlyList<ImportIssueDto> Notes,
    IReadOnlyList<ImportIssueDto> Review,
    IReadOnlyList<ImportRowDto> Rows,
    int RowsOmitted,
    IReadOnlyList<ImportedEdge> NewEdges,
    IReadOnlyList<MissingServiceDto> Missing,
    bool MissingRemoved)
{
    /// <summary>
    /// Rows listed in one answer: a large file's every row as JSON is tens of megabytes (and as many held in memory), so beyond
    /// this the answer lists the rows that are not simply new first, up to the limit, and counts the rest in RowsOmitted.
    /// </summary>
    public const int MaxListedRows = 1_000;

    public static ImportResultDto From(ImportResult result, UiText text) => new(
        result.Format, result.FileName, result.Succeeded, result.Applied, result.Fingerprint, result.Created, result.Updated, result.Joined, result.Skipped,
        result.Recognised, result.Unrecognised, result.Dependencies, result.Assessments,
        [.. result.Errors.Select(e => ImportIssueDto.From(e, text))], [.. result.OtherNotes.Select(n => ImportIssueDto.From(n, text))],
        [.. result.Review.Select(n => ImportIssueDto.From(n, text))],
        [
            .. result.Rows.Where(r => r.Outcome != RowOutcome.Created).Concat(result.Rows.Where(r => r.Outcome == RowOutcome.Created)).Take(MaxListedRows)
                .Select(r => new ImportRowDto(
                    r.Place, r.Row, r.RawName, r.Outcome, r.ServiceName, r.CatalogProductId, text.Document(r.Why),
                    [.. r.Changes.Select(c => FieldChangeDto.From(c, text))])),
        ],
        Math.Max(0, result.Rows.Count - MaxListedRows),
        result.NewEdges, [.. result.Missing.Select(m => new MissingServiceDto(m.Id.Value, m.Name))], result.MissingRemoved);
}

/// <summary>One field of an updated service: old and new as values, and the whole change as a line in the reader's language.</summary>
public sealed record FieldChangeDto(ServiceField Field, object? Old, object? New, string Text)
{
    public static FieldChangeDto From(FieldChange change, UiText text) => new(change.Field, change.Old, change.New, ReasonText.Change(change, text.ApiCulture));
}

/// <summary>A registered service the file does not name.</summary>
public sealed record MissingServiceDto(Guid Id, string Name);

/// <summary>A problem or remark at one place in the file; <see cref="Text"/> is the whole line (file, place, reason) in the reader's language.</summary>
public sealed record ImportIssueDto(string File, int? Row, string? Column, string? JsonPath, ReasonDocument Why, string Text)
{
    public static ImportIssueDto From(ImportIssue issue, UiText text) =>
        new(issue.File, issue.Row, issue.Column, issue.JsonPath, text.Document(issue.Why), ReasonText.Render(issue, text.ApiCulture));
}

/// <summary>What became of one row: <see cref="Place"/> as kept with the evidence ("rij 3" or a JSON path), the spreadsheet row, and why.</summary>
public sealed record ImportRowDto(
    string Place, int? Row, string RawName, RowOutcome Outcome, string ServiceName, string? CatalogProductId, ReasonDocument Why, IReadOnlyList<FieldChangeDto> Changes);

public static class ImportEndpoints
{
    public static void MapImportApi(this RouteGroupBuilder api) =>
        api.MapPost("/import", ImportAsync).WithTags("Import").RequireRateLimiting(RateLimits.Imports)
            .WithSummary("Imports a file sent as the body (fileName names it; format: inventory, entra, google, cyclonedx, daaf or archimate, else recognised). All rows or none. " +
                "dryRun=true previews (nothing stored; the answer's fingerprint confirms it: pass it back as fingerprint to refuse the import when the board changed since); " +
                "removeMissing=true removes the services the file does not name; match=NAME=product-id or match=NAME=eigen decides a row of the review list.");

    private static async Task<Results<Ok<ImportResultDto>, BadRequest<ImportResultDto>, ValidationProblem>> ImportAsync(
        string? fileName, string? format, bool? dryRun, bool? removeMissing, string? fingerprint, [FromQuery] string[]? match, HttpRequest http, RegieDbContext db, RegieKnowledge knowledge, CurrentBoard board, TimeProvider time, UiText text,
        CancellationToken ct)
    {
        // Read no more than the limit plus one byte, so an oversized body is refused without being held in memory.
        await using var content = new MemoryStream();
        if (http.ContentLength is null or <= ImportOperations.MaxBytes)
        {
            var buffer = new byte[81920];
            int read;
            while (content.Length <= ImportOperations.MaxBytes && (read = await http.Body.ReadAsync(buffer, ct)) > 0)
            {
                content.Write(buffer, 0, (int)Math.Min(read, ImportOperations.MaxBytes + 1 - content.Length));
            }
        }

        if (http.ContentLength > ImportOperations.MaxBytes || content.Length > ImportOperations.MaxBytes)
        {
            return Invalid("body", $"{fileName ?? "upload"}: {text.Why(new FileTooLarge(ImportOperations.MaxBytes))}");
        }

        if (content.Length == 0)
        {
            return Invalid("body", $"Bestand: stuur een bestand van hoogstens {ImportOperations.MaxBytes / 1024 / 1024} MB als inhoud van de aanvraag.");
        }

        if (MatchDecisions.Parse(match ?? [], out var bad) is not { } decisions)
        {
            return Invalid("match", $"match '{bad}': schrijf NAAM=product-id of NAAM=eigen.");
        }

        var options = new ImportOptions(dryRun ?? false, removeMissing ?? false, string.IsNullOrWhiteSpace(fingerprint) ? null : fingerprint.Trim());
        var attempt = await ImportOperations.ImportAsync(content, fileName ?? "upload", format, options, decisions, db, knowledge, new OrganisationId(board.Id), time, ct);
        if (attempt.Result is not { } result)
        {
            return Invalid("format", $"{fileName}: Regie herkent dit bestand niet aan naam of inhoud; kies het soort bestand.");
        }

        var document = ImportResultDto.From(result, text);
        return result.Succeeded ? TypedResults.Ok(document) : TypedResults.BadRequest(document);
    }

    private static ValidationProblem Invalid(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }, title: "Er is niets ingelezen.");
}
