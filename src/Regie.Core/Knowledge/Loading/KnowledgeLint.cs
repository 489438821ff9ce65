using Regie.Core.Catalog;
using Regie.Core.Common;
using Regie.Core.Landscape;
using Regie.Core.Planning;
using Regie.Core.Procurement;
using Regie.Core.Questionnaires;
using Regie.Core.Scoring;
using static Regie.Core.Knowledge.Loading.KnowledgeConverter;
using static Regie.Core.Knowledge.Loading.KnowledgeFiles;

namespace Regie.Core.Knowledge.Loading;

/// <summary>
/// Linting: the checks across files once everything is converted: references that must exist (a product's vendor, a
/// company's parent, a criterion an answer names), duplicates, ownership cycles and dates after the catalog's release.
/// </summary>
internal static class KnowledgeLint
{
    internal static void CheckReferences(KnowledgeCatalog catalog, IReadOnlyList<Process> processes, SovereigntyModel model, List<DataIssue> issues)
    {
        foreach (var company in catalog.Companies)
        {
            var place = $"company '{company.Id}'";
            if (company.Country.Value is { } code && !catalog.CountryByCode.ContainsKey(code))
            {
                issues.Add(new("companies.yaml", place + ", country", $"land '{code}' staat niet in countries.yaml"));
            }

            if (company.Parent.Value is { } parent && parent != Company.NoParent && !catalog.CompanyById.ContainsKey(parent))
            {
                issues.Add(new("companies.yaml", place + ", parent", $"moederbedrijf '{parent}' staat niet in companies.yaml"));
            }

            var chain = OwnershipChain.Resolve(catalog, company.Id);
            if (chain.Companies.Count > 0 && chain.Top!.Parent.Value is { } top && top != Company.NoParent && chain.Companies.Any(c => c.Id == top))
            {
                issues.Add(new("companies.yaml", place + ", parent", "eigendomsketen is een kring"));
            }
        }

        foreach (var provider in catalog.Providers)
        {
            if (provider.Company.Value is { } company && !catalog.CompanyById.ContainsKey(company))
            {
                issues.Add(new("providers.yaml", $"provider '{provider.Id}', company", $"bedrijf '{company}' staat niet in companies.yaml"));
            }
        }

        var processIds = processes.Select(p => p.Id).ToHashSet();
        foreach (var category in catalog.Categories)
        {
            foreach (var process in category.ProcessIds.Where(p => !processIds.Contains(p)))
            {
                issues.Add(new("categories.yaml", $"category '{category.Id}', processes", $"proces '{process}' staat niet in processes.yaml"));
            }
        }

        foreach (var product in catalog.Products)
        {
            var place = $"product '{product.Id}'";
            if (!catalog.CategoryById.ContainsKey(product.Category))
            {
                issues.Add(new("products.yaml", place + ", category", $"categorie '{product.Category}' staat niet in categories.yaml"));
            }

            foreach (var process in product.Processes.Where(p => !processIds.Contains(p)))
            {
                issues.Add(new("products.yaml", place + ", processes", $"proces '{process}' staat niet in processes.yaml"));
            }

            if (product.Vendor.Value is { } vendor && !catalog.CompanyById.ContainsKey(vendor))
            {
                issues.Add(new("products.yaml", place + ", vendor", $"leverancier '{vendor}' staat niet in companies.yaml"));
            }

            if (product.HostingProvider.Value is { } host && !catalog.ProviderById.ContainsKey(host))
            {
                issues.Add(new("products.yaml", place + ", hostingProvider", $"hostingpartij '{host}' staat niet in providers.yaml"));
            }

            if (product.PartOf is { } suite && !catalog.ProductById.ContainsKey(suite))
            {
                issues.Add(new("products.yaml", place + ", partOf", $"product '{suite}' staat niet in products.yaml"));
            }

            foreach (var (criterionId, answer) in product.Answers)
            {
                if (!model.CriterionById.TryGetValue(criterionId, out var criterion))
                {
                    issues.Add(new("products.yaml", $"{place}, answers.{criterionId}", "onbekend criterium in het soevereiniteitsmodel"));
                }
                else if (answer.Value < 0 || answer.Value >= criterion.Options.Count)
                {
                    issues.Add(new("products.yaml", $"{place}, answers.{criterionId}", $"antwoord {answer.Value} bestaat niet (0–{criterion.Options.Count - 1})"));
                }
            }
        }

        foreach (var (file, ids) in new[]
                 {
                     ("countries.yaml", catalog.Countries.Select(c => c.Code)), ("companies.yaml", catalog.Companies.Select(c => c.Id)),
                     ("providers.yaml", catalog.Providers.Select(p => p.Id)), ("categories.yaml", catalog.Categories.Select(c => c.Id)),
                     ("products.yaml", catalog.Products.Select(p => p.Id)),
                 })
        {
            foreach (var duplicate in ids.GroupBy(i => i, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
            {
                issues.Add(new(file, $"id '{duplicate.Key}'", $"komt {duplicate.Count()} keer voor"));
            }
        }
    }

    /// <summary>Version 2 references: standards, AI model providers, sub-processors, alternatives; and no fact checked after the release.</summary>
    internal static void CheckCatalogV2(KnowledgeCatalog catalog, IReadOnlySet<string> alternativeVendorIds, List<DataIssue> issues)
    {
        foreach (var product in catalog.Products)
        {
            var place = $"product '{product.Id}'";
            CheckStandards(catalog, product.Standards, "products.yaml", place + ", standards", issues);
            if (product.AiModelProvider.Value is { } provider && Slug().IsMatch(provider) && !catalog.CompanyById.ContainsKey(provider))
            {
                issues.Add(new("products.yaml", place + ", aiModelProvider", $"bedrijf '{provider}' staat niet in companies.yaml"));
            }

            foreach (var processor in product.SubProcessors.Value ?? [])
            {
                // A plain name ("Twilio Inc.") is allowed; something written as an id must be one.
                if (Slug().IsMatch(processor) && !catalog.CompanyById.ContainsKey(processor))
                {
                    issues.Add(new("products.yaml", place + ", subProcessors", $"bedrijf '{processor}' staat niet in companies.yaml"));
                }
            }
        }

        foreach (var alternative in catalog.Alternatives)
        {
            const string f = "alternatives.yaml";
            var place = $"alternative '{alternative.Id}'";
            if (alternative.Product is { } product && !catalog.ProductById.ContainsKey(product))
            {
                issues.Add(new(f, place + ", product", $"product '{product}' staat niet in products.yaml"));
            }

            foreach (var replaced in alternative.Replaces.Where(r => !catalog.ProductById.ContainsKey(r)))
            {
                issues.Add(new(f, place + ", replaces", $"product '{replaced}' staat niet in products.yaml"));
            }

            if (!catalog.CategoryById.ContainsKey(alternative.Category))
            {
                issues.Add(new(f, place + ", category", $"categorie '{alternative.Category}' staat niet in categories.yaml"));
            }

            if (alternative.Vendor.Value is { } vendor && !catalog.CompanyById.ContainsKey(vendor))
            {
                issues.Add(new(f, place + ", vendor", $"leverancier '{vendor}' staat niet in companies.yaml of {AlternativeVendorsFile}"));
            }

            CheckStandards(catalog, alternative.Standards, f, place + ", standards", issues);
        }

        foreach (var (file, ids) in new[] { ("standards.yaml", catalog.Standards.Select(s => s.Id)), ("alternatives.yaml", catalog.Alternatives.Select(a => a.Id)) })
        {
            foreach (var duplicate in ids.GroupBy(i => i, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
            {
                issues.Add(new(file, $"id '{duplicate.Key}'", $"komt {duplicate.Count()} keer voor"));
            }
        }

        if (catalog.Released is not { } released)
        {
            return;
        }

        foreach (var fact in Facts(catalog, alternativeVendorIds).Where(f => f.Checked > released))
        {
            issues.Add(new(fact.File, fact.Place + ".checked", $"{fact.Checked:yyyy-MM-dd} ligt na de uitgave van de catalogus ({released:yyyy-MM-dd}, catalog.yaml)"));
        }

        // A vendor's answer counts twelve months, in the catalog as on a board (docs/QUESTIONNAIRE.md); a release may not carry one that ran out.
        foreach (var fact in Facts(catalog, alternativeVendorIds)
                     .Where(f => f.Confidence == Confidence.StatedByVendor && f.Checked is { } d && d <= released && !VendorStatements.IsCurrent(d, released)))
        {
            issues.Add(new(fact.File, fact.Place + ".checked",
                $"confidence stated: het antwoord van de leverancier van {fact.Checked:yyyy-MM-dd} telde tot {VendorStatements.ExpiresOn(fact.Checked!.Value):yyyy-MM-dd} " +
                $"en is bij de uitgave ({released:yyyy-MM-dd}, catalog.yaml) verlopen; vraag het opnieuw of zet het feit op unknown"));
        }
    }

    internal static void CheckStandards(KnowledgeCatalog catalog, Fact<IReadOnlyList<string>> standards, string file, string place, List<DataIssue> issues)
    {
        foreach (var id in (standards.Value ?? []).Where(id => !catalog.StandardById.ContainsKey(id)))
        {
            issues.Add(new(file, place, $"standaard '{id}' staat niet in standards.yaml"));
        }
    }

    /// <summary>Every dated fact of the catalog with the file and place a curator finds it at.</summary>
    internal static IEnumerable<CatalogFactRef> Facts(KnowledgeCatalog catalog, IReadOnlySet<string> alternativeVendorIds)
    {
        foreach (var c in catalog.Countries)
        {
            yield return new("countries.yaml", $"country '{c.Code}'", c.Source, c.Checked, null);
        }

        foreach (var c in catalog.Companies)
        {
            var file = alternativeVendorIds.Contains(c.Id) ? AlternativeVendorsFile : "companies.yaml";
            yield return CatalogFactRef.Of(file, $"company '{c.Id}', country", c.Country);
            yield return CatalogFactRef.Of(file, $"company '{c.Id}', parent", c.Parent);
        }

        foreach (var p in catalog.Providers)
        {
            yield return CatalogFactRef.Of("providers.yaml", $"provider '{p.Id}', company", p.Company);
        }

        foreach (var p in catalog.Products)
        {
            var place = $"product '{p.Id}'";
            foreach (var (field, fact) in new (string, IFactView)[]
                     {
                         ("vendor", p.Vendor), ("hostingProvider", p.HostingProvider), ("hostingRegion", p.HostingRegion),
                         ("dataLocation", p.DataLocation), ("openSource", p.OpenSource), ("subProcessors", p.SubProcessors),
                         ("aiFeatures", p.AiFeatures), ("aiModelProvider", p.AiModelProvider), ("standards", p.Standards),
                         ("privacyCovenant", p.PrivacyCovenant), ("eduV", p.EduV), ("pupilSectors", p.PupilSectors),
                     })
            {
                // An optional fact left out of the YAML is the shared unknown: nothing was read, so nothing is dated.
                if (fact.Checked is not null || fact.Source is not null)
                {
                    yield return new("products.yaml", $"{place}, {field}", fact.Source, fact.Checked, fact.Confidence);
                }
            }

            foreach (var (criterion, answer) in p.Answers)
            {
                yield return CatalogFactRef.Of("products.yaml", $"{place}, answers.{criterion}", answer);
            }
        }

        foreach (var a in catalog.Alternatives)
        {
            var place = $"alternative '{a.Id}'";
            foreach (var (field, fact) in new (string, IFactView)[]
                     {
                         ("licence", a.Licence), ("vendor", a.Vendor), ("hostingOptions", a.HostingOptions),
                         ("standards", a.Standards), ("maturity", a.Maturity), ("dutchEducationUse", a.DutchEducationUse),
                         ("exitTerms", a.ExitTerms),
                     })
            {
                yield return new("alternatives.yaml", $"{place}, {field}", fact.Source, fact.Checked, fact.Confidence);
            }
        }
    }

    /// <summary>
    /// Confirmed means read on the vendor's or owner's own page or filing (SCHEMA.md); a mirror or aggregator of
    /// aggregator-domains.yaml is not that page, so a fact citing one is at most secondary.
    /// </summary>
    internal static void CheckConfidence(KnowledgeCatalog catalog, IReadOnlySet<string> alternativeVendorIds, AggregatorDomains aggregators, List<DataIssue> issues)
    {
        foreach (var fact in Facts(catalog, alternativeVendorIds).Where(f => f.Confidence == Confidence.Confirmed))
        {
            if (aggregators.CitedBy(fact.Source) is { Count: > 0 } cited)
            {
                issues.Add(new(fact.File, fact.Place + ".confidence",
                    $"confirmed, maar de bron noemt {string.Join(", ", cited)} ({KnowledgeFiles.AggregatorDomainsFile}): een kopie of samenvatting is geen eigen pagina van leverancier of eigenaar; maak het secondary"));
            }
        }
    }

    /// <summary>Each alternative names what it can replace, in ids that exist: the finder proposes it only for those.</summary>
    internal static void CheckReplacedFunctions(KnowledgeCatalog catalog, IReadOnlyList<Process> processes, List<DataIssue> issues)
    {
        var processIds = processes.Select(p => p.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var alternative in catalog.Alternatives)
        {
            var place = $"alternative '{alternative.Id}', replacesFunctions";
            foreach (var category in alternative.ReplacesFunctions.Categories.Where(c => !catalog.CategoryById.ContainsKey(c)))
            {
                issues.Add(new("alternatives.yaml", place + ".categories", $"categorie '{category}' staat niet in categories.yaml"));
            }

            foreach (var process in alternative.ReplacesFunctions.Processes.Where(p => !processIds.Contains(p)))
            {
                issues.Add(new("alternatives.yaml", place + ".processes", $"proces '{process}' staat niet in processes.yaml"));
            }
        }
    }

    /// <summary>The effort rules name catalog categories; the tender criteria name model criteria with long enough answer ladders.</summary>
    internal static void CheckModels(KnowledgeCatalog catalog, SovereigntyModel model, EffortRules effort, TenderCriteria tender, List<DataIssue> issues)
    {
        foreach (var category in effort.BaseDays.Keys.Where(c => !catalog.CategoryById.ContainsKey(c)))
        {
            issues.Add(new(MigrationEffortFileName, $"baseDays.{category}", $"categorie '{category}' staat niet in categories.yaml"));
        }

        // The evaluator turns an answer into these option indices (TenderEvaluator.Mapping and StandardsOption).
        foreach (var (field, id, options) in new[]
                 {
                     ("euJurisdiction", tender.EuJurisdiction, 4), ("exitStrategy", tender.ExitStrategy, 2), ("dataPortability", tender.DataPortability, 4),
                     ("openSource", tender.OpenSource, 3), ("openStandards", tender.OpenStandards, 4),
                 })
        {
            if (id.Length == 0)
            {
                continue;
            }

            if (!model.CriterionById.TryGetValue(id, out var criterion))
            {
                issues.Add(new(TenderCriteriaFileName, $"criteria.{field}", $"criterium '{id}' staat niet in {SovereigntyModelFile}"));
            }
            else if (criterion.Options.Count < options)
            {
                issues.Add(new(TenderCriteriaFileName, $"criteria.{field}", $"criterium '{id}' heeft {criterion.Options.Count} antwoorden; deze eis gebruikt er {options}"));
            }
        }
    }
}

/// <summary>Where a fact stands in the data folder, and what it says of itself; countries carry no confidence.</summary>
internal sealed record CatalogFactRef(string File, string Place, string? Source, DateOnly? Checked, Confidence? Confidence)
{
    public static CatalogFactRef Of(string file, string place, IFactView fact) => new(file, place, fact.Source, fact.Checked, fact.Confidence);
}
