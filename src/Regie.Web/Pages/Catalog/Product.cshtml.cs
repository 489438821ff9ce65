using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Regie.Core.Catalog;
using Regie.Core.Common;
using Regie.Core.Knowledge;
using Regie.Core.Scoring;
using Regie.Data;
using Regie.Web.Features.Catalog;
using Regie.Web.Features.LocalKnowledge;
using Regie.Web.Features.Shared;
using Regie.Web.Infrastructure;

namespace Regie.Web.Pages.Catalog;

// TimeProvider is optional: the host need not register one, a test may.
public sealed class ProductModel(RegieKnowledge knowledge, RegieDbContext db, CurrentBoard board, UiText text, TimeProvider? time = null) : PageModel
{
    /// <summary>The catalog as the current board sees it, with its own corrections laid over the shipped facts.</summary>
    public KnowledgeCatalog Catalog { get; private set; } = knowledge.Catalog;

    /// <summary>A board is current: it may correct facts for itself.</summary>
    public bool CanCorrect => board.Organisation is not null && knowledge.Catalog.ProductById.ContainsKey(Product.Id);

    /// <summary>The board's corrections of this product.</summary>
    public IReadOnlyList<FactCorrectionEntity> Corrections { get; private set; } = [];

    [BindProperty] public CorrectionInput Correction { get; set; } = new();

    [TempData] public string? Message { get; set; }

    public static IReadOnlyList<CorrectableFact> CorrectableFacts { get; } = Enum.GetValues<CorrectableFact>();

    public Product Product { get; private set; } = null!;

    public OwnershipChain VendorChain { get; private set; } = null!;

    public HostingProvider? Provider { get; private set; }

    public OwnershipChain HostingChain { get; private set; } = null!;

    public Zone Zone { get; private set; }

    public IReadOnlyList<FactRow> Facts { get; private set; } = [];

    /// <summary>Column heads of the comparison: this product first, then each alternative.</summary>
    public IReadOnlyList<string> ComparisonColumns { get; private set; } = [];

    public IReadOnlyList<ComparisonRow> Comparison { get; private set; } = [];

    /// <summary>A fact as the page shows it; Confidence null marks the catalog's own classification, which has no outside source.</summary>
    public sealed record FactRow(string Label, string Value, bool Known, string? Source, DateOnly? Checked, Confidence? Confidence)
    {
        /// <summary>Standards named in the value, shown as links to their own pages.</summary>
        public IReadOnlyList<Standard> Standards { get; init; } = [];

        /// <summary>The source is Regie's own words in the reader's language ("indeling", "niet in de catalogus"), not a fact's source.</summary>
        public bool SourceInOwnWords { get; init; }

        /// <summary>The board entered the fact itself (one of its own parties), with its own words as source.</summary>
        public bool EnteredByBoard { get; init; }

        /// <summary>The source on the page: Regie's own words as they are, a fact's source as <see cref="FactSourceHtml.OfFact"/> shows it.</summary>
        public IHtmlContent SourceHtml(UiText text) => Source is null ? new HtmlString(null)
            : SourceInOwnWords ? FactSourceHtml.Of(Source, text) : FactSourceHtml.OfFact(Source, Known, EnteredByBoard, text);
    }

    public sealed record ComparisonRow(string Label, IReadOnlyList<FactRow> Cells);

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    /// <summary>Stores the board's correction of one fact; on any error nothing is stored and the form names the field.</summary>
    public async Task<IActionResult> OnPostCorrectAsync(string id, CancellationToken cancellationToken)
    {
        if (board.Organisation is null || !knowledge.Catalog.ProductById.ContainsKey(id))
        {
            return NotFound();
        }

        Correction.ProductId = id;
        var editor = new LocalKnowledgeEditor(db, knowledge);
        var errors = await editor.ValidateCorrectionAsync(Correction, cancellationToken);
        if (errors.Count > 0)
        {
            ModelState.Clear();
            foreach (var (field, messages) in errors)
            {
                foreach (var message in messages)
                {
                    ModelState.AddModelError($"{nameof(Correction)}.{field}", message);
                }
            }

            await LoadAsync(id, cancellationToken);
            return Page();
        }

        if (await editor.SaveCorrectionAsync(Correction, cancellationToken) is null)
        {
            return await StaleAsync(id, Correction.Field!.Value, cancellationToken);
        }

        Message = text["De correctie is opgeslagen voor uw bestuur; de catalogus zelf is niet veranderd."];
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostRemoveCorrectionAsync(string id, Guid correction, string? version, CancellationToken cancellationToken)
    {
        var field = await db.FactCorrections.AsNoTracking().Where(c => c.Id == correction).Select(c => (CorrectableFact?)c.Field).SingleOrDefaultAsync(cancellationToken);
        switch (await new LocalKnowledgeEditor(db, knowledge).DeleteCorrectionAsync(correction, id, version, cancellationToken))
        {
            case CorrectionChange.Done:
                Message = text["De correctie is verwijderd; het feit uit de catalogus geldt weer."];
                return RedirectToPage(new { id });
            case CorrectionChange.Stale:
                return await StaleAsync(id, field!.Value, cancellationToken);
            default:
                return NotFound();
        }
    }

    /// <summary>The board's corrections' versions by fact, which each fact's forms carry back (a stale save is refused).</summary>
    public IReadOnlyDictionary<CorrectableFact, string> CorrectionVersions { get; private set; } = new Dictionary<CorrectableFact, string>();

    public string CorrectionVersion(CorrectableFact field) => CorrectionVersions.GetValueOrDefault(field, EditVersion.NotStored);

    // Someone else saved or removed this fact's correction since the form was opened: nothing is stored; the fact's form opens
    // with the stored correction (or empty when there is none now) and its version, the message beside it.
    private async Task<IActionResult> StaleAsync(string id, CorrectableFact field, CancellationToken cancellationToken)
    {
        var editor = new LocalKnowledgeEditor(db, knowledge);
        var stored = await editor.StoredCorrectionAsync(knowledge.Catalog.ProductById[id].Id, field, cancellationToken);
        ModelState.Clear();
        Correction = new CorrectionInput
        {
            ProductId = id,
            Field = field,
            Value = stored?.Value,
            Reason = stored?.Reason,
            Source = stored?.Source,
            Version = editor.CorrectionVersionOf(stored),
        };
        ModelState.AddModelError(StaleKey, await EditVersion.StaleMessageAsync(
            db, text, "de correctie van dit feit", nameof(FactCorrectionEntity), stored?.Id.ToString() ?? "", cancellationToken));
        await LoadAsync(id, cancellationToken);
        var page = Page();
        page.StatusCode = StatusCodes.Status409Conflict;
        return page;
    }

    /// <summary>Where the message of a stale save stands in the model state (not among the fields' messages).</summary>
    public const string StaleKey = $"{nameof(Correction)}.{nameof(CorrectionInput.Version)}";

    public string FieldLabel(CorrectableFact field) => text[field switch
    {
        CorrectableFact.Vendor => "Leverancier",
        CorrectableFact.HostingProvider => "Hostingpartij",
        CorrectableFact.HostingRegion => "Hostingregio",
        CorrectableFact.DataLocation => "Dataopslag",
        _ => "Open source",
    }];

    /// <summary>The choices for a fact's value; null for free text (hosting region). The empty value is "onbekend".</summary>
    public IReadOnlyList<(string Value, string Label)>? Choices(CorrectableFact field) => field switch
    {
        CorrectableFact.Vendor => [.. Catalog.Companies.OrderBy(c => c.Name, StringComparer.CurrentCultureIgnoreCase).Select(c => (c.Id, c.Name))],
        CorrectableFact.HostingProvider => [.. Catalog.Providers.Select(p => (p.Id, p.NameIn(text.Language))).OrderBy(p => p.Item2, StringComparer.CurrentCultureIgnoreCase)],
        CorrectableFact.DataLocation => [.. Enum.GetValues<DataLocation>().Where(l => l != DataLocation.Unknown).Select(l => (l.ToString(), text.Of(l)))],
        CorrectableFact.OpenSource => [(nameof(Tri.Yes), text.Of(Tri.Yes)), (nameof(Tri.No), text.Of(Tri.No))],
        _ => null,
    };

    private async Task<bool> LoadAsync(string id, CancellationToken cancellationToken)
    {
        if (board.Organisation is not null)
        {
            Catalog = await new LocalKnowledgeEditor(db, knowledge).CatalogAsync(cancellationToken);
            Corrections = [.. (await db.FactCorrections.AsNoTracking().Where(c => c.ProductId == id).ToListAsync(cancellationToken)).OrderBy(c => c.Field)];
            var editor = new LocalKnowledgeEditor(db, knowledge);
            CorrectionVersions = Corrections.ToDictionary(c => c.Field, editor.CorrectionVersionOf);
        }

        if (!Catalog.ProductById.TryGetValue(id, out var product))
        {
            return false;
        }

        Product = product;
        VendorChain = OwnershipChain.Resolve(Catalog, product.Vendor.Value);
        Provider = product.HostingProvider.Value is { } pid ? Catalog.ProviderById.GetValueOrDefault(pid) : null;
        HostingChain = OwnershipChain.Resolve(Catalog, Provider?.Company.Value);
        Zone = Zones.Of(Jurisdiction.ControllingCountry(Catalog, VendorChain));
        Facts = [.. BuildFacts()];
        var alternatives = Catalog.AlternativesFor(product.Id);
        ComparisonColumns = [product.NameIn(text.Language), .. alternatives.Select(a => a.NameIn(text.Language))];
        Comparison = alternatives.Count == 0 ? [] : [.. BuildComparison(product, alternatives)];
        return true;
    }

    /// <summary>Checked more than twelve months ago: the world may have moved on.</summary>
    public bool IsStale(DateOnly? checkedOn) =>
        checkedOn is { } d && d <= DateOnly.FromDateTime((time ?? TimeProvider.System).GetUtcNow().UtcDateTime).AddMonths(-12);

    private string SectorText(string sector) => text[sector switch
    {
        PupilSector.Po => "primair onderwijs",
        PupilSector.So => "speciaal onderwijs",
        PupilSector.Vo => "voortgezet onderwijs",
        PupilSector.Mbo => "mbo",
        PupilSector.Ho => "hoger onderwijs",
        _ => sector,
    }];

    public string CountryName(string? code) =>
        code is not null && Catalog.CountryByCode.TryGetValue(code, out var c) ? c.Name.In(text.Language) : code ?? text["onbekend"];

    private IEnumerable<FactRow> BuildFacts()
    {
        var p = Product;
        yield return Fact(text["Leverancier"], p.Vendor, CompanyName);
        foreach (var row in ChainFacts(VendorChain))
        {
            yield return row;
        }

        if (Jurisdiction.ControllingCountry(Catalog, VendorChain) is { } country)
        {
            yield return new(text["Jurisdictie (land van het uiteindelijke moederbedrijf)"],
                $"{country.Name.In(text.Language)} ({text[Zones.Label(Zones.Of(country))]})", true, country.Source, country.Checked, Confidence.Confirmed);
            yield return new(text["Wet die toegang tot gegevens in het buitenland kan afdwingen"],
                text.Of(country.ExtraterritorialAccessLaw) + (country.LawNote is { } note ? " — " + note.In(text.Language) : ""),
                country.ExtraterritorialAccessLaw != Tri.Unknown, country.Source, country.Checked, Confidence.Confirmed);
        }

        yield return Fact(text["Hostingpartij"], p.HostingProvider, ProviderName);
        if (Provider is not null)
        {
            yield return Fact(text["Bedrijf achter {0}", Provider.Name.In(text.Language)], Provider.Company, CompanyName);
            foreach (var row in ChainFacts(HostingChain))
            {
                yield return row;
            }
        }

        yield return Fact(text["Hostingregio"], p.HostingRegion, InReadersLanguage);
        yield return Fact(text["Locatie van gegevens"], p.DataLocation, text.Of);
        yield return Fact(text["Open source"], p.OpenSource, text.Of);
        yield return Fact(text["Subverwerkers"], p.SubProcessors, v => v.Count == 0 ? text["geen"] : string.Join(", ", v.Select(CompanyName)));
        yield return Fact(text["AI-functies"], p.AiFeatures, v => v.En == Product.NoAiFeatures ? text["geen"] : v.In(text.Language));
        yield return Fact(text["Leverancier van het AI-model"], p.AiModelProvider, CompanyName);
        yield return StandardsFact(text["Standaarden"], p.Standards);
        yield return Fact(text["Privacyconvenant ondertekend"], p.PrivacyCovenant, text.Of);
        yield return Fact(text["Edu-V keurmerk"], p.EduV, text.Of);
        if (p.IdentityProvider || p.Category == Core.Planning.SameFunction.IdentityCategory)
        {
            yield return Fact(text["Laat leerlingen toe uit"], p.PupilSectors, v => string.Join(", ", v.Select(SectorText)));
        }

        var classification = text["Regie-catalogus {0}: indeling", Catalog.Version];
        yield return new(text["Identiteitsprovider (andere diensten loggen hiermee in)"], text.Of(p.IdentityProvider ? Tri.Yes : Tri.No), true, classification, Catalog.Released, null) { SourceInOwnWords = true };
        var processes = p.Processes.Select(id => knowledge.ProcessTemplates.FirstOrDefault(t => t.Id == id)?.Name.In(text.Language) ?? id);
        yield return new(text["Typische processen"], string.Join(", ", processes), p.Processes.Count > 0, classification, Catalog.Released, null) { SourceInOwnWords = true };

        foreach (var (criterionId, answer) in p.Answers.OrderBy(a => a.Key, StringComparer.Ordinal))
        {
            var criterion = knowledge.Model.CriterionById.GetValueOrDefault(criterionId);
            yield return Fact(criterion?.Question.In(text.Language) ?? criterionId, answer,
                o => criterion is not null && o >= 0 && o < criterion.Options.Count ? criterion.Options[o].Label.In(text.Language) : o.ToString(text.Culture));
        }
    }

    /// <summary>For each company in the chain: where it is established and who owns it, each with its own source.</summary>
    private IEnumerable<FactRow> ChainFacts(OwnershipChain chain)
    {
        foreach (var company in chain.Companies)
        {
            yield return Fact(text["Land van {0}", company.Name], company.Country, CountryName);
            yield return Fact(text["Eigenaar van {0}", company.Name], company.Parent,
                v => v == Company.NoParent ? text["geen: uiteindelijk moederbedrijf"] : CompanyName(v));
        }
    }

    /// <summary>Rows of the side-by-side comparison; the product has no maturity, education use, caveats or exit terms in the catalog.</summary>
    private IEnumerable<ComparisonRow> BuildComparison(Product p, IReadOnlyList<Alternative> alternatives)
    {
        var notInCatalog = new FactRow("", text["onbekend"], false, text["niet in de catalogus voor dit product"], null, Confidence.Unknown) { SourceInOwnWords = true };
        ComparisonRow Row(string label, FactRow own, Func<Alternative, FactRow> cell) => new(label, [own, .. alternatives.Select(cell)]);

        yield return Row(text["Leverancier"], Fact("", p.Vendor, CompanyName), a => Fact("", a.Vendor, CompanyName));
        yield return Row(text["Land van het uiteindelijke moederbedrijf"], ParentCountry(p.Vendor), a => ParentCountry(a.Vendor));
        yield return Row(text["Licentie / open source"], Fact("", p.OpenSource, v => text["open source: {0}", text.Of(v)]), a => Fact("", a.Licence, Licence));
        yield return Row(text["Hosting"], Fact("", p.HostingProvider, ProviderName),
            a => Fact("", a.HostingOptions, v => string.Join(", ", v.Select(o => text[HostingOptionLabel(o)]))));
        yield return Row(text["Standaarden"], StandardsFact("", p.Standards), a => StandardsFact("", a.Standards));
        yield return Row(text["Volwassenheid"], notInCatalog, a => Fact("", a.Maturity, m => text[MaturityLabel(m)]));
        yield return Row(text["Gebruik in het Nederlandse onderwijs"], notInCatalog, a => Fact("", a.DutchEducationUse, InReadersLanguage));
        yield return Row(text["Kanttekeningen"], notInCatalog with { Value = "—", Source = null },
            a => new FactRow("", a.Caveats.In(text.Language), a.Caveats.In(text.Language).Length > 0, text["Regie-catalogus {0}: indeling", Catalog.Version], Catalog.Released, null) { SourceInOwnWords = true });
        yield return Row(text["Exitvoorwaarden"], notInCatalog, a => Fact("", a.ExitTerms, InReadersLanguage));
    }

    /// <summary>The country of the ultimate parent, sourced by the fact that places the parent there.</summary>
    private FactRow ParentCountry(Fact<string> vendor)
    {
        var chain = OwnershipChain.Resolve(Catalog, vendor.IsKnown ? vendor.Value : null);
        return chain.UltimateParent is { } parent
            ? Fact("", parent.Country, code => $"{CountryName(code)} ({text[Zones.Label(Zones.Of(Jurisdiction.ControllingCountry(Catalog, chain)))]})")
            : new FactRow("", text["onbekend"], false, vendor.IsKnown ? text["moederbedrijf niet bekend"] : vendor.Source, vendor.Checked, Confidence.Unknown)
            { SourceInOwnWords = vendor.IsKnown };
    }

    private string Licence(LocalizedText licence) => CatalogTexts.Licence(licence, text);

    private string InReadersLanguage(LocalizedText value) => value.In(text.Language);

    private string ProviderName(string id) => CatalogTexts.ProviderName(Catalog, id, text);

    private FactRow StandardsFact(string label, Fact<IReadOnlyList<string>> fact)
    {
        var row = Fact(label, fact, v => v.Count == 0 ? text["geen"] : string.Join(", ", v.Select(id => Catalog.StandardById.TryGetValue(id, out var s) ? s.Name : id)));
        return fact.IsKnown ? row with { Standards = [.. fact.Value!.Select(id => Catalog.StandardById.GetValueOrDefault(id) ?? new Standard(id, id, StandardKind.Exchange, "", ""))] } : row;
    }

    public static string HostingOptionLabel(HostingOption option) => option switch
    {
        HostingOption.EuSaas => "SaaS van een EU-partij",
        HostingOption.Sector => "sectorpartij (SURF, Kennisnet, SIVON)",
        _ => "zelf gehost (bestuur of IT-partner)",
    };

    public static string MaturityLabel(Maturity maturity) => maturity switch
    {
        Maturity.Established => "beproefd",
        Maturity.Usable => "bruikbaar",
        Maturity.Pilot => "pilot",
        _ => "onbekend",
    };

    private FactRow Fact<T>(string label, Fact<T> fact, Func<T, string> show) =>
        new(label, fact.IsKnown ? show(fact.Value!) : text["onbekend"], fact.IsKnown, fact.Source, fact.Checked, fact.Confidence) { EnteredByBoard = fact.EnteredByBoard };

    private string CompanyName(string id) => Catalog.CompanyById.TryGetValue(id, out var c) ? c.Name : id;
}
