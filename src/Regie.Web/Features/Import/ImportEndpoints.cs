using Microsoft.AspNetCore.Http.HttpResults;
using Regie.Core.Imports;
using Regie.Core.Knowledge;
using Regie.Core.Landscape;
using Regie.Data;
using Regie.Discovery.Imports;
using Regie.Web.Infrastructure;

namespace Regie.Web.Features.Import;

public static class ImportEndpoints
{
    public static void MapImportApi(this RouteGroupBuilder api) =>
        api.MapPost("/import", ImportAsync).WithTags("Import")
            .WithSummary("Imports a file sent as the body (fileName names it; format: inventory, entra, google, cyclonedx or daaf, else recognised). All rows or none.");

    private static async Task<Results<Ok<ImportResult>, BadRequest<ImportResult>, ValidationProblem>> ImportAsync(
        string? fileName, string? format, HttpRequest http, RegieDbContext db, RegieKnowledge knowledge, CurrentBoard board, TimeProvider time, CancellationToken ct)
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

        if (content.Length is 0 or > ImportOperations.MaxBytes)
        {
            return Invalid("body", $"Bestand: stuur een bestand van hoogstens {ImportOperations.MaxBytes / 1024 / 1024} MB als inhoud van de aanvraag.");
        }

        var attempt = await ImportOperations.ImportAsync(content, fileName ?? "upload", format, db, knowledge, new OrganisationId(board.Id), time, ct);
        if (attempt.Result is not { } result)
        {
            return Invalid("format", $"{fileName}: Regie herkent dit bestand niet aan naam of inhoud; kies het soort bestand.");
        }

        return result.Succeeded ? TypedResults.Ok(result) : TypedResults.BadRequest(result);
    }

    private static ValidationProblem Invalid(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }, title: "Er is niets ingelezen.");
}
