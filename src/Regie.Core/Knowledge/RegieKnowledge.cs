using Regie.Core.Catalog;
using Regie.Core.Common;
using Regie.Core.Landscape;
using Regie.Core.Planning;
using Regie.Core.Procurement;
using Regie.Core.Scenarios;
using Regie.Core.Scoring;

namespace Regie.Core.Knowledge;

public sealed record DataCategory(string Id, LocalizedText Name, int Level)
{
    /// <summary>Whose data this is where the category says so (leerlinggegevens: pupils); the processing register derives its data subjects from it.</summary>
    public IReadOnlyList<Privacy.DataSubject> Subjects { get; init; } = [];
}

/// <summary>
/// Everything Regie knows that is not a board's own: the catalog, the scoring model, the starting lists and the numbers of
/// the planning models (scenario harm, migration effort, the criteria a tender answers).
/// </summary>
public sealed record RegieKnowledge(
    KnowledgeCatalog Catalog,
    SovereigntyModel Model,
    IReadOnlyList<Process> ProcessTemplates,
    IReadOnlyList<DataCategory> DataCategories,
    HarmWeights HarmWeights,
    EffortRules EffortRules,
    TenderCriteria TenderCriteria)
{
    public IReadOnlyDictionary<string, DataCategory> DataCategoryById { get; } =
        DataCategories.ToDictionary(d => d.Id, StringComparer.OrdinalIgnoreCase);

    /// <summary>Whose data a process concerns where data/processes.yaml says so, by process id; the processing register derives its data subjects from it.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<Privacy.DataSubject>> ProcessSubjects { get; init; } =
        new Dictionary<string, IReadOnlyList<Privacy.DataSubject>>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Domain names that identify a product (data/matching/domains.yaml).</summary>
    public IReadOnlyDictionary<string, string> ProductDomains { get; init; } = new Dictionary<string, string>();

    /// <summary>The products most used in Dutch po and vo (catalog/most-used.yaml), for the lint's figures; null when the list is absent.</summary>
    public IReadOnlyList<string>? MostUsedProductIds { get; init; }

    /// <summary>The catalog's products of <see cref="MostUsedProductIds"/> (lint names an id that is not in the catalog); null when the list is absent.</summary>
    public IReadOnlyList<Catalog.Product>? MostUsedProducts() =>
        MostUsedProductIds is { } ids ? [.. ids.Where(Catalog.ProductById.ContainsKey).Select(id => Catalog.ProductById[id])] : null;

    /// <summary>DPIAs done for the sector (data/catalog/sector-dpias.yaml), offered in the DPIA register.</summary>
    public IReadOnlyList<Privacy.SectorDpia> SectorDpias { get; init; } = [];
    /// <summary>The public-values assessment framework (data/models/public-values.yaml, docs/PUBLIC-VALUES.md).</summary>
    public PublicValues.PublicValuesModel PublicValues { get; init; } = Regie.Core.PublicValues.PublicValuesModel.Empty;

    /// <summary>
    /// The knowledge as it counts on <paramref name="today"/>: the catalog's vendor answers (confidence <c>stated</c>) that ran
    /// out are unknown again (<see cref="KnowledgeCatalog.AsOf"/>). This knowledge itself when none did.
    /// </summary>
    public RegieKnowledge AsOf(DateOnly today) =>
        Catalog.AsOf(today) is var catalog && ReferenceEquals(catalog, Catalog) ? this : this with { Catalog = catalog, matcher = null };

    private Matching.CatalogMatcher? matcher;

    /// <summary>The one name matcher every import uses, built on first use.</summary>
    public Matching.CatalogMatcher Matcher => matcher ??= Matching.CatalogMatcher.Build(Catalog, ProductDomains);
}

/// <summary>A problem in a data file, named by file, record and field so that a curator can find it.</summary>
public sealed record DataIssue(string File, string Place, string Message)
{
    public override string ToString() => $"{File}: {Place}: {Message}";
}

public sealed class KnowledgeLoadException(IReadOnlyList<DataIssue> issues)
    : Exception("De gegevensbestanden bevatten fouten:\n" + string.Join("\n", issues.Select(i => "  " + i)))
{
    public IReadOnlyList<DataIssue> Issues { get; } = issues;
}
