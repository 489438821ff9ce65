using Regie.Core.Catalog;
using Regie.Core.Graph;
using Regie.Core.Knowledge;
using Regie.Core.Landscape;
using Regie.Core.Questionnaires;
using Regie.Core.Reporting;
using Regie.Core.Scenarios;
using Regie.Core.Scoring;
using Regie.Core.Verdict;

namespace Regie.Core.Observatory;

/// <summary>
/// What the data layer knows about a sharing board besides its landscape: its province and DUO board number (from the
/// organisation's record) and, when it differs from the landscape's, the pupil count its size band follows.
/// </summary>
public sealed record SharingProfile(string? Province, string? RegisterBoardNumber, int? Pupils = null);

/// <summary>The kinds of party the sector picture counts: a service's vendor, its ultimate parent, its hosting provider, and the country of control.</summary>
public enum PartyKind { Vendor, Parent, Provider, Country }

/// <summary>
/// The board's headline figures, each the dashboard's own definition so that the sector picture shows the number the board
/// sees at home: <see cref="Score"/> the average score of its services; <see cref="FailingShare"/> of the services with a
/// minimum (an essential process), those that do not pass it; <see cref="Concentration"/> the HHI over ultimate parents;
/// <see cref="UnknownShare"/> of all criterion answers, the unknown ones. Null where the board has nothing to measure.
/// </summary>
public sealed record BoardFigures(int Services, double? Score, double? FailingShare, double? Concentration, double? UnknownShare)
{
    public double? Of(BoardFigure figure) => figure switch
    {
        BoardFigure.Score => Score,
        BoardFigure.FailingShare => FailingShare,
        BoardFigure.Concentration => Concentration,
        _ => UnknownShare,
    };

    public static BoardFigures From(BoardAssessment assessment, StandingCounts counts, GraphAnalysis graph)
    {
        var services = assessment.Services;
        var answers = services.Sum(s => s.Sovereignty.Objectives.Sum(o => o.Criteria.Count));
        return new BoardFigures(
            services.Count,
            services.Count == 0 ? null : services.Average(s => s.Sovereignty.Score),
            counts.WithMinimum == 0 ? null : (double)(counts.FailsOnKnownFacts + counts.Undetermined) / counts.WithMinimum,
            services.Count == 0 ? null : graph.ParentIndex.Hhi,
            answers == 0 ? null : (double)services.Sum(s => s.Sovereignty.UnknownAnswers) / answers);
    }
}

/// <summary>
/// What rests on one party at this board: the pupils and staff (the largest dependent service's users: a lower bound, as on
/// the board's own concentration chart) and the board's essential processes, through the services' own vendor chain or
/// hosting (direct) and in all (also through services they sign in through or run on).
/// </summary>
public sealed record PartyReliance(
    PartyKind Kind, string Id, string Name,
    int Pupils, int PupilsDirect, int Staff, int StaffDirect,
    IReadOnlyList<string> Processes, IReadOnlyList<string> ProcessesDirect, int Services, int ServicesDirect);

/// <summary>A catalog product the board uses: the processes its services on it serve, its essential ones, and their largest user groups.</summary>
public sealed record ProductUse(
    string ProductId, string ProductName, string? VendorId, string? VendorName,
    IReadOnlyList<string> Processes, IReadOnlyList<string> CriticalProcesses, int Pupils, int Staff, int Services);

/// <summary>A party falling away at this board (the scenario sweep): services down and degraded, essential processes stopped or disrupted, pupils at least.</summary>
public sealed record ScenarioHit(
    TargetKind Kind, string TargetId, string TargetName, int ServicesDown, int ServicesDegraded,
    IReadOnlyList<string> CriticalProcessesStopped, int PupilsAtLeast, int StaffAtLeast, double Harm)
{
    public string Key => ScenarioTarget.KeyOf(Kind, TargetId);
}

/// <summary>A vendor question still open at this board, by its shared id (product/topic or vendor/ultimateParent).</summary>
public sealed record OpenProductQuestion(QuestionId Id, string VendorId, string VendorName, string? ProductId, string? ProductName, string? CriterionId, FactTopic? Fact)
{
    /// <summary>The id in lower case, so the same question at two boards counts once.</summary>
    public string Key => Id.ToString().ToLowerInvariant();

    /// <summary>What it asks, as the vendor's questionnaire words it: the criterion's question, or the fact asked; the key when neither is known.</summary>
    public string Text(SovereigntyModel model, System.Globalization.CultureInfo culture) =>
        CriterionId is { } id && model.CriterionById.TryGetValue(id, out var criterion)
            ? criterion.Question.In(culture.TwoLetterISOLanguageName)
            : Fact is { } fact ? Explaining.ReasonText.Render(new FactAsked(fact), culture) : Key;
}

/// <summary>
/// What one sharing board contributes to the sector picture, computed once from its landscape and the knowledge. Figures
/// only: no service names, no ids of the board's own rows. The organisation id is kept so the edge can drop a board that
/// revokes sharing; it never appears in published output.
/// </summary>
public sealed record BoardContribution(
    OrganisationId Board,
    string? RegisterBoardNumber,
    IReadOnlyList<Sector> Sectors,
    BoardPlace Place,
    int Pupils,
    int Staff,
    int Schools,
    IReadOnlyList<string> CriticalProcesses,
    BoardFigures Figures,
    SealDistribution Seals,
    IReadOnlyList<PartyReliance> Parties,
    IReadOnlyList<ProductUse> Products,
    IReadOnlyList<ScenarioHit> Scenarios,
    IReadOnlyList<OpenProductQuestion> OpenQuestions)
{
    /// <summary>Analyses the board (the same assessment, graph and sweep its dashboard shows) and keeps only the figures.</summary>
    public static BoardContribution Of(BoardLandscape landscape, RegieKnowledge knowledge, SharingProfile sharing, string? weightProfile = null)
    {
        var assessment = BoardAssessor.Assess(landscape, knowledge, knowledge.Model.StoredProfileOrDefault(weightProfile));
        return From(landscape, knowledge, sharing, assessment, DependencyAnalysis.Analyse(landscape, knowledge));
    }

    /// <summary>The same from an analysis the caller already has (the web app keeps it per board).</summary>
    public static BoardContribution From(BoardLandscape landscape, RegieKnowledge knowledge, SharingProfile sharing, BoardAssessment assessment, GraphAnalysis graph)
    {
        var organisation = landscape.Organisation;
        var essential = landscape.Processes.Where(p => p.Essential).Select(p => p.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var proven = new int[5];
        var optimistic = new int[5];
        foreach (var s in assessment.Services)
        {
            proven[Math.Clamp(s.Sovereignty.Seal, 0, 4)]++;
            optimistic[Math.Clamp(s.Sovereignty.OptimisticSeal, 0, 4)]++;
        }

        var pupils = sharing.Pupils ?? organisation.Pupils;
        var place = new BoardPlace(BoardPlace.GroupOf(organisation.Sectors), string.IsNullOrWhiteSpace(sharing.Province) ? CellKey.UnknownProvince : sharing.Province.Trim(), BoardSizes.Of(pupils));
        var used = landscape.Services.SelectMany(s => s.ProcessIds).Where(essential.Contains).Select(p => p.ToLowerInvariant()).Distinct().Order(StringComparer.Ordinal).ToArray();
        var names = new CatalogNames(knowledge.Catalog);
        return new BoardContribution(
            organisation.Id,
            sharing.RegisterBoardNumber,
            [.. organisation.Sectors.Distinct()],
            place,
            pupils,
            organisation.Staff,
            landscape.Schools.Count,
            used,
            BoardFigures.From(assessment, StandingCounts.Of(assessment), graph),
            new SealDistribution(proven, optimistic),
            Reliance(landscape, assessment, graph, essential, names),
            ProductsOf(assessment, essential, names),
            Hits(landscape, knowledge, essential, names),
            QuestionsOf(assessment, names));
    }

    private static List<PartyReliance> Reliance(BoardLandscape landscape, BoardAssessment assessment, GraphAnalysis graph, HashSet<string> essential, CatalogNames names)
    {
        var services = landscape.Services.ToDictionary(s => s.Id);
        var result = new List<PartyReliance>();
        PartyReliance Measure(PartyKind kind, string id, string name, IEnumerable<(ServiceId Service, bool Direct)> dependents)
        {
            var list = dependents.Where(d => services.ContainsKey(d.Service)).GroupBy(d => d.Service)
                .Select(g => (Service: services[g.Key], Direct: g.Any(d => d.Direct))).ToArray();
            var direct = list.Where(d => d.Direct).Select(d => d.Service).ToArray();
            var all = list.Select(d => d.Service).ToArray();
            return new PartyReliance(kind, id, name,
                Largest(all, s => s.Pupils), Largest(direct, s => s.Pupils),
                Largest(all, s => s.Staff), Largest(direct, s => s.Staff),
                CriticalOf(all, essential), CriticalOf(direct, essential), all.Length, direct.Length);
        }

        // Parents and providers as the board's own graph measures them, named only when the catalog names them; countries are
        // the parents' and providers' seats of control (a code of the catalog's list, whoever typed the party).
        foreach (var c in graph.ByParent.Concat(graph.ByProvider))
        {
            var kind = c.Kind == NodeKind.Parent ? PartyKind.Parent : PartyKind.Provider;
            var id = c.EntityId[(c.EntityId.IndexOf(':') + 1)..];
            if ((kind == PartyKind.Parent ? names.Company(id) : names.Provider(id)) is { } name)
            {
                result.Add(Measure(kind, id, name, c.Services.Select(d => (d.Service, d.Direct))));
            }
        }

        foreach (var country in graph.ByParent.Concat(graph.ByProvider).Where(c => c.Country is not null && names.IsCountry(c.Country))
                     .GroupBy(c => c.Country!, StringComparer.OrdinalIgnoreCase))
        {
            result.Add(Measure(PartyKind.Country, country.Key.ToUpperInvariant(), country.Key.ToUpperInvariant(), country.SelectMany(c => c.Services).Select(d => (d.Service, d.Direct))));
        }

        // Vendors: the service's own vendor (direct) and, over sign-in and hosted-on edges, the vendors of what it stands on.
        var vendorOf = assessment.Services.Where(a => a.Service.VendorChain.Vendor is not null)
            .ToDictionary(a => a.Service.Id, a => a.Service.VendorChain.Vendor!);
        var hard = landscape.Dependencies.Where(d => d.IsHard && d.From != d.To).ToLookup(d => d.From, d => d.To);
        var byVendor = new Dictionary<string, (string Name, List<(ServiceId, bool)> Dependents)>(StringComparer.OrdinalIgnoreCase);
        foreach (var service in landscape.Services)
        {
            var seen = new HashSet<ServiceId> { service.Id };
            var queue = new Queue<ServiceId>([service.Id]);
            while (queue.TryDequeue(out var next))
            {
                if (vendorOf.TryGetValue(next, out var vendor))
                {
                    if (!byVendor.TryGetValue(vendor.Id, out var entry))
                    {
                        byVendor[vendor.Id] = entry = (vendor.Name, []);
                    }

                    entry.Dependents.Add((service.Id, next == service.Id));
                }

                foreach (var to in hard[next].Where(seen.Add))
                {
                    queue.Enqueue(to);
                }
            }
        }

        result.AddRange(byVendor.Where(v => names.Company(v.Key) is not null)
            .Select(v => Measure(PartyKind.Vendor, v.Key.ToLowerInvariant(), names.Company(v.Key)!, v.Value.Dependents)));
        return [.. result.OrderBy(r => r.Kind).ThenBy(r => r.Id, StringComparer.Ordinal)];
    }

    private static int Largest(IEnumerable<Service> services, Func<Service, int?> count) => services.Select(s => count(s) ?? 0).DefaultIfEmpty(0).Max();

    private static string[] CriticalOf(IEnumerable<Service> services, HashSet<string> essential) =>
        [.. services.SelectMany(s => s.ProcessIds).Where(essential.Contains).Select(p => p.ToLowerInvariant()).Distinct().Order(StringComparer.Ordinal)];

    private static List<ProductUse> ProductsOf(BoardAssessment assessment, HashSet<string> essential, CatalogNames names)
    {
        // Only products of the shipped catalog, by the catalog's names: a board's own product could name the board.
        return [.. assessment.Services
            .Where(a => a.Service.Product is { } p && names.Product(p.Id) is not null)
            .GroupBy(a => a.Service.Product!.Id, StringComparer.OrdinalIgnoreCase)
            .Select(g =>
            {
                var services = g.Select(a => a.Service.Service).ToArray();
                var vendor = g.First().Service.VendorChain.Vendor is { } v && names.Company(v.Id) is { } vendorName ? (Id: v.Id, Name: vendorName) : default;
                return new ProductUse(g.Key.ToLowerInvariant(), names.Product(g.Key)!, vendor.Id?.ToLowerInvariant(), vendor.Name,
                    [.. services.SelectMany(s => s.ProcessIds).Select(p => p.ToLowerInvariant()).Distinct().Order(StringComparer.Ordinal)],
                    CriticalOf(services, essential),
                    Largest(services, s => s.Pupils), Largest(services, s => s.Staff), services.Length);
            })
            .OrderBy(p => p.ProductId, StringComparer.Ordinal)];
    }

    private static List<ScenarioHit> Hits(BoardLandscape landscape, RegieKnowledge knowledge, HashSet<string> essential, CatalogNames names)
    {
        var board = ScenarioBoard.Prepare(landscape, knowledge);
        var hits = new List<ScenarioHit>();
        foreach (var row in board.RunSweep().Rows.Where(r => r.ServicesDown + r.ServicesDegraded > 0))
        {
            var target = row.Scenario.Target;
            if (names.Target(target) is not { } name)
            {
                // A party or product the board typed itself: not named in the sector, so not run either.
                continue;
            }

            // The sweep counts; the run names which processes. Only the rows that hit something are run again.
            var run = board.Run(row.Scenario);
            var stopped = run.Processes.Where(p => p.Impact is ProcessImpact.Stopped or ProcessImpact.Disrupted && essential.Contains(p.Process.Id))
                .Select(p => p.Process.Id.ToLowerInvariant()).Distinct().Order(StringComparer.Ordinal).ToArray();
            hits.Add(new ScenarioHit(target.Kind, target.Id.ToLowerInvariant(), name, row.ServicesDown, row.ServicesDegraded, stopped,
                row.PupilsAtLeast, row.StaffAtLeast, row.Harm));
        }

        return [.. hits.OrderBy(h => h.Key, StringComparer.Ordinal)];
    }

    // Questions about a catalog product or company asked of a catalog vendor only: the others name what the board typed.
    private static List<OpenProductQuestion> QuestionsOf(BoardAssessment assessment, CatalogNames names) =>
        [.. VendorQuestionnaire.OpenQuestions(assessment)
            .Where(v => names.Company(v.VendorId) is not null)
            .SelectMany(v => v.Questions
                .Where(q => (names.Product(q.Id.Subject) ?? names.Company(q.Id.Subject)) is not null && (q.ProductId is null || names.Product(q.ProductId) is not null))
                .Select(q => new OpenProductQuestion(q.Id, v.VendorId.ToLowerInvariant(), names.Company(v.VendorId)!, q.ProductId,
                    q.ProductId is null ? q.ProductName : names.Product(q.ProductId), q.Criterion?.Id, q.Fact)))
            .DistinctBy(q => q.Key)
            .OrderBy(q => q.Key, StringComparer.Ordinal)];
}

/// <summary>
/// The names a contribution may carry: the shipped catalog's, and only those. A company, provider or product a board typed
/// itself (its own parties and products, also one that reuses a catalog id, since the board's entry wins on its own
/// dashboard) is free text that can identify the board ("ICT-dienst Stichting X"); k boards typing the same name does not
/// make it safe, as the name itself can point at one of them. Such a party is left out of the named tables, the sweep and the
/// vendor questions; what rests on it still counts in its country and in the board's own figures (score, failing share, SEAL
/// levels), which carry no name. docs/SECTOR-DISCLOSURE.md, "Names".
/// </summary>
internal sealed class CatalogNames(KnowledgeCatalog catalog)
{
    public string? Company(string id) => catalog.CompanyById.GetValueOrDefault(id) is { IsLocal: false } c ? c.Name : null;

    public string? Provider(string id) => catalog.ProviderById.GetValueOrDefault(id) is { IsLocal: false } p ? p.Name.Nl : null;

    public string? Product(string id) => catalog.ProductById.GetValueOrDefault(id)?.Name;

    private HashSet<string>? countries;

    public bool IsCountry(string code) =>
        (countries ??= catalog.Countries.Select(c => c.Code).ToHashSet(StringComparer.OrdinalIgnoreCase)).Contains(code);

    public string? Target(ScenarioTarget target) => target.Kind switch
    {
        TargetKind.Company => Company(target.Id),
        TargetKind.Provider => Provider(target.Id),
        TargetKind.Product => Product(target.Id),
        TargetKind.Country => IsCountry(target.Id) ? target.Name : null,
        _ => null,
    };
}
