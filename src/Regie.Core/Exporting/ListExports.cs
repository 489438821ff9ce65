using System.Globalization;
using Regie.Core.Catalog;
using Regie.Core.Common;
using Regie.Core.Explaining;
using Regie.Core.Planning;
using Regie.Core.Scenarios;
using Regie.Core.Scoring;
using Regie.Core.Verdict;

namespace Regie.Core.Exporting;

/// <summary>
/// The board's lists as export tables, built from the analysis' own results so that a download says what the page says.
/// Text cells that explain (standing, reasons) are rendered in <c>culture</c>; numbers stay numbers.
/// </summary>
public static partial class ListExports
{
    private static bool IsEnglish(CultureInfo culture) => culture.TwoLetterISOLanguageName == "en";

    private static string Word(LocalizedText text, CultureInfo culture) => IsEnglish(culture) ? text.En : text.Nl;

    /// <summary>Every service with what it is, who makes and hosts it, its people and contract, alphabetically.</summary>
    public static ExportTable Services(BoardAssessment assessment, CultureInfo culture) => new(
        new("diensten", "services"),
        [
            new("id", "Id", "Id"), new("name", "Naam", "Name"), new("product", "Product", "Product"),
            new("vendor", "Leverancier", "Vendor"), new("ultimateParent", "Moederbedrijf", "Ultimate parent"),
            new("hostingProvider", "Hosting", "Hosting"), new("hostingRegion", "Regio", "Region"),
            new("processes", "Processen", "Processes"), new("pupils", "Leerlingen", "Pupils", CellKind.Integer),
            new("staff", "Medewerkers", "Staff", CellKind.Integer), new("contractEnd", "Einde contract", "Contract end", CellKind.Date),
            new("annualCost", "Jaarkosten (euro)", "Annual cost (euro)", CellKind.Decimal, 2),
            new("score", "Score", "Score", CellKind.Decimal, 1), new("seal", "SEAL", "SEAL", CellKind.Integer),
        ],
        assessment.Services.OrderBy(s => s.Service.Name, StringComparer.Create(culture, true)).Select(s => (IReadOnlyList<object?>)
        [
            s.Service.Id.Value.ToString(), s.Service.Name, s.Service.Product?.NameIn(culture.TwoLetterISOLanguageName) ?? s.Service.Service.CatalogProductId,
            s.Service.VendorChain.Vendor?.Name ?? s.Service.VendorId.Value, s.Service.VendorChain.UltimateParent?.Name,
            s.Service.HostingProvider?.NameIn(culture.TwoLetterISOLanguageName) ?? s.Service.HostingProviderId.Value, s.Service.HostingRegion.Value?.In(culture.TwoLetterISOLanguageName),
            string.Join(", ", s.Service.Service.ProcessIds), s.Service.Service.Pupils, s.Service.Service.Staff, s.Service.Service.ContractEnd,
            s.Service.Service.AnnualCost, s.Sovereignty.Score, s.Sovereignty.Seal,
        ]));

    /// <summary>The sovereignty score of every service: proven and optimistic, SEAL, the minimum, criticality, risk and urgency; most urgent first.</summary>
    public static ExportTable Scores(BoardAssessment assessment, CultureInfo culture) => ScoreTable(
        assessment.ByUrgency().Select(s => ScoreRow(
            s.Service.Id.Value, s.Service.Name, s.Service.Service.CatalogProductId, s.Sovereignty.Score, s.Sovereignty.OptimisticScore, s.Sovereignty.Seal,
            s.Sovereignty.OptimisticSeal, s.Sovereignty.UnknownAnswers, StandingText(s.Policy.Applies, s.Policy.Standing, culture),
            s.Criticality.Value, s.Risk.Value, s.Urgency.Value, s.Urgency.Band)));

    /// <summary>The same table from the assessment's JSON document (what `regie score --server` receives from the API), in its order.</summary>
    public static ExportTable Scores(AssessmentDocument document, CultureInfo culture) => ScoreTable(
        document.Services.Select(s => ScoreRow(
            s.Id, s.Name, s.CatalogProductId, s.Score, s.OptimisticScore, s.Seal, s.OptimisticSeal, s.UnknownAnswers,
            StandingText(s.Policy.Applies, s.Policy.Standing, culture), s.Criticality.Value, s.Risk.Value, s.Urgency.Value, s.Urgency.Band)));

    private static ExportTable ScoreTable(IEnumerable<IReadOnlyList<object?>> rows) => new(
        new("scores", "scores"),
        [
            new("id", "Id", "Id"), new("name", "Dienst", "Service"), new("catalogProductId", "Catalogus-id", "Catalog id"),
            new("score", "Score", "Score", CellKind.Decimal, 1), new("optimisticScore", "Score optimistisch", "Optimistic score", CellKind.Decimal, 1),
            new("seal", "SEAL", "SEAL", CellKind.Integer), new("optimisticSeal", "SEAL optimistisch", "Optimistic SEAL", CellKind.Integer),
            new("unknownAnswers", "Onbekende antwoorden", "Unknown answers", CellKind.Integer),
            new("standing", "Minimumeis", "Minimum", CellKind.Text),
            new("criticality", "Kritikaliteit", "Criticality", CellKind.Integer), new("risk", "Risico", "Risk", CellKind.Decimal, 2),
            new("urgency", "Urgentie", "Urgency", CellKind.Decimal, 2), new("urgencyBand", "Urgentieband", "Urgency band"),
        ],
        rows);

    private static IReadOnlyList<object?> ScoreRow(
        Guid id, string name, string? product, double score, double optimistic, int seal, int optimisticSeal, int unknown, string standing,
        int criticality, double risk, double urgency, string band) =>
        [id.ToString(), name, product, score, optimistic, seal, optimisticSeal, unknown, standing, criticality, risk, urgency, band];

    /// <summary>Services ranked by urgency ("waar begin je"), with the quadrant and the mitigation that lowers the risk.</summary>
    public static ExportTable Priorities(BoardAssessment assessment, CultureInfo culture) => new(
        new("prioriteiten", "priorities"),
        [
            new("rank", "Rang", "Rank", CellKind.Integer), new("name", "Dienst", "Service"), new("urgencyBand", "Urgentieband", "Urgency band"),
            new("urgency", "Urgentie", "Urgency", CellKind.Decimal, 2), new("quadrant", "Kwadrant", "Quadrant"),
            new("criticality", "Kritikaliteit", "Criticality", CellKind.Integer), new("risk", "Risico", "Risk", CellKind.Decimal, 2),
            new("exposure", "Blootstelling", "Exposure", CellKind.Decimal, 3), new("mitigation", "Mitigatie", "Mitigation", CellKind.Decimal, 3),
            new("score", "Score", "Score", CellKind.Decimal, 1), new("seal", "SEAL", "SEAL", CellKind.Integer),
            new("standing", "Minimumeis", "Minimum"),
        ],
        assessment.ByUrgency().Select((s, i) => (IReadOnlyList<object?>)
        [
            i + 1, s.Service.Name, s.Urgency.Band, s.Urgency.Value, Word(QuadrantWord(s.Urgency.InQuadrant), culture), s.Criticality.Value,
            s.Risk.Value, s.Risk.Exposure, s.Risk.Mitigation, s.Sovereignty.Score, s.Sovereignty.Seal, StandingText(s.Policy, culture),
        ]));

    /// <summary>Every company, hosting provider and country falling away, ranked by harm: the scenario sweep.</summary>
    public static ExportTable Scenarios(Sweep sweep, CultureInfo culture) => new(
        new("scenarios", "scenarios"),
        [
            new("rank", "Rang", "Rank", CellKind.Integer), new("kind", "Soort", "Kind"), new("target", "Valt weg", "Falls away"),
            new("key", "Sleutel", "Key"), new("harm", "Schade", "Harm", CellKind.Decimal, 1),
            new("servicesDown", "Diensten uitgevallen", "Services down", CellKind.Integer),
            new("servicesDegraded", "Diensten verminderd", "Services degraded", CellKind.Integer),
            new("processesStopped", "Processen stil", "Processes stopped", CellKind.Integer),
            new("processesAffected", "Processen geraakt", "Processes affected", CellKind.Integer),
            new("pupilsAtLeast", "Leerlingen (minstens)", "Pupils (at least)", CellKind.Integer),
            new("staffAtLeast", "Medewerkers (minstens)", "Staff (at least)", CellKind.Integer),
            new("servicesHitDirectly", "Direct geraakt", "Hit directly", CellKind.Integer),
        ],
        sweep.Rows.Select((r, i) => (IReadOnlyList<object?>)
        [
            i + 1, Word(KindWord(r.Scenario.Target.Kind), culture), Word(r.Scenario.Target.Label, culture), r.Scenario.Target.Key, r.Harm,
            r.ServicesDown, r.ServicesDegraded, r.ProcessesStopped, r.ProcessesAffected, r.PupilsAtLeast, r.StaffAtLeast, r.ServicesHitDirectly,
        ]));

    /// <summary>One row per move, sequenced ones first with the board as it would stand after their quarter, then those set aside.</summary>
    public static ExportTable Roadmap(Roadmap plan, CultureInfo culture)
    {
        ExportColumn[] columns =
        [
            new("step", "Stap", "Step", CellKind.Integer), new("quarter", "Kwartaal", "Quarter"), new("service", "Dienst", "Service"),
            new("target", "Alternatief", "Alternative"), new("state", "Status", "Status"), new("pinned", "Vastgezet", "Pinned"),
            new("effortDays", "Inspanning (dagen)", "Effort (days)", CellKind.Integer),
            new("indicativeEffort", "Inspanning indicatie (dagen)", "Indicative effort (days)"),
            new("oneOffCost", "Eenmalige kosten (euro)", "One-off cost (euro)", CellKind.Decimal, 2), new("reasons", "Redenen", "Reasons"),
            new("scoreAfter", "Score na", "Score after", CellKind.Decimal, 1),
            .. Enumerable.Range(0, 5).Select(level => new ExportColumn($"seal{level}After", $"SEAL-{level} na", $"SEAL-{level} after", CellKind.Integer)),
            new("parentHhiAfter", "HHI moederbedrijven na", "Parent HHI after", CellKind.Integer),
            new("providerHhiAfter", "HHI hosting na", "Hosting HHI after", CellKind.Integer),
        ];
        var sequenced = plan.Quarters.SelectMany(q => q.Steps.Select(step => (IReadOnlyList<object?>)
        [
            step.Number, step.Quarter.ToString(), step.ServiceName, step.Target.NameIn(culture.TwoLetterISOLanguageName), Word(StateWord(step.Move.State), culture),
            step.Move.Pinned?.ToString(), step.Move.EffortDays, step.Effort is { } e ? $"{e.LowDays}-{e.HighDays}" : null, step.Move.OneOffCost,
            string.Join(" | ", step.Why.Select(r => ReasonText.Render(r, culture))), q.After.MeanScore,
            .. q.After.SealCounts.Select(c => (object?)c), (int)Math.Round(q.After.ParentHhi), (int)Math.Round(q.After.ProviderHhi),
        ]));
        var setAside = plan.SetAside.Select(a => (IReadOnlyList<object?>)
        [
            null, null, a.ServiceName, a.Target.NameIn(culture.TwoLetterISOLanguageName), Word(StateWord(a.Move.State), culture), a.Move.Pinned?.ToString(), a.Move.EffortDays, null,
            a.Move.OneOffCost, ReasonText.Render(a.Why, culture), null, null, null, null, null, null, null, null,
        ]);
        return new(new("routekaart", "roadmap"), columns, sequenced.Concat(setAside));
    }

    /// <summary>The vendors and hosting providers the board sees: its own first, then the catalog's, with country and ultimate parent.</summary>
    public static ExportTable Parties(KnowledgeCatalog catalog, CultureInfo culture)
    {
        var companies = catalog.Companies.OrderByDescending(c => c.IsLocal).ThenBy(c => c.Name, StringComparer.Create(culture, true)).Select(c =>
        {
            var chain = OwnershipChain.Resolve(catalog, c.Id);
            return (IReadOnlyList<object?>)
            [
                Word(new("bedrijf", "company"), culture), c.Id, c.Name, Word(OwnWord(c.IsLocal), culture), c.Country.Value,
                chain.UltimateParent?.Name, null, c.Kind.ToString(),
            ];
        });
        var providers = catalog.Providers.OrderByDescending(p => p.IsLocal).ThenBy(p => p.NameIn(culture.TwoLetterISOLanguageName), StringComparer.Create(culture, true)).Select(p =>
        {
            var chain = OwnershipChain.Resolve(catalog, p.Company.Value);
            return (IReadOnlyList<object?>)
            [
                Word(new("hostingpartij", "hosting provider"), culture), p.Id, p.NameIn(culture.TwoLetterISOLanguageName), Word(OwnWord(p.IsLocal), culture), chain.Vendor?.Country.Value,
                chain.UltimateParent?.Name, chain.Vendor?.Name ?? p.Company.Value, p.Kind.ToString(),
            ];
        });
        return new(new("partijen", "parties"),
        [
            new("kind", "Soort", "Kind"), new("key", "Sleutel", "Key"), new("name", "Naam", "Name"), new("origin", "Herkomst", "Origin"),
            new("country", "Land", "Country"), new("ultimateParent", "Moederbedrijf", "Ultimate parent"),
            new("company", "Bedrijf", "Company"), new("type", "Type", "Type"),
        ], companies.Concat(providers));
    }

    /// <summary>The catalog's products with vendor, hosting, data location and open source, as the catalog knows them.</summary>
    public static ExportTable Catalog(KnowledgeCatalog catalog, CultureInfo culture) => new(
        new("catalogus", "catalog"),
        [
            new("id", "Id", "Id"), new("name", "Naam", "Name"), new("category", "Categorie", "Category"), new("vendor", "Leverancier", "Vendor"),
            new("ultimateParent", "Moederbedrijf", "Ultimate parent"), new("hostingProvider", "Hosting", "Hosting"),
            new("hostingRegion", "Regio", "Region"), new("dataLocation", "Gegevenslocatie", "Data location"),
            new("openSource", "Open source", "Open source"), new("processes", "Processen", "Processes"),
            new("catalogVersion", "Catalogusversie", "Catalog version"),
        ],
        catalog.Products.OrderBy(p => p.NameIn(culture.TwoLetterISOLanguageName), StringComparer.Create(culture, true)).Select(p => (IReadOnlyList<object?>)
        [
            p.Id, p.NameIn(culture.TwoLetterISOLanguageName), catalog.CategoryById.TryGetValue(p.Category, out var category) ? Word(category.Name, culture) : p.Category,
            catalog.CompanyById.TryGetValue(p.Vendor.Value ?? "", out var vendor) ? vendor.Name : p.Vendor.Value,
            OwnershipChain.Resolve(catalog, p.Vendor.Value).UltimateParent?.Name,
            catalog.ProviderById.TryGetValue(p.HostingProvider.Value ?? "", out var provider) ? provider.NameIn(culture.TwoLetterISOLanguageName) : p.HostingProvider.Value,
            p.HostingRegion.Value?.In(culture.TwoLetterISOLanguageName), p.DataLocation.IsKnown ? p.DataLocation.Value.ToString() : null, p.OpenSource.IsKnown ? p.OpenSource.Value.ToString() : null,
            string.Join(", ", p.Processes), catalog.Version,
        ]));

    private static string StandingText(PolicyResult policy, CultureInfo culture) => StandingText(policy.Applies, policy.Standing, culture);

    private static string StandingText(bool applies, Standing standing, CultureInfo culture) =>
        applies ? ReasonText.Render(new StandingIs(standing), culture) : Word(new("n.v.t.", "n/a"), culture);

    private static LocalizedText QuadrantWord(RiskQuadrant quadrant) => quadrant switch
    {
        RiskQuadrant.Critical => new("kritiek", "critical"),
        RiskQuadrant.Manageable => new("beheersbaar", "manageable"),
        RiskQuadrant.Attention => new("aandacht", "attention"),
        _ => new("optimaal", "optimal"),
    };

    private static LocalizedText KindWord(TargetKind kind) => kind switch
    {
        TargetKind.Company => new("bedrijf", "company"),
        TargetKind.Provider => new("hostingpartij", "hosting provider"),
        TargetKind.Country => new("land", "country"),
        _ => new("product", "product"),
    };

    private static LocalizedText StateWord(MoveState state) => state switch
    {
        MoveState.InProgress => new("bezig", "in progress"),
        MoveState.Done => new("afgerond", "done"),
        MoveState.Dropped => new("geschrapt", "dropped"),
        _ => new("gepland", "planned"),
    };

    private static LocalizedText OwnWord(bool own) => own ? new("eigen", "own") : new("catalogus", "catalog");
}
