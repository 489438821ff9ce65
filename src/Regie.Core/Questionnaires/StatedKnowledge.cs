using System.Globalization;
using Regie.Core.Catalog;
using Regie.Core.Common;
using Regie.Core.Landscape;

namespace Regie.Core.Questionnaires;

/// <summary>A criterion of the model the vendor answered directly: the chosen option and the answer it came from.</summary>
public sealed record StatedOption(int Option, VendorStatement Statement);

/// <summary>What a vendor stated about one product (or one service without a product), as facts with confidence <see cref="Confidence.StatedByVendor"/>.</summary>
public sealed record StatedFacts(
    Fact<string> HostingProvider, Fact<LocalizedText> HostingRegion, Fact<DataLocation> DataLocation, Fact<IReadOnlyList<string>> SubProcessors,
    Fact<IReadOnlyList<string>> ExportFormats, Fact<Tri> ExitTerms, Fact<Tri> OpenSource, IReadOnlyDictionary<string, StatedOption> Answers);

/// <summary>
/// A board's current vendor answers, read into the catalog's terms: per subject (product or service) the stated facts and
/// criterion answers, and the ownership the vendors stated (applied to the board's catalog as companies). An answer that no
/// longer reads (a provider or country the catalog dropped) is left out, so it counts as unknown.
/// </summary>
public sealed class StatedKnowledge
{
    public static readonly StatedKnowledge None = new();

    private readonly Dictionary<string, StatedFacts> bySubject = new(StringComparer.OrdinalIgnoreCase);

    private StatedKnowledge()
    {
    }

    /// <summary>The prefix of the company a vendor named as its ultimate parent when the catalog lacks it.</summary>
    public const string StatedParentPrefix = "stated-parent:";

    /// <summary>The prefix of the hosting provider that stands for a vendor's own data centre.</summary>
    public const string OwnDataCentrePrefix = "stated-host:";

    public IReadOnlyList<VendorStatement> Statements { get; private init; } = [];

    /// <summary>The stated facts for a service: those about its product, or, when the catalog has no product for it, about the service itself.</summary>
    public StatedFacts? For(Service service, Product? product) =>
        bySubject.Count == 0 ? null : bySubject.GetValueOrDefault(product?.Id ?? QuestionId.ServiceSubject(service.Id));

    /// <summary>
    /// Reads the statements against the catalog (the board's view before the statements): the stated facts per subject,
    /// and the companies and providers to lay over the catalog for stated ownership and own data centres.
    /// </summary>
    internal static (StatedKnowledge Knowledge, IReadOnlyList<Company> Companies, IReadOnlyList<HostingProvider> Providers) Read(
        IReadOnlyList<VendorStatement> statements, KnowledgeCatalog catalog)
    {
        var knowledge = new StatedKnowledge { Statements = statements };
        var companies = new Dictionary<string, Company>(StringComparer.OrdinalIgnoreCase);
        var providers = new Dictionary<string, HostingProvider>(StringComparer.OrdinalIgnoreCase);

        // Oldest first, so that for the same fact the newest answer is the one that stays.
        foreach (var group in statements.OrderBy(s => s.AnsweredOn).GroupBy(s => s.Question.Subject, StringComparer.OrdinalIgnoreCase))
        {
            var facts = new Builder();
            foreach (var s in group)
            {
                Fact<T> Stated<T>(T value) => Fact<T>.FromVendor(value, s.VendorName, s.AnsweredOn);
                switch (s.Question.Fact)
                {
                    case FactTopic.UltimateParent:
                        Own(s, catalog, companies);
                        break;
                    case FactTopic.HostingProvider when QuestionnaireAnswers.IsOwnDataCentre(s.Answer):
                        var own = new HostingProvider(OwnDataCentrePrefix + s.VendorId, LocalizedText.Same(s.VendorName), Stated(s.VendorId), ProviderKind.Datacenter);
                        providers[own.Id] = own;
                        facts.HostingProvider = Stated(own.Id);
                        break;
                    case FactTopic.HostingProvider when QuestionnaireAnswers.Provider(s.Answer, catalog) is { } provider:
                        facts.HostingProvider = Stated(provider.Id);
                        break;
                    case FactTopic.HostingRegion:
                        facts.HostingRegion = Stated(LocalizedText.Same(s.Answer)); // the vendor's own words
                        break;
                    case FactTopic.DataLocation when QuestionnaireAnswers.Location(s.Answer) is { } location:
                        facts.DataLocation = Stated(location);
                        break;
                    case FactTopic.SubProcessors:
                        facts.SubProcessors = Stated(QuestionnaireAnswers.Items(s.Answer, QuestionnaireAnswers.ListSeparators));
                        break;
                    case FactTopic.ExportFormats:
                        facts.ExportFormats = Stated(QuestionnaireAnswers.Formats(s.Answer));
                        break;
                    case FactTopic.ExitTerms when Enum.TryParse<Tri>(s.Answer, out var exit) && exit != Tri.Unknown:
                        facts.ExitTerms = Stated(exit);
                        break;
                    case FactTopic.OpenSource when Enum.TryParse<Tri>(s.Answer, out var open) && open != Tri.Unknown:
                        facts.OpenSource = Stated(open);
                        break;
                    case null when int.TryParse(s.Answer, NumberStyles.None, CultureInfo.InvariantCulture, out var option):
                        facts.Answers[s.Question.Topic] = new StatedOption(option, s);
                        break;
                }
            }

            if (facts.HasAny)
            {
                knowledge.bySubject[group.Key] = facts.Build();
            }
        }

        return (knowledge, [.. companies.Values], [.. providers.Values]);
    }

    /// <summary>
    /// The vendor's stated ultimate parent, laid over the top of its known chain: the top's parent becomes the stated company
    /// (or "none" when the vendor says the top is the ultimate parent), and a country the catalog lacks is filled in. A chain
    /// the catalog already completes is not changed.
    /// </summary>
    private static void Own(VendorStatement s, KnowledgeCatalog catalog, Dictionary<string, Company> companies)
    {
        var chain = OwnershipChain.Resolve(catalog, s.Question.Subject);
        if (chain.Top is not { } catalogTop || QuestionnaireAnswers.Parent(s.Answer, catalog) is not { } parent)
        {
            return;
        }

        var top = companies.GetValueOrDefault(catalogTop.Id) ?? catalogTop;
        var country = Fact<string>.FromVendor(parent.Country.Code, s.VendorName, s.AnsweredOn);
        var none = Fact<string>.FromVendor(Company.NoParent, s.VendorName, s.AnsweredOn);
        if (chain.ReachesUltimateParent)
        {
            if (!catalogTop.Country.IsKnown)
            {
                companies[top.Id] = top with { Country = country };
            }

            return;
        }

        if (parent.Name is null || string.Equals(parent.Name, top.Name, StringComparison.OrdinalIgnoreCase))
        {
            companies[top.Id] = top with { Parent = none, Country = top.Country.IsKnown ? top.Country : country };
            return;
        }

        var stated = new Company(StatedParentPrefix + s.VendorId, parent.Name, country, none, CompanyKind.Commercial);
        companies[stated.Id] = stated;
        companies[top.Id] = top with { Parent = Fact<string>.FromVendor(stated.Id, s.VendorName, s.AnsweredOn) };
    }

    private sealed class Builder
    {
        public Fact<string> HostingProvider = Fact<string>.Unknown();
        public Fact<LocalizedText> HostingRegion = Fact<LocalizedText>.Unknown();
        public Fact<DataLocation> DataLocation = Fact<DataLocation>.Unknown();
        public Fact<IReadOnlyList<string>> SubProcessors = Fact<IReadOnlyList<string>>.Unknown();
        public Fact<IReadOnlyList<string>> ExportFormats = Fact<IReadOnlyList<string>>.Unknown();
        public Fact<Tri> ExitTerms = Fact<Tri>.Unknown();
        public Fact<Tri> OpenSource = Fact<Tri>.Unknown();
        public readonly Dictionary<string, StatedOption> Answers = new(StringComparer.OrdinalIgnoreCase);

        public bool HasAny => Answers.Count > 0 || new[] { HostingProvider.IsKnown, HostingRegion.IsKnown, DataLocation.IsKnown, SubProcessors.IsKnown,
            ExportFormats.IsKnown, ExitTerms.IsKnown, OpenSource.IsKnown }.Any(k => k);

        public StatedFacts Build() => new(HostingProvider, HostingRegion, DataLocation, SubProcessors, ExportFormats, ExitTerms, OpenSource, Answers);
    }
}
