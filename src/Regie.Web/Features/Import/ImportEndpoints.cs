using Microsoft.AspNetCore.Http.HttpResults;
using Regie.Core.Explaining;
using Regie.Core.Imports;
using Regie.Core.Knowledge;
using Regie.Core.Landscape;
using Regie.Data;
using Regie.Discovery.Imports;
using Regie.Web.Infrastructure;

namespace Regie.Web.Features.Import;

/// <summary>An import's answer as the API gives it: the counts, and every problem and row with its reason as {code, args, text}.</summary>
public sealed record ImportResultDto(
    ImportFormat Format,
    string FileName,
    bool Succeeded,
    int Created,
    int Joined,
    int Skipped,
    int Recognised,
    int Unrecognised,
    int Dependencies,
    int Assessments,
    IReadOnlyList<ImportIssueDto> Errors,
    IReadOnlyList<ImportIssueDto> Notes,
    IReadOnlyList<ImportRowDto> Rows)
{
    public static ImportResultDto From(ImportResult result, UiText text) => new(
        result.Format, result.FileName, result.Succeeded, result.Created, result.Joined, result.Skipped, result.Recognised, result.Unrecognised,
        result.Dependencies, result.Assessments, [.. result.Errors.Select(e => ImportIssueDto.From(e, text))], [.. result.Notes.Select(n => ImportIssueDto.From(n, text))],
        [.. result.Rows.Select(r => new ImportRowDto(r.Place, r.Row, r.RawName, r.Outcome, r.ServiceName, r.CatalogProductId, text.Document(r.Why)))]);
}

/// <summary>A problem or remark at one place in the file; <see cref="Text"/> is the whole line (file, place, reason) in the reader's language.</summary>
public sealed record ImportIssueDto(string File, int? Row, string? Column, string? JsonPath, ReasonDocument Why, string Text)
{
    public static ImportIssueDto From(ImportIssue issue, UiText text) =>
        new(issue.File, issue.Row, issue.Column, issue.JsonPath, text.Document(issue.Why), ReasonText.Render(issue, text.ApiCulture));
}

/// <summary>What became of one row: <see cref="Place"/> as kept with the evidence ("rij 3" or a JSON path), the spreadsheet row, and why.</summary>
public sealed record ImportRowDto(string Place, int? Row, string RawName, RowOutcome Outcome, string ServiceName, string? CatalogProductId, ReasonDocument Why);

public static class ImportEndpoints
{
    public static void MapImportApi(this RouteGroupBuilder api) =>
        api.MapPost("/import", ImportAsync).WithTags("Import")
            .WithSummary("Imports a file sent as the body (fileName names it; format: inventory, entra, google, cyclonedx or daaf, else recognised). All rows or none.");

    private static async Task<Results<Ok<ImportResultDto>, BadRequest<ImportResultDto>, ValidationProblem>> ImportAsync(
        string? fileName, string? format, HttpRequest http, RegieDbContext db, RegieKnowledge knowledge, CurrentBoard board, TimeProvider time, UiText text,
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

        var attempt = await ImportOperations.ImportAsync(content, fileName ?? "upload", format, db, knowledge, new OrganisationId(board.Id), time, ct);
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
