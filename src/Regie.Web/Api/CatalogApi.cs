using Microsoft.AspNetCore.Http.HttpResults;
using Regie.Core.Knowledge;

namespace Regie.Web.Api;

public static class CatalogApi
{
    public static void MapCatalogApi(this RouteGroupBuilder api)
    {
        var catalog = api.MapGroup("/catalog").WithTags("Catalog");
        catalog.MapGet("/products", (RegieKnowledge knowledge) =>
            TypedResults.Ok(knowledge.Catalog.Products.OrderBy(p => p.Name, StringComparer.OrdinalIgnoreCase)
                .Select(p => p.ToDto(knowledge.Catalog, withAnswers: false)).ToList()))
            .WithSummary("Every product in the knowledge catalog, with vendor, hosting and their sources.");
        catalog.MapGet("/products/{id}", Results<Ok<ProductDto>, ProblemHttpResult> (string id, RegieKnowledge knowledge) =>
            knowledge.Catalog.ProductById.TryGetValue(id, out var product)
                ? TypedResults.Ok(product.ToDto(knowledge.Catalog, withAnswers: true))
                : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Niet gevonden", detail: $"Product '{id}' staat niet in de catalogus."));
    }
}
