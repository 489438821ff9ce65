using Regie.Core.Catalog;
using Regie.Core.Explaining;
using Regie.Core.Knowledge;
using Regie.Core.Landscape;
using Regie.Core.Scoring;

namespace Regie.Core.Procurement;

/// <summary>One requirement judged: passed or not, the points earned for a wish, why, and what it became in the score.</summary>
public sealed record RequirementResult(
    Requirement Requirement, VendorAnswer? Answer, bool Passed, double Points, ProcurementReason Judgement, ProcurementReason? Mapping);

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
    IReadOnlyList<ProcurementReason> Why)
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
        var mappings = new Dictionary<string, ProcurementReason>();
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
                mappings[requirement.Id] = new ParentFromChain();
                continue;
            }

            results.Add(FromAnswer(requirement, answer));
            if (answer is { Value: not AnswerValue.Unknown } known && Mapping(requirement.Topic, knowledge.TenderCriteria) is { } map
                && knowledge.Model.CriterionById.TryGetValue(map.Criterion, out var criterion)
                && map.Option(known.Value) is var option && option < criterion.Options.Count)
            {
                overrides.Add(new AnswerOverride(criterion.Id, option, $"Antwoord van {offer.VendorName} op {requirement.Id}: {AnswerValues.Dutch(known.Value)}."));
                mappings[requirement.Id] = new AnswerBecomes(criterion.Id, criterion.Options[option].Label);
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
                mappings[requirement.Id] = new AnswerBecomes(standardsCriterion.Id, standardsCriterion.Options[standardsOption].Label, AllStandards: true);
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
            var isSeal = requirement.Topic == RequirementTopic.MinimumSeal;
            var minimum = new ComputedMinimum(isSeal, isSeal ? score.Seal : score.RoundedScore, threshold, [.. score.Binding.Take(3)], score.UnknownAnswers);
            results.Add(new(requirement, null, minimum.Passed, 0, minimum, new ComputedWithModel()));
        }

        var byRequirement = results.ToDictionary(r => r.Requirement.Id, StringComparer.OrdinalIgnoreCase);
        var ordered = tender.Requirements
            .Select(r => mappings.TryGetValue(r.Id, out var mapping) ? byRequirement[r.Id] with { Mapping = mapping } : byRequirement[r.Id])
            .ToList();
        var wishes = ordered.Where(r => r.Requirement.Kind == RequirementKind.Scored).ToList();
        var wishPoints = wishes.Sum(r => r.Points);
        var wishMaximum = wishes.Sum(r => (double)r.Requirement.Weight);
        var failed = ordered.Where(r => r.Requirement.Kind == RequirementKind.KnockOut && !r.Passed).ToList();
        var verdict = failed.Count == 0 ? TenderVerdict.Meets : TenderVerdict.FailsKnockOut;
        var reasons = new List<ProcurementReason>
        {
            failed.Count == 0 ? new AllKnockOutsMet() : new KnockOutsFailed([.. failed.Select(f => f.Requirement.Id)]),
            new WishPointsEarned(wishPoints, wishMaximum),
            new OfferSovereignty(score.RoundedScore, score.Seal, product?.Name),
        };
        var open = ordered.Count(r => !r.Requirement.IsComputed && r.Requirement.Kind != RequirementKind.Question && (r.Answer is null || r.Answer.Value == AnswerValue.Unknown));
        if (open > 0)
        {
            reasons.Add(new RequirementsOpen(open));
        }

        var openQuestions = ordered.Count(r => r.Requirement.Kind == RequirementKind.Question && !r.Passed);
        if (openQuestions > 0)
        {
            reasons.Add(new QuestionsOpen(openQuestions));
        }

        return new TenderEvaluation(offer, ordered, assessment, wishPoints, wishMaximum, verdict, reasons);
    }

    private static RequirementResult FromQuestion(
        Requirement requirement, VendorAnswer? answer, RegieKnowledge knowledge, string vendor, List<AnswerOverride> overrides, Dictionary<string, ProcurementReason> mappings)
    {
        if (requirement.Subject is not { } id || !knowledge.Model.CriterionById.TryGetValue(id, out var criterion))
        {
            return new(requirement, answer, false, 0, new CriterionGone(requirement.Subject), null);
        }

        if (answer?.Option is not { } option || option < 0 || option >= criterion.Options.Count)
        {
            return new(requirement, answer, false, 0, new QuestionOpen(answer is not null, answer?.Explanation), null);
        }

        overrides.Add(new AnswerOverride(criterion.Id, option, $"Antwoord van {vendor} op {requirement.Id}."));
        mappings[requirement.Id] = new AnswerBecomes(criterion.Id, criterion.Options[option].Label);
        return new(requirement, answer, true, 0, new QuestionAnswered(criterion.Options[option].Label, criterion.Options[option].Seal, answer.Explanation), null);
    }

    private static RequirementResult FromAnswer(Requirement requirement, VendorAnswer? answer)
    {
        var said = answer?.Explanation;
        return answer?.Value switch
        {
            null => new(requirement, null, false, 0, new NotAnswered(), null),
            AnswerValue.Yes => new(requirement, answer, true, requirement.Weight, new MetByVendor(said), null),
            AnswerValue.Partly => new(requirement, answer, false, requirement.Weight / 2.0, new PartlyMet(requirement.Kind == RequirementKind.Scored, said), null),
            AnswerValue.No => new(requirement, answer, false, 0, new NotMetByVendor(said), null),
            _ => new(requirement, answer, false, 0, new AnswerUnknown(said), null),
        };
    }

    /// <summary>Judges EU jurisdiction from the catalog's ownership chain: every link must be in the EU/EEA, not only the top.</summary>
    private static RequirementResult FromChain(Requirement requirement, VendorAnswer? answer, OwnershipChain chain, KnowledgeCatalog catalog)
    {
        var outside = chain.Companies.Where(c => Jurisdiction.CountryOf(catalog, c) is not { InEuEea: true }).ToList();
        var contradicts = answer is { Value: AnswerValue.Yes } && outside.Count > 0 || answer is { Value: AnswerValue.No } && outside.Count == 0;
        AnswerValue? contradicted = contradicts ? answer!.Value : null;
        var names = chain.Companies.Select(c => c.Name).ToList();
        if (outside.Count == 0)
        {
            return new(requirement, answer, true, requirement.Weight, new ChainInEuEea(names, contradicted), null);
        }

        return new(requirement, answer, false, 0, new ChainOutsideEuEea(names, [.. outside.Select(c => new ChainLink(c.Name, c.Country.Value))], contradicted), null);
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

        // An identifier (ECK iD) is no export format, but it is an open standard the service speaks: it counts here as before.
        return met.Contains(StandardKind.SignIn) && met.Any(k => k is StandardKind.Data or StandardKind.Content or StandardKind.Exchange or StandardKind.Identifier) ? 3 : 2;
    }
}
