using Regie.Core.Catalog;
using Regie.Core.Common;
using Regie.Core.Explaining;
using Regie.Core.Landscape;

namespace Regie.Core.Scoring;

/// <summary>An answer derived from the catalog and the board's entries, with its reason.</summary>
public readonly record struct PrefilledAnswer(int? Option, ScoringReason Why, string? Source = null, DateOnly? Checked = null, bool SourceByBoard = false)
{
    /// <summary>An answer resting on one fact: its source and date, and whether the board entered it (its own words as source).</summary>
    public static PrefilledAnswer From(int option, ScoringReason why, IFactView fact) => new(option, why, fact.Source, fact.Checked, fact.EnteredByBoard);
}

/// <summary>
/// The rules that answer criteria from facts. Each rule is named in the model file (`prefill:`); a rule that lacks
/// the facts it needs answers unknown and says which fact is missing.
/// </summary>
public static class Prefill
{
    private static readonly HashSet<string> OpenFormats = new(StringComparer.OrdinalIgnoreCase)
    {
        "csv", "json", "xml", "ods", "odt", "odp", "odf", "ics", "ical", "vcf", "vcard", "eml", "mbox", "qti", "oneroster",
        "uwlr", "edexml", "html", "markdown", "md", "txt", "cyclonedx", "scorm", "xlsx", "docx", "pptx",
    };

    /// <summary>Whether an export format is open or publicly documented (the same list the export criterion uses).</summary>
    public static bool IsOpenFormat(string format) => OpenFormats.Contains(format);

    public static PrefilledAnswer Answer(string rule, ResolvedService s, KnowledgeCatalog catalog) => rule switch
    {
        "parentJurisdiction" => ParentJurisdiction(s, catalog),
        "extraterritorialExposure" => ExtraterritorialExposure(s, catalog),
        "cutoffExposure" => CutoffExposure(s, catalog),
        "dataLocation" => DataLocationAnswer(s),
        "keyControl" => s.HostingProvider?.Kind == ProviderKind.SelfHosted
            ? new(4, new KeysHeldByBoard())
            : new(null, new KeyControlUnknown()),
        "exportFormats" => ExportFormats(s),
        "operatorJurisdiction" => OperatorJurisdiction(s, catalog),
        "exitClause" => s.ExitTerms switch
        {
            { IsKnown: false } or { Value: Tri.Unknown } => new(null, new ExitClauseUnknown()),
            { StatedByVendor: true } f => new(f.Value == Tri.Yes ? 1 : 0, new ExitTermsStated(f.Value == Tri.Yes)),
            { Value: Tri.Yes } => new(1, new ExitClauseRecorded(true)),
            _ => new(0, new ExitClauseRecorded(false)),
        },
        "hostingDependency" => HostingDependency(s, catalog),
        "openSource" => s.OpenSource.Value switch
        {
            _ when !s.OpenSource.IsKnown => new(null, new OpenSourceUnknown()),
            Tri.Yes => PrefilledAnswer.From(2, new OpenSourceRecorded(true), s.OpenSource),
            _ => PrefilledAnswer.From(0, new OpenSourceRecorded(false), s.OpenSource),
        },
        "dpiaStatus" => s.Service.Dpia switch
        {
            AssessmentStatus.Done or AssessmentStatus.NotNeeded => new(2, new DpiaRecorded(s.Service.Dpia)),
            AssessmentStatus.InProgress => new(1, new DpiaRecorded(AssessmentStatus.InProgress)),
            AssessmentStatus.NotStarted => new(0, new DpiaRecorded(AssessmentStatus.NotStarted)),
            _ => new(null, new DpiaUnknown()),
        },
        _ => new(null, new UnknownPrefillRule(rule)),
    };

    private static PrefilledAnswer ParentJurisdiction(ResolvedService s, KnowledgeCatalog catalog)
    {
        var parent = s.VendorChain.UltimateParent;
        var country = Jurisdiction.CountryOf(catalog, parent);
        if (parent is null || country is null)
        {
            return new(null, s.VendorChain.Companies.Count == 0
                ? new VendorUnknown()
                : new UltimateParentUnknown(s.VendorChain.Describe()));
        }

        var chain = s.VendorChain.Describe();
        return country switch
        {
            { InEuEea: true } => PrefilledAnswer.From(3, new ParentInEu(chain, country.Code, country.Name), parent.Country),
            { ExtraterritorialAccessLaw: Tri.Yes } => PrefilledAnswer.From(0, new ParentUnderForeignAccessLaw(chain, country.Code, country.Name), parent.Country),
            _ => PrefilledAnswer.From(1, new ParentOutsideEu(chain, country.Code, country.Name), parent.Country),
        };
    }

    /// <summary>Exposed when the vendor's or the hosting provider's ultimate parent sits under a foreign access law (NCSC/Greenberg Traurig: EU location gives no immunity).</summary>
    private static PrefilledAnswer ExtraterritorialExposure(ResolvedService s, KnowledgeCatalog catalog)
    {
        var parties = ControllingParties(s, catalog);
        var exposed = parties.FirstWhere(p => p.Country?.ExtraterritorialAccessLaw == Tri.Yes);
        if (exposed.Company is not null)
        {
            return new(0, new PartyUnderForeignLaw(exposed.Role, exposed.Company.Name, exposed.Country!.Code, exposed.Country.Name, exposed.Country.LawNote),
                exposed.Country.Source, exposed.Country.Checked);
        }

        if (parties.Complete && parties.All(p => p.Country?.InEuEea == true))
        {
            return new(3, s.OperatedByHost
                ? new OpenSourceRunByEuParty(s.HostingProvider!.Name)
                : new ChainOwnedInEu());
        }

        return new(null, MissingChain(s));
    }

    private static PrefilledAnswer CutoffExposure(ResolvedService s, KnowledgeCatalog catalog)
    {
        var parties = ControllingParties(s, catalog);
        var foreign = parties.FirstWhere(p => p.Country is { InEuEea: false });
        if (foreign.Company is not null)
        {
            return new(0, new PartyCanBeForcedToStop(foreign.Role, foreign.Company.Name, foreign.Country!.Code, foreign.Country.Name));
        }

        return parties.Complete && parties.All(p => p.Country?.InEuEea == true)
            ? new(3, new WholeChainInEu())
            : new(null, MissingChain(s));
    }

    private static PrefilledAnswer DataLocationAnswer(ResolvedService s) => s.DataLocation switch
    {
        { IsKnown: false } => new(null, new DataLocationUnknown()),
        { Value: DataLocation.OutsideEu } f => PrefilledAnswer.From(0, new DataLocationRecorded(DataLocation.OutsideEu), f),
        { Value: DataLocation.EuDefault } f => PrefilledAnswer.From(1, new DataLocationRecorded(DataLocation.EuDefault), f),
        { Value: DataLocation.EuOnly } f => PrefilledAnswer.From(2, new DataLocationRecorded(DataLocation.EuOnly), f),
        _ => new(null, new DataLocationUnknown()),
    };

    private static PrefilledAnswer ExportFormats(ResolvedService s)
    {
        if (s.ExportFormats is not { IsKnown: true, Value: { } formats })
        {
            return new(null, new NoExportFormats());
        }

        if (formats.Count == 0)
        {
            return new(0, new NoExportOffered());
        }

        return formats.Any(IsOpenFormat)
            ? new(3, new OpenExportFormats(formats))
            : new(2, new ProprietaryExportFormats(formats));
    }

    private static PrefilledAnswer OperatorJurisdiction(ResolvedService s, KnowledgeCatalog catalog)
    {
        if (s.OperatedByHost && Jurisdiction.ControllingCountry(catalog, s.HostingChain) is { } host)
        {
            return host.InEuEea
                ? new(3, new OpenSourceRunInEu(s.HostingProvider!.Name))
                : new(2, new OpenSourceRunOutsideEu(s.HostingProvider!.Name, host.Code, host.Name));
        }

        var ultimate = Jurisdiction.ControllingCountry(catalog, s.VendorChain);
        var vendorCountry = Jurisdiction.CountryOf(catalog, s.VendorChain.Vendor);
        var hosting = Jurisdiction.ControllingCountry(catalog, s.HostingChain);
        if (ultimate is null)
        {
            return new(null, MissingChain(s));
        }

        if (!ultimate.InEuEea)
        {
            return vendorCountry?.InEuEea == true
                ? new(1, new RunByEuBranchOfForeignParty(s.VendorChain.Vendor!.Name, ultimate.Code, ultimate.Name))
                : new(0, new RunUnderForeignControl(s.VendorChain.Vendor!.Name, ultimate.Code, ultimate.Name));
        }

        if (hosting is null)
        {
            return new(null, new EuVendorHostingUnknown());
        }

        return hosting.InEuEea
            ? new(3, new EuVendorAndHost())
            : new(2, new EuVendorForeignHost(s.HostingProvider!.Name, hosting.Code, hosting.Name));
    }

    private static PrefilledAnswer HostingDependency(ResolvedService s, KnowledgeCatalog catalog)
    {
        if (s.HostingProvider is null)
        {
            return new(null, new HostingProviderUnknown());
        }

        var country = Jurisdiction.ControllingCountry(catalog, s.HostingChain);
        if (country is null)
        {
            return s.HostingProvider.Kind == ProviderKind.SelfHosted
                ? new(2, new SelfHostedAt(s.HostingProvider.Name))
                : new(null, new HostingOwnerUnknown(s.HostingProvider.Name));
        }

        return country.InEuEea
            ? PrefilledAnswer.From(2, new HostedInEuHands(s.HostingProvider.Name, s.HostingChain.Describe()), s.HostingProviderId)
            : PrefilledAnswer.From(0, new HostedUnderForeignControl(s.HostingProvider.Name, country.Code, country.Name, s.HostingChain.Describe()), s.HostingProviderId);
    }

    /// <summary>
    /// Where the rule's answer rests on a vendor's answer to the board's questionnaire: that answer's source and date, so the
    /// criterion shows "stated by vendor"; null when every fact the rule used came from the catalog or the board.
    /// </summary>
    public static (string? Source, DateOnly? Checked)? Statement(string rule, ResolvedService s)
    {
        (string?, DateOnly?)? Of<T>(Fact<T> fact) => fact.StatedByVendor ? (fact.Source, fact.Checked) : null;
        (string?, DateOnly?)? Chain(OwnershipChain chain)
        {
            for (var c = 0; c < chain.Companies.Count; c++)
            {
                var company = chain.Companies[c];
                if ((company.Parent.StatedByVendor ? company.Parent : company.Country.StatedByVendor ? company.Country : null) is { } fact)
                {
                    return (fact.Source, fact.Checked);
                }
            }

            return null;
        }

        return rule switch
        {
            "parentJurisdiction" => Chain(s.VendorChain),
            "extraterritorialExposure" or "cutoffExposure" or "operatorJurisdiction" =>
                (s.OperatedByHost ? null : Chain(s.VendorChain)) ?? Of(s.HostingProviderId) ?? Chain(s.HostingChain),
            "hostingDependency" => Of(s.HostingProviderId) ?? Chain(s.HostingChain),
            "dataLocation" => Of(s.DataLocation),
            "exportFormats" => Of(s.ExportFormats),
            "exitClause" => Of(s.ExitTerms),
            "openSource" => Of(s.OpenSource),
            _ => null,
        };
    }

    private readonly record struct Party(ControllingRole Role, Company? Company, Country? Country);

    /// <summary>At most two controlling parties, kept by value: a sector run asks this of every service twice.</summary>
    private readonly record struct Parties(Party First, Party Second, int Count, bool Complete)
    {
        public Party FirstWhere(Func<Party, bool> test) =>
            Count > 0 && test(First) ? First : Count > 1 && test(Second) ? Second : default;

        public bool All(Func<Party, bool> test) => (Count < 1 || test(First)) && (Count < 2 || test(Second));

        public Parties With(Party party) => Count == 0 ? this with { First = party, Count = 1 } : this with { Second = party, Count = 2 };
    }

    /// <summary>
    /// The parties that hold or run the data: the vendor's ultimate parent (unless the board has the open-source
    /// software run elsewhere) and the hosting provider's ultimate parent. Complete when both are known.
    /// </summary>
    private static Parties ControllingParties(ResolvedService s, KnowledgeCatalog catalog)
    {
        var parties = default(Parties);
        var vendorKnown = s.OperatedByHost;
        if (!s.OperatedByHost && s.VendorChain.UltimateParent is { } v)
        {
            parties = parties.With(new(ControllingRole.VendorParent, v, Jurisdiction.CountryOf(catalog, v)));
            vendorKnown = true;
        }

        var hostKnown = false;
        if (s.HostingChain.UltimateParent is { } h)
        {
            parties = parties.With(new(ControllingRole.HostingParent, h, Jurisdiction.CountryOf(catalog, h)));
            hostKnown = true;
        }
        else if (s.HostingProvider?.Kind == ProviderKind.SelfHosted)
        {
            // Run by the board itself: a Dutch school board is under Dutch law.
            parties = parties.With(new(ControllingRole.SelfHosted, null, catalog.CountryByCode.GetValueOrDefault("NL")));
            hostKnown = true;
        }

        return parties with { Complete = vendorKnown && hostKnown };
    }

    private static ChainIncomplete MissingChain(ResolvedService s) =>
        new(s.VendorChain.UltimateParent is not null, s.HostingProvider is not null);
}
