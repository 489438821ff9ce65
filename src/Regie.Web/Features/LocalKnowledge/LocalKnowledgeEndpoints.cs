using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Regie.Core.Catalog;
using Regie.Core.Common;
using Regie.Core.Knowledge;
using Regie.Data;
using Regie.Web.Features;
using Regie.Web.Features.Shared;
using Regie.Web.Infrastructure;

namespace Regie.Web.Features.LocalKnowledge;

/// <summary>The board's local knowledge: its corrections of catalog facts and its own products. The shipped catalog stays as it is.</summary>
public static class LocalKnowledgeEndpoints
{
    public static void MapLocalKnowledgeApi(this RouteGroupBuilder api)
    {
        var corrections = api.MapGroup("/catalog/corrections").WithTags("Catalog");
        corrections.MapGet("/", ListCorrectionsAsync).WithSummary("The board's own corrections of catalog facts, each with its version.");
        corrections.MapPost("/", CorrectAsync).WithSummary(
            "Corrects one fact of a catalog product for this board, with a reason; replaces the board's earlier correction of that fact. Send the version of that fact's correction you read (`version` in the list, \"0\" while there was none) as If-Match (412 when stale) or as `version` (409 when stale): a stale save stores nothing and returns the current correction; without a version the save is not checked. The new version comes as the ETag.");
        corrections.MapDelete("/{id:guid}", DeleteCorrectionAsync).WithSummary(
            "Removes one of the board's corrections; the catalog's fact counts again. With If-Match (the correction's version) a removal of a correction changed meanwhile is refused (412) with the current one.");

        var products = api.MapGroup("/products/local").WithTags("Products");
        products.MapGet("/", ListProductsAsync).WithSummary("The board's own products, which the catalog lacks.");
        products.MapGet("/{key}", GetProductAsync).WithName("GetLocalProduct");
        products.MapPost("/", CreateProductAsync).WithSummary("Adds a product the catalog lacks; its key is derived from the name.");
        products.MapPut("/{key}", UpdateProductAsync).WithSummary(
            "Changes one of the board's own products; the key stays. Send the version from GET (ETag) as If-Match (412 when stale) or `version` (409 when stale).");
        products.MapDelete("/{key}", DeleteProductAsync).WithSummary(
            "Deletes one of the board's own products; refused (409) while a service uses it. With If-Match (the version from GET) a product changed meanwhile is kept (412 with the current values).");
    }

    private static async Task<Ok<List<CorrectionDto>>> ListCorrectionsAsync(RegieDbContext db, RegieKnowledge knowledge, CancellationToken ct)
    {
        var editor = new LocalKnowledgeEditor(db, knowledge);
        return TypedResults.Ok((await db.FactCorrections.AsNoTracking().ToListAsync(ct))
            .OrderBy(c => c.ProductId, StringComparer.Ordinal).ThenBy(c => c.Field).Select(c => CorrectionDto.From(c, editor.CorrectionVersionOf(c))).ToList());
    }

    private static async Task<Results<Created<CorrectionDto>, ValidationProblem, ProblemHttpResult>> CorrectAsync(
        CorrectionInput input, RegieDbContext db, RegieKnowledge knowledge, HttpContext http, CancellationToken ct)
    {
        var editor = new LocalKnowledgeEditor(db, knowledge);
        var errors = await editor.ValidateCorrectionAsync(input, ct);
        if (errors.Count > 0)
        {
            return Invalid(errors, "De correctie is niet opgeslagen: controleer de velden.");
        }

        input.Version = EditVersion.Requested(http.Request, input.Version);
        if (await editor.SaveCorrectionAsync(input, ct) is not { } correction)
        {
            var productId = knowledge.Catalog.ProductById[input.ProductId!.Trim()].Id;
            var stored = await editor.StoredCorrectionAsync(productId, input.Field!.Value, ct);
            var version = editor.CorrectionVersionOf(stored);
            return EditVersion.Conflict(http, "De correctie van dit feit", stored is null ? new { productId, field = input.Field, version } : CorrectionDto.From(stored, version), version);
        }

        var saved = CorrectionDto.From(correction, editor.CorrectionVersionOf(correction));
        EditVersion.Tag(http, saved.Version!);
        return TypedResults.Created($"/api/v1/catalog/corrections/{correction.Id}", saved);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteCorrectionAsync(
        Guid id, RegieDbContext db, RegieKnowledge knowledge, HttpContext http, CancellationToken ct)
    {
        var editor = new LocalKnowledgeEditor(db, knowledge);
        switch (await editor.DeleteCorrectionAsync(id, expectedVersion: EditVersion.Requested(http.Request, null), cancellationToken: ct))
        {
            case CorrectionChange.Done:
                return TypedResults.NoContent();
            case CorrectionChange.Stale when await db.FactCorrections.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, ct) is { } stored:
                var version = editor.CorrectionVersionOf(stored);
                return EditVersion.Conflict(http, "De correctie van dit feit", CorrectionDto.From(stored, version), version);
            default:
                return RegieApi.NotFound($"Correctie {id}");
        }
    }

    private static async Task<Ok<List<LocalProductDto>>> ListProductsAsync(RegieDbContext db, CancellationToken ct) =>
        TypedResults.Ok((await db.LocalProducts.AsNoTracking().ToListAsync(ct))
            .OrderBy(p => p.Name, StringComparer.OrdinalIgnoreCase).Select(LocalProductDto.From).ToList());

    private static async Task<Results<Ok<LocalProductDto>, ProblemHttpResult>> GetProductAsync(string key, RegieDbContext db, HttpContext http, CancellationToken ct) =>
        await db.LocalProducts.AsNoTracking().SingleOrDefaultAsync(p => p.Key == key, ct) is { } product
            ? TypedResults.Ok(Tagged(product, db, http))
            : RegieApi.NotFound($"Eigen product '{key}'");

    private static async Task<Results<CreatedAtRoute<LocalProductDto>, ValidationProblem>> CreateProductAsync(
        LocalProductInput input, RegieDbContext db, RegieKnowledge knowledge, HttpContext http, CancellationToken ct)
    {
        var editor = new LocalKnowledgeEditor(db, knowledge);
        var errors = await editor.ValidateProductAsync(input, null, ct);
        if (errors.Count > 0)
        {
            return Invalid(errors, "Het product is niet opgeslagen: controleer de velden.");
        }

        var product = (await editor.SaveProductAsync(input, null, ct))!;
        return TypedResults.CreatedAtRoute(Tagged(product, db, http), "GetLocalProduct", new { key = product.Key });
    }

    private static async Task<Results<Ok<LocalProductDto>, ValidationProblem, ProblemHttpResult>> UpdateProductAsync(
        string key, LocalProductInput input, RegieDbContext db, RegieKnowledge knowledge, HttpContext http, CancellationToken ct)
    {
        var product = await db.LocalProducts.SingleOrDefaultAsync(p => p.Key == key, ct);
        if (product is null)
        {
            return RegieApi.NotFound($"Eigen product '{key}'");
        }

        var editor = new LocalKnowledgeEditor(db, knowledge);
        var errors = await editor.ValidateProductAsync(input, key, ct);
        if (errors.Count > 0)
        {
            return Invalid(errors, "Het product is niet opgeslagen: controleer de velden.");
        }

        input.Version = EditVersion.Requested(http.Request, input.Version);
        var saved = await editor.SaveProductAsync(input, product, ct);
        var current = Tagged(product, db, http);
        return saved is null ? EditVersion.Conflict(http, $"Eigen product '{key}'", current, current.Version!) : TypedResults.Ok(current);
    }

    // The product with its version, which also goes out as the ETag.
    private static LocalProductDto Tagged(LocalProductEntity product, RegieDbContext db, HttpContext http)
    {
        var version = EditVersion.Of(db, product);
        EditVersion.Tag(http, version);
        return LocalProductDto.From(product) with { Version = version };
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteProductAsync(
        string key, RegieDbContext db, RegieKnowledge knowledge, HttpContext http, CancellationToken ct)
    {
        var deletion = await new LocalKnowledgeEditor(db, knowledge).DeleteProductAsync(key, EditVersion.Requested(http.Request, null), ct);
        if (deletion.Outcome == DeletionOutcome.Stale && await db.LocalProducts.AsNoTracking().SingleOrDefaultAsync(p => p.Key == key, ct) is { } stored)
        {
            var current = Tagged(stored, db, http);
            return EditVersion.Conflict(http, $"Eigen product '{key}'", current, current.Version!);
        }

        return deletion.Outcome switch
        {
            DeletionOutcome.Deleted => TypedResults.NoContent(),
            DeletionOutcome.NotFound => RegieApi.NotFound($"Eigen product '{key}'"),
            _ => TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Niet verwijderd: nog in gebruik", detail: deletion.Refusal),
        };
    }

    private static ValidationProblem Invalid(Dictionary<string, string[]> errors, string title) => TypedResults.ValidationProblem(
        errors.ToDictionary(e => JsonNamingPolicy.CamelCase.ConvertName(e.Key), e => e.Value), title: title);
}

/// <param name="Version">The correction's version, which a change or removal carries back (If-Match or `version`).</param>
public sealed record CorrectionDto(Guid Id, string ProductId, CorrectableFact Field, string? Value, string Reason, string? Source, string? Version = null)
{
    public static CorrectionDto From(FactCorrectionEntity c, string? version = null) => new(c.Id, c.ProductId, c.Field, c.Value, c.Reason, c.Source, version);
}

public sealed record LocalProductDto(
    string Key, string Name, string Category, string? VendorKey, string? HostingProviderKey, DataLocation DataLocation, Tri OpenSource,
    IReadOnlyList<string> Aliases, string? Source, string? Reason, string? Version = null)
{
    public static LocalProductDto From(LocalProductEntity p) =>
        new(p.Key, p.Name, p.Category, p.VendorKey, p.HostingProviderKey, p.DataLocation, p.OpenSource, [.. p.Aliases], p.Source, p.Reason);
}
