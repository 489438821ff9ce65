using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Regie.Core.Catalog;
using Regie.Core.Common;
using Regie.Core.Explaining;
using Regie.Core.Exporting;
using Regie.Core.Knowledge;
using Regie.Discovery.Exporting;
using Regie.Web.Infrastructure;

namespace Regie.Web.Features.Catalog;

public static class CatalogEndpoints
{
    public static void MapCatalogApi(this RouteGroupBuilder api)
    {
        var catalog = api.MapGroup("/catalog").WithTags("Catalog");
        catalog.MapGet("/products", (RegieKnowledge knowledge, UiText text) =>
            TypedResults.Ok(knowledge.Catalog.Products.OrderBy(p => p.Name, StringComparer.OrdinalIgnoreCase)
                .Select(p => p.ToDto(knowledge.Catalog, withAnswers: false, text.ApiCulture.TwoLetterISOLanguageName)).ToList()))
            .WithSummary("Every product in the knowledge catalog, with vendor, hosting and their sources.");
        catalog.MapGet("/products/{id}", Results<Ok<ProductDetailDto>, ProblemHttpResult> (string id, RegieKnowledge knowledge, UiText text) =>
            knowledge.Catalog.ProductById.TryGetValue(id, out var product)
                ? TypedResults.Ok(ProductDetailDto.From(product, knowledge.Catalog, text.ApiCulture.TwoLetterISOLanguageName))
                : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Niet gevonden", detail: $"Product '{id}' staat niet in de catalogus."))
            .WithSummary("One product with every fact and its source, and the alternatives that can replace it.");
        catalog.MapGet("/alternatives", (RegieKnowledge knowledge) =>
            TypedResults.Ok(knowledge.Catalog.Alternatives.Select(AlternativeDto.From).ToList()))
            .WithSummary("European, open-source and public alternatives, each fact with its source.");
        catalog.MapGet("/standards", (RegieKnowledge knowledge) =>
            TypedResults.Ok(knowledge.Catalog.Standards.ToList()))
            .WithSummary("Open standards that products and alternatives can speak.");
        catalog.MapGet("/questions", Results<FileContentHttpResult, ValidationProblem> (
                [FromQuery] string? format, [FromQuery] bool? all, [FromQuery] string? vendor, RegieKnowledge knowledge, UiText text, TimeProvider time) =>
            {
                var open = all == true ? CatalogQuestions.Open(knowledge.Catalog, knowledge.Catalog.Products) : CatalogQuestions.OpenForMostUsed(knowledge);
                if (vendor is not null)
                {
                    var (only, whyNone) = open.ForVendor(knowledge.Catalog, vendor);
                    if (only is null)
                    {
                        return TypedResults.ValidationProblem(
                            new Dictionary<string, string[]> { ["vendor"] = [ReasonText.Render(whyNone!, text.ApiCulture)] }, title: "De vragen zijn niet gedownload.");
                    }

                    return AnswerFile(only.Table(text.ApiCulture), format, "De vragen zijn niet gedownload.", text.ApiCulture, time, only.Questions[0].VendorId);
                }

                return AnswerFile(open.Table(text.ApiCulture), format, "De vragen zijn niet gedownload.", text.ApiCulture, time);
            })
            .WithSummary("The catalog's open questions to vendors: hosting provider, hosting region and data location where the catalog does not know them, " +
                "for the most-used products (all=true: every product; vendor=<company id>: only that vendor's, the file to send it), " +
                "in the columns of the sector's vendor answers with the question's text first. " +
                "format=csv (Dutch Excel: ';', UTF-8 with BOM; English: ',') or json. Answered, the file goes to /sector/shared or `regie catalog answers`.");
    }

    /// <summary>
    /// A file in the columns of the sector's vendor answers (the catalog's questions, or the sector's answers to them) as CSV
    /// or JSON, the two that `regie catalog answers` and the sector's upload read back.
    /// </summary>
    internal static Results<FileContentHttpResult, ValidationProblem> AnswerFile(
        ExportTable table, string? format, string title, System.Globalization.CultureInfo culture, TimeProvider time, string about = "")
    {
        var chosen = string.IsNullOrEmpty(format) ? ExportFormat.Csv : TableFiles.Parse(format);
        if (chosen is not (ExportFormat.Csv or ExportFormat.Json))
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["format"] = [$"Formaat: '{format}' kennen we hier niet; kies csv of json (die leest de import van antwoorden terug)."] },
                title: title);
        }

        var english = culture.TwoLetterISOLanguageName == "en";
        return TypedResults.File(TableFiles.Bytes(table, chosen.Value, english), TableFiles.ContentType(chosen.Value),
            table.FileName(about, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime), english, TableFiles.Extension(chosen.Value)));
    }
}

/// <summary>A product as <see cref="ProductDto"/> has it, plus the version 2 facts and its alternatives.</summary>
public sealed record ProductDetailDto(
    string Id, string Name, IReadOnlyList<string> Aliases, string Category, IReadOnlyList<string> Processes, FactDto<string> Vendor,
    string? VendorChain, FactDto<string> HostingProvider, FactDto<LocalizedText> HostingRegion, FactDto<DataLocation> DataLocation,
    FactDto<Tri> OpenSource, bool IdentityProvider, string? PartOf, IReadOnlyDictionary<string, FactDto<int>>? Answers,
    FactDto<IReadOnlyList<string>> SubProcessors, FactDto<LocalizedText> AiFeatures, FactDto<string> AiModelProvider,
    FactDto<IReadOnlyList<string>> Standards, FactDto<Tri> PrivacyCovenant, FactDto<Tri> EduV, IReadOnlyList<AlternativeDto> Alternatives)
{
    /// <summary>Which form of the product this is, in Dutch and English (absent when the name says it).</summary>
    public LocalizedText? Variant { get; init; }

    public static ProductDetailDto From(Product p, KnowledgeCatalog catalog, string language)
    {
        var d = p.ToDto(catalog, withAnswers: true, language);
        return new(d.Id, d.Name, d.Aliases, d.Category, d.Processes, d.Vendor, d.VendorChain, d.HostingProvider, d.HostingRegion,
            d.DataLocation, d.OpenSource, d.IdentityProvider, d.PartOf, d.Answers,
            p.SubProcessors.ToDto(), p.AiFeatures.ToDto(), p.AiModelProvider.ToDto(), p.Standards.ToDto(), p.PrivacyCovenant.ToDto(),
            p.EduV.ToDto(), [.. catalog.AlternativesFor(p.Id).Select(AlternativeDto.From)])
        {
            Variant = p.Variant,
        };
    }
}

public sealed record AlternativeDto(
    string Id, string Name, string? Product, IReadOnlyList<string> Replaces, string Category, FactDto<LocalizedText> Licence, FactDto<string> Vendor,
    FactDto<IReadOnlyList<HostingOption>> HostingOptions, FactDto<IReadOnlyList<string>> Standards, FactDto<Maturity> Maturity,
    FactDto<LocalizedText> DutchEducationUse, LocalizedText Caveats, FactDto<LocalizedText> ExitTerms)
{
    /// <summary>Which form of it this is, in Dutch and English (absent when the name says it).</summary>
    public LocalizedText? Variant { get; init; }

    public static AlternativeDto From(Alternative a) => new(
        a.Id, a.Name, a.Product, a.Replaces, a.Category, a.Licence.ToDto(), a.Vendor.ToDto(), a.HostingOptions.ToDto(), a.Standards.ToDto(),
        a.Maturity.ToDto(), a.DutchEducationUse.ToDto(), a.Caveats, a.ExitTerms.ToDto())
    {
        Variant = a.Variant,
    };
}
