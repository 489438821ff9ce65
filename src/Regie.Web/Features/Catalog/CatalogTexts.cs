using Regie.Core.Catalog;
using Regie.Core.Common;
using Regie.Web.Infrastructure;

namespace Regie.Web.Features.Catalog;

/// <summary>Catalog values as the pages show them in the reader's language: the catalog page and a service's alternatives.</summary>
public static class CatalogTexts
{
    /// <summary>The word the catalog writes for a licence that is not open source.</summary>
    public const string Proprietary = "proprietary";

    /// <summary>A licence: an SPDX id as it is, "proprietary" in the reader's words, a description in the reader's language.</summary>
    public static string Licence(LocalizedText licence, UiText text) => licence.En == Proprietary ? text["gesloten licentie"] : licence.In(text.Language);

    /// <summary>A hosting provider by id: its name with what it is, in the reader's language; the id where the catalog has none.</summary>
    public static string ProviderName(KnowledgeCatalog catalog, string id, UiText text) =>
        catalog.ProviderById.TryGetValue(id, out var provider) ? provider.NameIn(text.Language) : id;
}
