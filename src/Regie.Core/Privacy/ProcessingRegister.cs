using Regie.Core.Catalog;
using Regie.Core.Common;
using Regie.Core.Knowledge;
using Regie.Core.Landscape;
using Regie.Core.Scoring;

namespace Regie.Core.Privacy;

/// <summary>
/// The board's processing register (AVG art. 30) generated from its landscape: per service the data, the people, the purposes,
/// the processor and its sub-processors, transfers outside the EU/EEA with the fact each rests on, and retention, every field
/// with where it came from; the board's own edits laid over. Unknown stays unknown: a transfer is "none" only when every fact
/// it rests on is known and inside the EU/EEA (docs/PROCESSING-REGISTER.md).
/// </summary>
public static class ProcessingRegister
{
    public static IReadOnlyList<ProcessingRecord> Build(BoardLandscape board, RegieKnowledge knowledge, IReadOnlyList<ProcessingOverride> overrides)
    {
        var catalog = knowledge.Catalog.For(board);
        var edits = overrides.GroupBy(o => o.ServiceId).ToDictionary(g => g.Key, g => g.Last());
        var services = board.Services.ToDictionary(s => s.Id);
        var hostedOn = board.Dependencies.Where(d => d.Kind == DependencyKind.HostedOn).ToLookup(d => d.From, d => d.To);
        var processes = board.Processes.GroupBy(p => p.Id, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        return
        [
            .. board.Services.OrderBy(s => s.Name, StringComparer.CurrentCultureIgnoreCase).Select(service =>
            {
                var resolved = ResolvedService.Resolve(service, catalog);
                var hosts = hostedOn[service.Id].Where(services.ContainsKey).Select(id => ResolvedService.Resolve(services[id], catalog)).ToList();
                return Record(resolved, hosts, catalog, knowledge, processes, edits.GetValueOrDefault(service.Id));
            }),
        ];
    }

    /// <summary>The records with a known transfer outside the EU/EEA: the filter "alleen doorgifte buiten de EER".</summary>
    public static IReadOnlyList<ProcessingRecord> OutsideEea(IReadOnlyList<ProcessingRecord> records) =>
        [.. records.Where(r => r.Transfers.Status == TransferStatus.Outside)];

    private static ProcessingRecord Record(
        ResolvedService s, IReadOnlyList<ResolvedService> hosts, KnowledgeCatalog catalog, RegieKnowledge knowledge,
        IReadOnlyDictionary<string, Process> processes, ProcessingOverride? edit)
    {
        var service = s.Service;
        var categories = service.DataCategoryIds
            .Select(id => knowledge.DataCategoryById.GetValueOrDefault(id)?.Name ?? new LocalizedText(id, id)).ToList();
        var processNames = service.ProcessIds.Select(id => processes.GetValueOrDefault(id)?.Name
            ?? knowledge.ProcessTemplates.FirstOrDefault(p => string.Equals(p.Id, id, StringComparison.OrdinalIgnoreCase))?.Name
            ?? new LocalizedText(id, id)).ToList();
        var board = edit?.Edit;
        var subProcessors = new List<SubProcessor>();
        var transfers = new List<Transfer>();
        var gaps = new List<ProcessingRegisterReason>();

        if (s.DataLocation is { IsKnown: true } location)
        {
            if (location.Value == DataLocation.OutsideEu)
            {
                transfers.Add(new Transfer(new DataStoredOutsideEea(), Origin(location), location.Source, location.Checked));
            }
        }
        else
        {
            gaps.Add(new DataLocationUnknown());
        }

        var vendor = Vendor(s, catalog);
        // Open-source software run by a host of the board's choosing: the software vendor never holds the data.
        if (!s.OperatedByHost)
        {
            if (vendor.Value is not { } processor)
            {
                gaps.Add(new ProcessorUnknown());
            }
            else
            {
                Control(s.VendorChain, catalog, transfers, gaps,
                    (controller, country, law) => new ProcessorControlledOutsideEea(processor.Name, controller, country, law),
                    () => new ProcessorControlUnknown(processor.Name));
            }
        }

        if (s.HostingProvider is { } provider)
        {
            var chain = s.HostingChain;
            // The provider by its own name, placed where its controller is established (when known).
            var host = Controller(catalog, chain).Company is { } c ? Party(catalog, c) : new RegisterParty(provider.Id, "", null, null, null);
            subProcessors.Add(new SubProcessor(host with { Name = provider.Name.Nl, Names = provider.Name },
                SubProcessorRole.Hosting, Origin(s.HostingProviderId), s.HostingProviderId.Source, s.HostingProviderId.Checked));
            Control(chain, catalog, transfers, gaps,
                (controller, country, law) => new HostingControlledOutsideEea(provider.Name, controller, country, law),
                () => new HostingControlUnknown(provider.Name));
        }
        else if (s.HostingProviderId is { IsKnown: true, Value: { } unknownProvider })
        {
            subProcessors.Add(new SubProcessor(new RegisterParty(unknownProvider, unknownProvider, null, null, null), SubProcessorRole.Hosting,
                Origin(s.HostingProviderId), s.HostingProviderId.Source, s.HostingProviderId.Checked));
            gaps.Add(new HostingControlUnknown(LocalizedText.Same(unknownProvider)));
        }
        else
        {
            gaps.Add(new HostingUnknown());
        }

        foreach (var host in hosts)
        {
            var (company, country, _) = Controller(catalog, host.VendorChain);
            var party = new RegisterParty(host.VendorId.Value, host.Name, country?.Code, country?.Name, country?.InEuEea);
            subProcessors.Add(new SubProcessor(party, SubProcessorRole.HostedOnService, RegisterOrigin.Landscape, null, null));
            if (country is { InEuEea: false })
            {
                transfers.Add(new Transfer(new SubProcessorOutsideEea(host.Name, country.Name), Origin(company!.Country), company.Country.Source, company.Country.Checked));
            }
            else if (country is null)
            {
                gaps.Add(new SubProcessorCountryUnknown(host.Name));
            }
        }

        if (s.SubProcessors is { IsKnown: true, Value: { } listed } listFact)
        {
            foreach (var entry in listed)
            {
                var company = catalog.CompanyById.GetValueOrDefault(entry)
                    ?? catalog.Companies.FirstOrDefault(c => string.Equals(c.Name, entry, StringComparison.OrdinalIgnoreCase));
                var (top, country, _) = company is null ? (null, null, false) : Controller(catalog, OwnershipChain.Resolve(catalog, company.Id));
                var party = new RegisterParty(company?.Id, company?.Name ?? entry, country?.Code, country?.Name, country?.InEuEea);
                subProcessors.Add(new SubProcessor(party, SubProcessorRole.Listed, Origin(listFact), listFact.Source, listFact.Checked));
                if (country is { InEuEea: false })
                {
                    transfers.Add(new Transfer(new SubProcessorOutsideEea(party.Name, country.Name), Origin(listFact), listFact.Source, listFact.Checked));
                }
                else if (country is null || top is null)
                {
                    gaps.Add(new SubProcessorCountryUnknown(party.Name));
                }
            }
        }
        else
        {
            gaps.Add(new SubProcessorsUnknown());
        }

        var (vendorTop, _, complete) = Controller(catalog, s.VendorChain);
        return new ProcessingRecord(
            service.Id,
            service.Name,
            categories.Count > 0
                ? new RegisterField<IReadOnlyList<LocalizedText>>(categories, RegisterOrigin.Landscape, new DataCategoriesOfService())
                : new RegisterField<IReadOnlyList<LocalizedText>>([], RegisterOrigin.Unknown, new NoDataCategoriesRecorded()),
            edit?.DataSubjects is { } subjects
                ? new RegisterField<IReadOnlyList<DataSubject>>(subjects, RegisterOrigin.Board, new SetByBoard(), Edit: board)
                : Subjects(service, knowledge),
            edit?.Purpose is { } purpose
                ? new RegisterField<IReadOnlyList<LocalizedText>>([new LocalizedText(purpose, purpose)], RegisterOrigin.Board, new SetByBoard(), Edit: board)
                : processNames.Count > 0
                    ? new RegisterField<IReadOnlyList<LocalizedText>>(processNames, RegisterOrigin.Landscape, new PurposesFromProcesses())
                    : new RegisterField<IReadOnlyList<LocalizedText>>([], RegisterOrigin.Unknown, new NoProcessesRecorded()),
            edit?.LegalBasis is { } basis
                ? new RegisterField<LegalBasis?>(basis, RegisterOrigin.Board, new SetByBoard(), Edit: board)
                : new RegisterField<LegalBasis?>(null, RegisterOrigin.Unknown, new LegalBasisNotDerived()),
            new RegisterProcessor(vendor, s.VendorChain.ReachesUltimateParent && vendorTop is not null ? Party(catalog, vendorTop) : null, complete,
                string.Join(" → ", s.VendorChain.Companies.Select(c => c.Name))),
            [.. subProcessors.DistinctBy(p => (p.Party.Id ?? p.Party.Name).ToLowerInvariant())],
            new TransferFinding(transfers, [.. gaps.Distinct()]),
            edit?.Retention is { } retention
                ? new RegisterField<string>(retention, RegisterOrigin.Board, new SetByBoard(), Edit: board)
                : new RegisterField<string>(null, RegisterOrigin.Unknown, new RetentionNotKnown()),
            edit?.Notes is { } notes
                ? new RegisterField<string>(notes, RegisterOrigin.Board, new SetByBoard(), Edit: board)
                : new RegisterField<string>(null, RegisterOrigin.Unknown, new NoNotes()));
    }

    private static RegisterField<RegisterParty> Vendor(ResolvedService s, KnowledgeCatalog catalog)
    {
        if (s.VendorId is not { IsKnown: true, Value: { } id } fact)
        {
            return new RegisterField<RegisterParty>(null, RegisterOrigin.Unknown, new ProcessorUnknown());
        }

        var party = catalog.CompanyById.GetValueOrDefault(id) is { } company ? Party(catalog, company) : new RegisterParty(id, id, null, null, null);
        return new RegisterField<RegisterParty>(party, Origin(fact), new ProcessorOfService(party.Name), fact.Source, fact.Checked);
    }

    /// <summary>
    /// Who controls the chain: its ultimate parent, or else the highest company whose country is known (then the chain is
    /// incomplete). A foreign country is a transfer whether or not the chain is complete; an EU/EEA one only counts as "none"
    /// when the chain reaches its ultimate parent.
    /// </summary>
    private static void Control(
        OwnershipChain chain, KnowledgeCatalog catalog, List<Transfer> transfers, List<ProcessingRegisterReason> gaps,
        Func<string, LocalizedText, bool, ProcessingRegisterReason> outside, Func<ProcessingRegisterReason> unknown)
    {
        var (company, country, complete) = Controller(catalog, chain);
        if (company is null || country is null)
        {
            gaps.Add(unknown());
            return;
        }

        if (!country.InEuEea)
        {
            // The fact the transfer rests on: the link to the parent when it is a parent, else the company's own country.
            var index = chain.Companies.ToList().IndexOf(company);
            var fact = index > 0 ? chain.Companies[index - 1].Parent : company.Country;
            transfers.Add(new Transfer(outside(company.Name, country.Name, country.ExtraterritorialAccessLaw == Tri.Yes), Origin(fact), fact.Source, fact.Checked));
        }
        else if (!complete)
        {
            gaps.Add(unknown());
        }
    }

    private static (Company? Company, Country? Country, bool Complete) Controller(KnowledgeCatalog catalog, OwnershipChain chain)
    {
        if (chain.Companies.Count == 0)
        {
            return (null, null, false);
        }

        for (var c = chain.Companies.Count - 1; c >= 0; c--)
        {
            if (Jurisdiction.CountryOf(catalog, chain.Companies[c]) is { } country && chain.Companies[c].Country.IsKnown)
            {
                return (chain.Companies[c], country, chain.ReachesUltimateParent && c == chain.Companies.Count - 1);
            }
        }

        return (chain.Top, null, false);
    }

    private static RegisterParty Party(KnowledgeCatalog catalog, Company company)
    {
        var country = Jurisdiction.CountryOf(catalog, company);
        return new RegisterParty(company.Id, company.Name, country?.Code, country?.Name, country?.InEuEea);
    }

    private static RegisterField<IReadOnlyList<DataSubject>> Subjects(Service service, RegieKnowledge knowledge)
    {
        var subjects = new SortedSet<DataSubject>();
        var from = new List<LocalizedText>();
        foreach (var category in service.DataCategoryIds.Select(id => knowledge.DataCategoryById.GetValueOrDefault(id)).OfType<DataCategory>()
            .Where(c => c.Subjects.Count > 0))
        {
            subjects.UnionWith(category.Subjects);
            from.Add(category.Name);
        }

        foreach (var process in service.ProcessIds.Select(id => knowledge.ProcessTemplates.FirstOrDefault(p => string.Equals(p.Id, id, StringComparison.OrdinalIgnoreCase)))
            .OfType<Process>().Where(p => knowledge.ProcessSubjects.ContainsKey(p.Id)))
        {
            subjects.UnionWith(knowledge.ProcessSubjects[process.Id]);
            from.Add(process.Name);
        }

        return subjects.Count > 0
            ? new RegisterField<IReadOnlyList<DataSubject>>([.. subjects], RegisterOrigin.Derived, new SubjectsFollowFrom(from))
            : new RegisterField<IReadOnlyList<DataSubject>>([], RegisterOrigin.Unknown, new NoSubjectsDerivable());
    }

    private static RegisterOrigin Origin<T>(Fact<T> fact) =>
        !fact.IsKnown ? RegisterOrigin.Unknown
        : fact.EnteredByBoard ? RegisterOrigin.Landscape
        : fact.StatedByVendor ? RegisterOrigin.Vendor
        : RegisterOrigin.Catalog;
}
