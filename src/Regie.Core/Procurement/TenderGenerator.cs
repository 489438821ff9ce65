using Regie.Core.Catalog;
using Regie.Core.Explaining;
using Regie.Core.Knowledge;
using Regie.Core.Landscape;

namespace Regie.Core.Procurement;

/// <summary>
/// Procurement requirements for a catalog category, from the board's own policy: the minimum SEAL and score of the
/// processes the category serves, and the conditions the policy letter names (exchangeability, exit strategy, open
/// source preference, European solutions) made concrete with the catalog's open standards.
/// </summary>
public static class TenderGenerator
{
    public const string PolicyLetter =
        "Kamerbrief digitale autonomie in het onderwijs (2026), 'Sturen op publieke waarden bij inkoop': uitwisselbaarheid, soevereiniteitsscore, voorkeur voor open source, exitstrategie en Europese oplossingen";

    public static TenderRequirements Generate(string categoryId, BoardLandscape board, RegieKnowledge knowledge)
    {
        var catalog = knowledge.Catalog.For(board);
        if (!catalog.CategoryById.TryGetValue(categoryId, out var category))
        {
            throw new ArgumentException($"Categorie '{categoryId}' bestaat niet in de catalogus. Kies uit: {string.Join(", ", catalog.Categories.Select(c => c.Id))}.");
        }

        var products = catalog.Products.Where(p => string.Equals(p.Category, category.Id, StringComparison.OrdinalIgnoreCase)).ToList();
        var alternatives = catalog.Alternatives.Where(a => string.Equals(a.Category, category.Id, StringComparison.OrdinalIgnoreCase)).ToList();
        var notes = new List<ProcurementReason>();
        var requirements = new List<Requirement>();
        var knockOut = 0;
        string NextKnockOut() => $"K-{++knockOut:00}";

        var served = ServedProcesses(category.Id, products, board);
        var bound = served.Where(p => p.Essential || p.MinSeal is not null || p.MinScore is not null).ToList();
        if (bound.Count > 0)
        {
            var model = knowledge.Model.EssentialPolicy;
            var minSeal = bound.Max(p => p.MinSeal ?? (p.Essential ? model.MinSeal : 0));
            var minScore = bound.Max(p => p.MinScore ?? (p.Essential ? model.MinScore : 0));
            var names = string.Join(", ", bound.Select(p => $"{p.Name.Nl} (SEAL-{p.MinSeal ?? (p.Essential ? model.MinSeal : 0)}, score {p.MinScore ?? (p.Essential ? model.MinScore : 0)})"));
            var source = $"Beleid van het bestuur: minimumeis voor de processen die deze categorie ondersteunt: {names}. {PolicyLetter}.";
            requirements.Add(new(NextKnockOut(), RequirementKind.KnockOut, RequirementTopic.MinimumSeal,
                $"Het product haalt minimaal SEAL-{minSeal} in het soevereiniteitsmodel van het bestuur (EU Cloud Sovereignty Framework).",
                "Berekend door Regie uit de antwoorden op de andere eisen en de feiten in de catalogus; onbekend telt als het slechtste antwoord.",
                source, Threshold: minSeal));
            requirements.Add(new(NextKnockOut(), RequirementKind.KnockOut, RequirementTopic.MinimumScore,
                $"Het product haalt een soevereiniteitsscore van minimaal {minScore} (van 100).",
                "Berekend door Regie uit de antwoorden op de andere eisen en de feiten in de catalogus; onbekend telt als het slechtste antwoord.",
                source, Threshold: minScore));
        }
        else
        {
            notes.Add(served.Count == 0 ? new NoMinimumWithoutProcesses() : new NoMinimumNotEssential([.. served.Select(p => p.Name)]));
        }

        requirements.Add(new(NextKnockOut(), RequirementKind.KnockOut, RequirementTopic.ExitStrategy,
            "De inschrijver levert een exitstrategie en legt in het contract vast: een exitregeling met termijnen, hulp bij de overstap naar een andere aanbieder zonder extra kosten, en verwijdering van alle gegevens (ook back-ups) met een schriftelijke verklaring.",
            "Exitstrategie en het artikel over exit in het conceptcontract bijvoegen; beoordeeld vóór gunning.",
            $"{PolicyLetter} ('het hebben van een exitstrategie'); criterium SOV4.exit van het soevereiniteitsmodel."));

        var relevant = RelevantStandards(products, alternatives, catalog);
        var formats = relevant.Where(s => s.Kind is StandardKind.Data or StandardKind.Content || s.Id == "odf").Select(s => s.Name).ToList();
        formats.Add("CSV of JSON voor tabelgegevens");
        requirements.Add(new(NextKnockOut(), RequirementKind.KnockOut, RequirementTopic.DataPortability,
            $"Alle gegevens van het bestuur zijn op elk moment, ook na afloop van het contract, volledig en zonder extra kosten te exporteren in open formaten: {string.Join("; ", formats)}.",
            "Proefexport tijdens de beoordeling: de inschrijver levert een voorbeeldexport in de genoemde formaten.",
            $"{PolicyLetter} ('uitwisselbaarheid met andere aanbieders'); criterium SOV4.export."));

        requirements.Add(new(NextKnockOut(), RequirementKind.KnockOut, RequirementTopic.EuJurisdiction,
            "De leverancier en elk moederbedrijf tot en met het uiteindelijke moederbedrijf zijn gevestigd in de EU/EER; geen partij in die keten valt onder buitenlandse wetgeving die toegang tot gegevens kan afdwingen.",
            "Uittreksel uit het handelsregister en een overzicht van de eigendomsstructuur tot en met het uiteindelijke moederbedrijf; Regie legt de keten naast de catalogus.",
            $"{PolicyLetter} ('de keuze voor Europese oplossingen'); criterium SOV1.parent."));

        requirements.Add(new(NextKnockOut(), RequirementKind.KnockOut, RequirementTopic.SubProcessors,
            "De inschrijver levert de volledige lijst van subverwerkers met naam, land van vestiging en welke gegevens zij verwerken, en meldt een nieuwe subverwerker vooraf.",
            "Lijst van subverwerkers als bijlage bij de verwerkersovereenkomst.",
            "AVG artikel 28 lid 2 (subverwerkers alleen met toestemming van de verwerkingsverantwoordelijke)."));

        var wish = 0;
        foreach (var standard in relevant)
        {
            requirements.Add(new($"W-{++wish:00}", RequirementKind.Scored, RequirementTopic.OpenStandard,
                $"Het product ondersteunt de open standaard {standard.Name} (beheer: {standard.Owner}).",
                "Documentatie van de implementatie of een bewijs van conformiteit; een proefkoppeling waar het bestuur die al gebruikt.",
                $"Open standaarden in de catalogus (standards.yaml): {standard.Url}; {PolicyLetter} ('uniforme standaarden').",
                Weight: 1, Subject: standard.Id));
        }

        if (relevant.Count == 0)
        {
            notes.Add(new NoOpenStandardsKnown());
        }

        requirements.Add(new($"W-{++wish:00}", RequirementKind.Scored, RequirementTopic.OpenSource,
            "Het product is open source onder een door het Open Source Initiative erkende licentie. Dit is een voorkeur, geen uitsluitingsgrond.",
            "De licentie en de openbare plek van de broncode.",
            $"{PolicyLetter} ('de voorkeur voor open source toepassingen'); criterium SOV6.opensource.",
            Weight: 3));

        // The criteria no requirement answers are asked as they are, so that the computed SEAL and score rest on answers.
        var covered = new HashSet<string>(TenderEvaluator.MappedCriteria(knowledge), StringComparer.OrdinalIgnoreCase);
        if (relevant.Count == 0)
        {
            covered.Remove(knowledge.TenderCriteria.OpenStandards);
        }

        var question = 0;
        foreach (var criterion in knowledge.Model.Criteria.Where(c => !covered.Contains(c.Id)))
        {
            var options = string.Join("; ", criterion.Options.Select((o, i) => $"{i} = {o.Label.Nl}"));
            requirements.Add(new($"V-{++question:00}", RequirementKind.Question, RequirementTopic.CriterionQuestion,
                $"{criterion.Question.Nl} Antwoord met het nummer: {options}.",
                "Toelichting en bewijs bij het antwoord; onbekend telt in de score als het slechtste antwoord.",
                $"Soevereiniteitsmodel {knowledge.Model.Version}, criterium {criterion.Id} (EU Cloud Sovereignty Framework).",
                Threshold: criterion.Options.Count - 1, Subject: criterion.Id));
        }

        return new TenderRequirements(category.Id, category.Name.Nl, requirements, notes);
    }

    /// <summary>The board's processes that the category's products serve, by the catalog's process lists.</summary>
    public static IReadOnlyList<Process> ServedProcesses(string categoryId, IReadOnlyList<Product> products, BoardLandscape board)
    {
        var ids = products.Where(p => string.Equals(p.Category, categoryId, StringComparison.OrdinalIgnoreCase))
            .SelectMany(p => p.Processes).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return [.. board.Processes.Where(p => ids.Contains(p.Id))];
    }

    /// <summary>Standards the category's products and alternatives speak, the most common first.</summary>
    private static List<Standard> RelevantStandards(IReadOnlyList<Product> products, IReadOnlyList<Alternative> alternatives, KnowledgeCatalog catalog)
    {
        var ids = products.Where(p => p.Standards.IsKnown).SelectMany(p => p.Standards.Value!)
            .Concat(alternatives.Where(a => a.Standards.IsKnown).SelectMany(a => a.Standards.Value!));
        return [.. ids.GroupBy(id => id, StringComparer.OrdinalIgnoreCase)
            .Select(g => (Standard: catalog.StandardById.GetValueOrDefault(g.Key), Count: g.Count()))
            .Where(x => x.Standard is not null)
            .OrderByDescending(x => x.Count).ThenBy(x => x.Standard!.Id, StringComparer.Ordinal)
            .Select(x => x.Standard!)];
    }
}
