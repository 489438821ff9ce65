using Regie.Core.Catalog;
using Regie.Core.Knowledge;
using Regie.Core.Landscape;
using Regie.Core.Scoring;

namespace Regie.Core.Procurement;

/// <summary>One requirement judged: passed or not, the points earned for a wish, why, and what it became in the score.</summary>
public sealed record RequirementResult(
    Requirement Requirement, VendorAnswer? Answer, bool Passed, double Points, string Why, string? ScoreMapping);

public enum TenderVerdict { Meets, FailsKnockOut }

/// <summary>
/// A vendor's offer judged against a tender: every requirement with its reason, the score and SEAL the offered
/// product would get in the board's model, the points for wishes and the verdict.
/// </summary>
public sealed record TenderEvaluation(
    VendorOffer Offer,
    IReadOnlyList<RequirementResult> Results,
    ServiceAssessment Assessment,
    double WishPoints,
    double WishMaximum,
    TenderVerdict Verdict,
    IReadOnlyList<string> Reasons)
{
    public int Answered => Results.Count(r => r.Answer is { Value: not AnswerValue.Unknown });
    public int Unanswered => Results.Count(r => !r.Requirement.IsComputed && r.Answer is null);
    public int UnknownAnswers => Results.Count(r => r.Answer is { Value: AnswerValue.Unknown });
    public IEnumerable<RequirementResult> FailedKnockOuts => Results.Where(r => r.Requirement.Kind == RequirementKind.KnockOut && !r.Passed);
    public int WishPercent => WishMaximum <= 0 ? 0 : (int)Math.Round(100 * WishPoints / WishMaximum, MidpointRounding.AwayFromZero);
}

public static class TenderEvaluator
{
    /// <summary>The model's criteria that a requirement answers (data/models/tender-criteria.yaml); the generator asks the others as questions.</summary>
    public static IReadOnlyList<string> MappedCriteria(RegieKnowledge knowledge) => knowledge.TenderCriteria.Mapped;

    /// <summary>
    /// Judges an offer. Unknown and unanswered count as failing; "partly" fails a requirement but earns half a wish's
    /// points. Answers that correspond to a criterion of the model become the board's answer to that criterion, so the
    /// score and SEAL come from the same scoring as every service (BoardAssessor); the rest comes from the catalog.
    /// </summary>
    public static TenderEvaluation Evaluate(TenderRequirements tender, VendorOffer offer, BoardLandscape board, RegieKnowledge knowledge, string? profileId = null)
    {
        var catalog = knowledge.Catalog.For(board);
        var product = offer.ProductId is { } pid ? catalog.ProductById.GetValueOrDefault(pid) : null;
        var answers = new Dictionary<string, VendorAnswer>(StringComparer.OrdinalIgnoreCase);
        foreach (var answer in offer.Answers)
        {
            answers[answer.RequirementId] = answer;
        }

        var results = new List<RequirementResult>();
        var overrides = new List<AnswerOverride>();
        var mappings = new Dictionary<string, string>();
        foreach (var requirement in tender.Requirements.Where(r => r.Topic == RequirementTopic.CriterionQuestion))
        {
            var answer = answers.GetValueOrDefault(requirement.Id);
            results.Add(FromQuestion(requirement, answer, knowledge, offer.VendorName, overrides, mappings));
        }

        foreach (var requirement in tender.Requirements.Where(r => !r.IsComputed && r.Topic is not (RequirementTopic.OpenStandard or RequirementTopic.CriterionQuestion)))
        {
            var answer = answers.GetValueOrDefault(requirement.Id);
            if (requirement.Topic == RequirementTopic.EuJurisdiction && product is not null
                && OwnershipChain.Resolve(catalog, product.Vendor.Value) is { ReachesUltimateParent: true } chain)
            {
                results.Add(FromChain(requirement, answer, chain, catalog));
                mappings[requirement.Id] = "SOV1.parent volgt uit de eigendomsketen in de catalogus.";
                continue;
            }

            results.Add(FromAnswer(requirement, answer));
            if (answer is { Value: not AnswerValue.Unknown } known && Mapping(requirement.Topic, knowledge.TenderCriteria) is { } map
                && knowledge.Model.CriterionById.TryGetValue(map.Criterion, out var criterion)
                && map.Option(known.Value) is var option && option < criterion.Options.Count)
            {
                overrides.Add(new AnswerOverride(criterion.Id, option, $"Antwoord van {offer.VendorName} op {requirement.Id}: {AnswerValues.Dutch(known.Value)}."));
                mappings[requirement.Id] = $"{criterion.Id} = '{criterion.Options[option].Label.Nl}'.";
            }
        }

        var standards = tender.Requirements.Where(r => r.Topic == RequirementTopic.OpenStandard).ToList();
        foreach (var requirement in standards)
        {
            results.Add(FromAnswer(requirement, answers.GetValueOrDefault(requirement.Id)));
        }

        if (StandardsOption(standards, answers, catalog) is { } standardsOption
            && knowledge.Model.CriterionById.TryGetValue(knowledge.TenderCriteria.OpenStandards, out var standardsCriterion) && standardsOption < standardsCriterion.Options.Count)
        {
            overrides.Add(new AnswerOverride(standardsCriterion.Id, standardsOption, $"Antwoorden van {offer.VendorName} op de eisen over open standaarden."));
            foreach (var requirement in standards)
            {
                mappings[requirement.Id] = $"{standardsCriterion.Id} = '{standardsCriterion.Options[standardsOption].Label.Nl}' (alle standaarden samen).";
            }
        }

        var served = TenderGenerator.ServedProcesses(tender.Category, catalog.Products, board);
        var offered = new Service(
            new ServiceId(Guid.Empty), $"{offer.VendorName} (aanbod)", product?.Id, [.. served.Select(p => p.Id)], Overrides: overrides);
        var assessment = BoardAssessor.Assess(board with { Services = [offered], Dependencies = [] }, knowledge, profileId).Services[0];
        var score = assessment.Sovereignty;

        foreach (var requirement in tender.Requirements.Where(r => r.IsComputed))
        {
            var threshold = requirement.Threshold ?? 0;
            var (value, name) = requirement.Topic == RequirementTopic.MinimumSeal
                ? (score.Seal, $"SEAL-{score.Seal}")
                : (score.RoundedScore, $"score {score.RoundedScore}");
            var limit = requirement.Topic == RequirementTopic.MinimumSeal ? $"SEAL-{threshold}" : $"{threshold}";
            var passed = value >= threshold;
            var binding = score.Binding.Count > 0 ? $" Wat de SEAL bepaalt: {string.Join(" ", score.Binding.Take(3).Select(b => b.Text))}" : "";
            var unknown = score.UnknownAnswers > 0 ? $" {score.UnknownAnswers} criteria zijn onbekend en tellen als het slechtste antwoord." : "";
            results.Add(new(requirement, null, passed, 0,
                (passed ? $"Voldoet: {name} haalt de minimumeis {limit}." : $"Voldoet niet: {name} is lager dan de minimumeis {limit}.") + binding + unknown,
                "Berekend met het soevereiniteitsmodel van het bestuur."));
        }

        var byRequirement = results.ToDictionary(r => r.Requirement.Id, StringComparer.OrdinalIgnoreCase);
        var ordered = tender.Requirements
            .Select(r => mappings.TryGetValue(r.Id, out var mapping) ? byRequirement[r.Id] with { ScoreMapping = mapping } : byRequirement[r.Id])
            .ToList();
        var wishes = ordered.Where(r => r.Requirement.Kind == RequirementKind.Scored).ToList();
        var wishPoints = wishes.Sum(r => r.Points);
        var wishMaximum = wishes.Sum(r => (double)r.Requirement.Weight);
        var failed = ordered.Where(r => r.Requirement.Kind == RequirementKind.KnockOut && !r.Passed).ToList();
        var verdict = failed.Count == 0 ? TenderVerdict.Meets : TenderVerdict.FailsKnockOut;
        var reasons = new List<string>
        {
            failed.Count == 0
                ? "Voldoet aan alle knock-outeisen."
                : $"Voldoet niet: {failed.Count} knock-outeis(en) niet gehaald ({string.Join(", ", failed.Select(f => f.Requirement.Id))}); één is genoeg om af te vallen.",
            $"Wensen: {wishPoints:0.#} van {wishMaximum:0.#} punten.",
            $"Soevereiniteit van het aanbod: score {score.RoundedScore}, SEAL-{score.Seal}{(product is null ? " (geen catalogusproduct: alleen de antwoorden tellen)" : $" (catalogusproduct {product.Name})")}.",
        };
        var open = ordered.Count(r => !r.Requirement.IsComputed && r.Requirement.Kind != RequirementKind.Question && (r.Answer is null || r.Answer.Value == AnswerValue.Unknown));
        if (open > 0)
        {
            reasons.Add($"{open} eis(en) onbeantwoord of onbekend: die tellen als niet voldaan.");
        }

        var openQuestions = ordered.Count(r => r.Requirement.Kind == RequirementKind.Question && !r.Passed);
        if (openQuestions > 0)
        {
            reasons.Add($"{openQuestions} vra(a)g(en) voor de score onbeantwoord of onbekend: daar telt het catalogusantwoord of het slechtste antwoord.");
        }

        return new TenderEvaluation(offer, ordered, assessment, wishPoints, wishMaximum, verdict, reasons);
    }

    private static RequirementResult FromQuestion(
        Requirement requirement, VendorAnswer? answer, RegieKnowledge knowledge, string vendor, List<AnswerOverride> overrides, Dictionary<string, string> mappings)
    {
        if (requirement.Subject is not { } id || !knowledge.Model.CriterionById.TryGetValue(id, out var criterion))
        {
            return new(requirement, answer, false, 0, $"Het model kent criterium {requirement.Subject} niet meer; het antwoord telt niet mee.", null);
        }

        var said = answer?.Explanation is { } e ? $" Toelichting: {e}" : "";
        if (answer?.Option is not { } option || option < 0 || option >= criterion.Options.Count)
        {
            return new(requirement, answer, false, 0,
                (answer is null ? "Niet beantwoord" : "Onbekend") + ": de score gebruikt het antwoord uit de catalogus als dat er is, anders het slechtste antwoord." + said, null);
        }

        overrides.Add(new AnswerOverride(criterion.Id, option, $"Antwoord van {vendor} op {requirement.Id}."));
        mappings[requirement.Id] = $"{criterion.Id} = '{criterion.Options[option].Label.Nl}'.";
        return new(requirement, answer, true, 0, $"Beantwoord: {criterion.Options[option].Label.Nl} (SEAL-{criterion.Options[option].Seal})." + said, null);
    }

    private static RequirementResult FromAnswer(Requirement requirement, VendorAnswer? answer)
    {
        var said = answer?.Explanation is { } e ? $" Toelichting: {e}" : "";
        return answer?.Value switch
        {
            null => new(requirement, null, false, 0, "Niet beantwoord: telt als niet voldaan.", null),
            AnswerValue.Yes => new(requirement, answer, true, requirement.Weight, "Voldoet volgens de inschrijver." + said, null),
            AnswerValue.Partly => new(requirement, answer, false, requirement.Weight / 2.0,
                "Deels: telt als niet voldaan" + (requirement.Kind == RequirementKind.Scored ? ", met de helft van de punten." : ".") + said, null),
            AnswerValue.No => new(requirement, answer, false, 0, "Voldoet niet volgens de inschrijver." + said, null),
            _ => new(requirement, answer, false, 0, "Onbekend: telt als niet voldaan." + said, null),
        };
    }

    /// <summary>Judges EU jurisdiction from the catalog's ownership chain: every link must be in the EU/EEA, not only the top.</summary>
    private static RequirementResult FromChain(Requirement requirement, VendorAnswer? answer, OwnershipChain chain, KnowledgeCatalog catalog)
    {
        var outside = chain.Companies.Where(c => Jurisdiction.CountryOf(catalog, c) is not { InEuEea: true }).ToList();
        var contradicts = answer is { Value: AnswerValue.Yes } && outside.Count > 0 || answer is { Value: AnswerValue.No } && outside.Count == 0;
        var note = contradicts ? $" Het antwoord van de inschrijver ('{AnswerValues.Dutch(answer!.Value)}') wijkt af van de catalogus; de catalogus telt, met bron." : "";
        if (outside.Count == 0)
        {
            return new(requirement, answer, true, requirement.Weight, $"Voldoet: de keten {chain.Describe()} ligt geheel in de EU/EER (catalogus)." + note, null);
        }

        var where = string.Join(", ", outside.Select(c => $"{c.Name} ({c.Country.Value ?? "land onbekend"})"));
        return new(requirement, answer, false, 0, $"Voldoet niet: de keten {chain.Describe()} loopt via {where}, buiten de EU/EER (catalogus)." + note, null);
    }

    private sealed record CriterionMap(string Criterion, Func<AnswerValue, int> Option);

    // The option indices follow the ladders in data/models/sovereignty-model.yaml.
    private static CriterionMap? Mapping(RequirementTopic topic, TenderCriteria criteria) => topic switch
    {
        RequirementTopic.ExitStrategy => new(criteria.ExitStrategy, v => v == AnswerValue.Yes ? 1 : 0),
        RequirementTopic.DataPortability => new(criteria.DataPortability, v => v switch { AnswerValue.Yes => 3, AnswerValue.Partly => 1, _ => 0 }),
        RequirementTopic.EuJurisdiction => new(criteria.EuJurisdiction, v => v switch { AnswerValue.Yes => 3, AnswerValue.Partly => 2, _ => 0 }),
        RequirementTopic.OpenSource => new(criteria.OpenSource, v => v switch { AnswerValue.Yes => 2, AnswerValue.Partly => 1, _ => 0 }),
        _ => null,
    };

    /// <summary>SOV6.standards from the standard answers: data and sign-in standards both met is the top rung; none answered is unknown.</summary>
    private static int? StandardsOption(IReadOnlyList<Requirement> standards, IReadOnlyDictionary<string, VendorAnswer> answers, KnowledgeCatalog catalog)
    {
        var given = standards.Select(r => (Requirement: r, Answer: answers.GetValueOrDefault(r.Id)))
            .Where(x => x.Answer is { Value: not AnswerValue.Unknown }).ToList();
        if (given.Count == 0)
        {
            return null;
        }

        var met = given.Where(x => x.Answer!.Value is AnswerValue.Yes or AnswerValue.Partly)
            .Select(x => x.Requirement.Subject is { } id ? catalog.StandardById.GetValueOrDefault(id)?.Kind : null).ToList();
        if (met.Count == 0)
        {
            return 0;
        }

        return met.Contains(StandardKind.SignIn) && met.Any(k => k is StandardKind.Data or StandardKind.Content or StandardKind.Exchange) ? 3 : 2;
    }
}
