using System.Globalization;
using System.Text.Json.Serialization;
using Regie.Core.Common;
using Regie.Core.Explaining;
using Regie.Core.Landscape;

namespace Regie.Core.Scoring;

// The one JSON contract of an assessment: `regie score --format json` and the API's score write these records. Scores
// are 0–100 throughout (objective scores too; the core keeps those as fractions); every reason is {code, args, text}
// with the text in the reader's language.

/// <summary>A board's assessment: what it was scored with and every service, most urgent first.</summary>
public sealed record AssessmentDocument(
    AssessedOrganisation? Organisation,
    string? CatalogVersion,
    string ModelVersion,
    AssessmentProfile Profile,
    string Language,
    IReadOnlyList<ServiceAssessmentDocument> Services)
{
    /// <param name="organisation">The board, when the caller knows it (the core's assessment does not carry it).</param>
    /// <param name="catalogVersion">The catalog version the board was scored against, when the caller knows it.</param>
    /// <param name="services">The services to write, when only some (one page of the API's list); every service most urgent first when null.</param>
    public static AssessmentDocument From(
        BoardAssessment board, CultureInfo culture, AssessedOrganisation? organisation = null, string? catalogVersion = null,
        IReadOnlyList<ServiceAssessment>? services = null) =>
        new(organisation, catalogVersion, board.ModelVersion, AssessmentProfile.From(board.Profile, culture), culture.Name,
            [.. (services ?? board.ByUrgency()).Select(s => ServiceAssessmentDocument.From(s, board, culture))]);
}

public sealed record AssessedOrganisation(Guid Id, string Name);

public sealed record AssessmentProfile(string Id, string Name, string? Source, IReadOnlyDictionary<string, double> Weights)
{
    public static AssessmentProfile From(WeightProfile profile, CultureInfo culture) =>
        new(profile.Id, profile.Name.In(culture.TwoLetterISOLanguageName), profile.Source, profile.Weights);
}

/// <summary>Everything the assessor decided for one service, with its reasons.</summary>
public sealed record ServiceAssessmentDocument(
    Guid Id,
    string Name,
    string? CatalogProductId,
    IReadOnlyList<string> Processes,
    string ModelVersion,
    string Profile,
    AssessedFacts Facts,
    double Score,
    int RoundedScore,
    double OptimisticScore,
    int RoundedOptimisticScore,
    int Seal,
    int OptimisticSeal,
    int UnknownAnswers,
    IReadOnlyList<ObjectiveDocument> Objectives,
    IReadOnlyList<BindingDocument> Binding,
    PolicyDocument Policy,
    CriticalityDocument Criticality,
    RiskDocument Risk,
    UrgencyDocument Urgency,
    IReadOnlyList<ForeignAccessDocument> ForeignAccess)
{
    public static ServiceAssessmentDocument From(ServiceAssessment a, BoardAssessment board, CultureInfo culture)
    {
        ReasonDocument R(Reason reason) => ReasonDocument.From(reason, culture);
        IReadOnlyList<ReasonDocument> Rs(IEnumerable<Reason> reasons) => [.. reasons.Select(R)];
        var language = culture.TwoLetterISOLanguageName;
        var s = a.Sovereignty;
        var service = a.Service;
        return new(
            service.Id.Value, service.Name, service.Service.CatalogProductId, service.Service.ProcessIds, board.ModelVersion, board.Profile.Id,
            AssessedFacts.From(service, language),
            Math.Round(s.Score, 1), s.RoundedScore, Math.Round(s.OptimisticScore, 1), s.RoundedOptimisticScore, s.Seal, s.OptimisticSeal, s.UnknownAnswers,
            [.. s.Objectives.Select(o => new ObjectiveDocument(
                o.Objective.Id, o.Objective.Name.In(language), o.Weight, Percent(o.OwnScore), o.OwnSeal, Percent(o.Score), o.Seal,
                Percent(o.OptimisticScore), o.OptimisticSeal,
                o.Cap is { } cap ? new InheritedCapDocument(cap.FromService.Value, cap.FromName, cap.Edge, Percent(cap.Score), cap.Seal, R(cap.Why)) : null,
                [.. o.Criteria.Select(c => new CriterionDocument(
                    c.Criterion.Id, c.Criterion.Question.In(language), c.Option, c.AnswerLabel(language), c.Origin, c.IsUnknown,
                    R(c.Why), ReasonText.Render(c.Explained, culture), c.Source, c.Checked, Math.Round(c.Points, 3), c.Seal))]))],
            [.. s.Binding.Select(b => new BindingDocument(b.ObjectiveId, b.CriterionId, b.Cap?.FromName, R(b.Why)))],
            new(a.Policy.Applies, a.Policy.Passes, a.Policy.OptimisticPasses, a.Policy.Standing, a.Policy.MinSeal, a.Policy.MinScore, [.. a.Policy.EssentialProcesses.Select(p => p.In(language))], Rs(a.Policy.Why)),
            new(a.Criticality.Value,
                [.. new[] { a.Criticality.Impact, a.Criticality.Data, a.Criticality.Coupling }.Select(f => new FactorDocument(f.Name, f.Value, R(f.Why)))],
                R(a.Criticality.Calculation)),
            new(Math.Round(a.Risk.Value, 2), Math.Round(a.Risk.Exposure, 3), Math.Round(a.Risk.Mitigation, 3), a.Risk.ExposureFloored,
                Rs(a.Risk.Why), R(a.Risk.Calculation)),
            new(Math.Round(a.Urgency.Value, 2), a.Urgency.Band, a.Urgency.BandRank, a.Urgency.InQuadrant, Rs(a.Urgency.Why), R(a.Urgency.Calculation)),
            [.. a.ForeignAccess.Select(f => new ForeignAccessDocument(f.CompanyName, f.CountryCode, f.Through, f.ViaService))]);
    }

    private static double Percent(double fraction) => Math.Round(100 * fraction, 1);
}

/// <summary>The facts the score was computed from, each with its source, date and confidence.</summary>
public sealed record AssessedFacts(
    AssessedFact Vendor, string? VendorChain, AssessedFact HostingProvider, string? HostingChain, AssessedFact HostingRegion,
    AssessedFact DataLocation, AssessedFact OpenSource, bool IdentityProvider)
{
    /// <summary>The facts, texts in <paramref name="language"/> (chains, a region in the catalog's words).</summary>
    public static AssessedFacts From(ResolvedService s, string language) => new(
        AssessedFact.From(s.VendorId), s.VendorChain.Companies.Count > 0 ? s.VendorChain.Describe().In(language) : null,
        AssessedFact.From(s.HostingProviderId), s.HostingChain.Companies.Count > 0 ? s.HostingChain.Describe().In(language) : null,
        AssessedFact.From(s.HostingRegion, language), AssessedFact.From(s.DataLocation), AssessedFact.From(s.OpenSource), s.IsIdentityProvider);
}

/// <summary>A fact's value as text (enum values in camelCase), null when unknown.</summary>
public sealed record AssessedFact(
    string? Value, bool Known, string? Source, DateOnly? Checked, [property: JsonConverter(typeof(CamelCaseEnumConverter<Confidence>))] Confidence Confidence)
{
    public static AssessedFact From<T>(Fact<T> fact, string language = "nl") => new(
        fact.IsKnown ? fact.Value switch
        {
            LocalizedText text => text.In(language),
            Enum e => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(e.ToString()),
            { } v => Convert.ToString(v, CultureInfo.InvariantCulture),
            null => null,
        } : null,
        fact.IsKnown, fact.Source, fact.Checked, fact.Confidence);
}

public sealed record ObjectiveDocument(
    string Id, string Name, double Weight, double OwnScore, int OwnSeal, double Score, int Seal, double OptimisticScore, int OptimisticSeal,
    InheritedCapDocument? InheritedCap, IReadOnlyList<CriterionDocument> Criteria);

public sealed record InheritedCapDocument(
    Guid FromServiceId, string FromService, [property: JsonConverter(typeof(CamelCaseEnumConverter<DependencyKind>))] DependencyKind Edge,
    double Score, int Seal, ReasonDocument Reason);

/// <summary>
/// One criterion's answer. <see cref="Reason"/> is why the answer is what it is; <see cref="Explanation"/> is that reason in
/// words with who gave the answer and, for an unknown answer, that it counts as the worst.
/// </summary>
public sealed record CriterionDocument(
    string Id, string Question, int? Option, string? Answer, [property: JsonConverter(typeof(CamelCaseEnumConverter<AnswerOrigin>))] AnswerOrigin Origin,
    bool Unknown, ReasonDocument Reason, string Explanation, string? Source, DateOnly? Checked, double Points, int Seal);

public sealed record BindingDocument(string Objective, string? Criterion, string? InheritedFrom, ReasonDocument Reason);

/// <summary>The minimum: <see cref="Passes"/> by the EC rule, <see cref="OptimisticPasses"/> with every unknown at best, and the standing that follows.</summary>
public sealed record PolicyDocument(
    bool Applies, bool Passes, bool OptimisticPasses, [property: JsonConverter(typeof(CamelCaseEnumConverter<Standing>))] Standing Standing, int MinSeal, int MinScore, IReadOnlyList<string> EssentialProcesses, IReadOnlyList<ReasonDocument> Reasons);

public sealed record FactorDocument(string Name, double Value, ReasonDocument Reason);

public sealed record CriticalityDocument(int Value, IReadOnlyList<FactorDocument> Factors, ReasonDocument Formula);

public sealed record RiskDocument(double Value, double Exposure, double Mitigation, bool ExposureFloored, IReadOnlyList<ReasonDocument> Reasons, ReasonDocument Formula);

/// <summary>Urgency; <see cref="Band"/> is a band id of the model file, <see cref="BandRank"/> its order (0 = lowest).</summary>
public sealed record UrgencyDocument(
    double Value, string Band, int BandRank, [property: JsonConverter(typeof(CamelCaseEnumConverter<RiskQuadrant>))] RiskQuadrant Quadrant,
    IReadOnlyList<ReasonDocument> Reasons, ReasonDocument Formula);

public sealed record ForeignAccessDocument(
    string Company, string Country, [property: JsonConverter(typeof(CamelCaseEnumConverter<ForeignAccessRole>))] ForeignAccessRole Role, string? Via);
