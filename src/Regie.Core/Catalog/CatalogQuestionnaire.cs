using System.Globalization;
using Regie.Core.Common;
using Regie.Core.Explaining;
using Regie.Core.Exporting;
using Regie.Core.Knowledge;
using Regie.Core.Observatory;
using Regie.Core.Questionnaires;

namespace Regie.Core.Catalog;

/// <summary>One fact the catalog lacks about a product, asked of the product's vendor.</summary>
public sealed record CatalogQuestion(string VendorId, string VendorName, string ProductId, string ProductName, FactTopic Fact)
{
    public QuestionId Id => QuestionId.For(ProductId, Fact);

    /// <summary>The question as a board's questionnaire asks it, so an answer is read in the same form (<see cref="QuestionnaireAnswers.Canonical"/>).</summary>
    public Question AsQuestion() => new(Id, null, Fact, ProductId, ProductName, [], [], QuestionStatus.Open, null);
}

/// <summary>One vendor's part of the catalog's questions: the products they are about, and the questions themselves (the vendor's file).</summary>
public sealed record CatalogVendorQuestions(string VendorId, string VendorName, IReadOnlyList<string> Products, CatalogQuestions Asked)
{
    public int Questions => Asked.Questions.Count;
}

/// <summary>
/// The catalog's own questions (issue 17 point 1): per product its hosting provider, hosting region and data location
/// when the catalog does not know them, asked of its vendor. A product whose vendor the catalog does not know cannot be
/// asked; a product run by whoever uses it (<see cref="ProviderKind.SelfHosted"/>) has no place of its own to ask for.
/// </summary>
public sealed record CatalogQuestions(IReadOnlyList<CatalogQuestion> Questions, IReadOnlyList<Product> WithoutVendor, IReadOnlyList<Product> SelfHosted)
{
    /// <summary>The facts the catalog asks: where a product runs and where its data is.</summary>
    public static readonly IReadOnlyList<FactTopic> Asked = [FactTopic.HostingProvider, FactTopic.HostingRegion, FactTopic.DataLocation];

    public static CatalogQuestions Open(KnowledgeCatalog catalog, IEnumerable<Product> products)
    {
        var questions = new List<CatalogQuestion>();
        var withoutVendor = new List<Product>();
        var selfHosted = new List<Product>();
        foreach (var product in products.DistinctBy(p => p.Id))
        {
            var facts = Asked.Where(fact => Of(product, fact).Confidence == Confidence.Unknown).ToList();
            if (facts.Count == 0)
            {
                continue;
            }

            if (IsSelfHosted(catalog, product))
            {
                selfHosted.Add(product);
                continue;
            }

            if (product.Vendor is not { IsKnown: true, Value: { } vendorId } || !catalog.CompanyById.TryGetValue(vendorId, out var vendor))
            {
                withoutVendor.Add(product);
                continue;
            }

            questions.AddRange(facts.Select(fact => new CatalogQuestion(vendor.Id, vendor.Name, product.Id, product.Name, fact)));
        }

        return new([.. questions.OrderBy(q => q.VendorName, StringComparer.CurrentCulture).ThenBy(q => q.ProductName, StringComparer.CurrentCulture).ThenBy(q => q.Fact)],
            withoutVendor, selfHosted);
    }

    public int VendorCount => Questions.Select(q => q.VendorId).Distinct(StringComparer.OrdinalIgnoreCase).Count();

    public int ProductCount => Questions.Select(q => q.ProductId).Distinct(StringComparer.OrdinalIgnoreCase).Count();

    /// <summary>The questions in the products the catalog lists as most used (catalog/most-used.yaml), or in all products without that list.</summary>
    public static CatalogQuestions OpenForMostUsed(RegieKnowledge knowledge) =>
        knowledge.MostUsedProducts() is { } used ? Open(knowledge.Catalog, used) with { MostUsedOnly = true } : Open(knowledge.Catalog, knowledge.Catalog.Products);

    /// <summary>Whether only the most-used products were asked about, so a vendor without questions here may have some about its other products.</summary>
    public bool MostUsedOnly { get; init; }

    /// <summary>
    /// The questions as a file of the sector answers' columns (<see cref="SectorAnswerInput.Fields"/>, keys as headers so
    /// either import reads it back), with the question's text and how to answer it in a first column the imports leave
    /// aside, and the answer's fields empty for the vendor and whoever receives the answer.
    /// </summary>
    public ExportTable Table(CultureInfo culture) =>
        File(new LocalizedText("vragen-van-de-catalogus", "catalog-questions"), Questions.Select(q => (q, (SectorAnswerInput?)null)), culture);

    /// <summary>
    /// Questions of the catalog as a file of the sector answers' columns, with the question's text and how to answer it first;
    /// each with its answer when it has one (<see cref="CatalogAnswersFromTheSector"/>), else with the answer's fields empty.
    /// </summary>
    internal static ExportTable File(LocalizedText name, IEnumerable<(CatalogQuestion Question, SectorAnswerInput? Answer)> questions, CultureInfo culture)
    {
        static ExportColumn Column(string key) => new(key, key, key, key == "answeredOn" ? CellKind.Date : CellKind.Text);
        var rows = questions.Select(x => (IReadOnlyList<object?>)
        [
            $"{x.Question.ProductName}: {ReasonText.Render(new FactAsked(x.Question.Fact, ForTheCatalog: true), culture)} {ReasonText.Render(new FactAnswerFormat(x.Question.Fact), culture)}",
            x.Question.VendorId, x.Question.VendorName, x.Question.ProductId, FactTopics.Name(x.Question.Fact),
            x.Answer?.Answer, x.Answer?.Explanation, x.Answer?.AnsweredOn, x.Answer?.ReceivedBy, x.Answer?.Source,
        ]);
        return new ExportTable(name, [.. new[] { SectorAnswerInput.QuestionText }.Concat(SectorAnswerInput.Fields).Select(Column)], rows);
    }

    /// <summary>
    /// Per vendor the products and the number of questions, in the file's order: what goes in the one file sent to each
    /// vendor, so a vendor reads only about its own products.
    /// </summary>
    public IReadOnlyList<CatalogVendorQuestions> PerVendor() =>
    [
        .. Questions.GroupBy(q => q.VendorId, StringComparer.OrdinalIgnoreCase).Select(g => new CatalogVendorQuestions(
            g.First().VendorId, g.First().VendorName, [.. g.DistinctBy(q => q.ProductId, StringComparer.OrdinalIgnoreCase).Select(q => q.ProductName)],
            new CatalogQuestions([.. g], [], []) { MostUsedOnly = MostUsedOnly })),
    ];

    /// <summary>
    /// Only the questions to one vendor (its catalog id, in any case), or why there are none: the id is no company of the
    /// catalog (the reason names the vendors that do have questions), the company supplies no product of the catalog, or
    /// the catalog asks that vendor nothing among these products.
    /// </summary>
    public (CatalogQuestions? Questions, QuestionnaireReason? WhyNone) ForVendor(KnowledgeCatalog catalog, string vendorId)
    {
        var given = vendorId.Trim();
        if (!catalog.CompanyById.TryGetValue(given, out var vendor))
        {
            return (null, new NotACatalogVendor(given, [.. PerVendor().Select(v => v.VendorId)]));
        }

        var asked = Questions.Where(q => string.Equals(q.VendorId, vendor.Id, StringComparison.OrdinalIgnoreCase)).ToList();
        if (asked.Count > 0)
        {
            return (new CatalogQuestions(asked, [], []) { MostUsedOnly = MostUsedOnly }, null);
        }

        var supplies = catalog.Products.Any(p => p.Vendor is { IsKnown: true, Value: { } id } && string.Equals(id, vendor.Id, StringComparison.OrdinalIgnoreCase));
        return (null, supplies ? new NoCatalogQuestionsForVendor(vendor.Name, MostUsedOnly) : new NotAProductVendor(vendor.Name));
    }

    /// <summary>The product's fact a question asks for.</summary>
    public static IFactView Of(Product product, FactTopic fact) => fact switch
    {
        FactTopic.HostingProvider => product.HostingProvider,
        FactTopic.HostingRegion => product.HostingRegion,
        FactTopic.DataLocation => product.DataLocation,
        _ => throw new ArgumentOutOfRangeException(nameof(fact), fact, "the catalog asks only where a product runs and where its data is"),
    };

    public static bool IsSelfHosted(KnowledgeCatalog catalog, Product product) =>
        product.HostingProvider is { IsKnown: true, Value: { } id } && catalog.ProviderById.TryGetValue(id, out var provider) && provider.Kind == ProviderKind.SelfHosted;
}

/// <summary>
/// A vendor's answer that fills a gap of the catalog: the product's fact as products.yaml writes it (a provider id, a
/// region's text, a data location's name), with confidence <c>stated</c>, dated by the answer. <paramref name="NewOwnProvider"/>
/// is set when the vendor runs the product in its own data centre and the catalog has no provider for that yet, or has it
/// only from the vendor's earlier answer (then its company line is renewed with this answer's date).
/// </summary>
public sealed record CatalogFactAnswer(int Row, CatalogQuestion Question, string Value, string Source, DateOnly AnsweredOn, HostingProvider? NewOwnProvider);

/// <summary>A row that fills nothing, and why: the vendor left it open, or the catalog already knows the fact.</summary>
public sealed record CatalogAnswerSkipped(int Row, QuestionId Question, QuestionnaireReason Why);

/// <summary>What a file of vendor answers does to the catalog: the facts it fills, the rows it skips, and every error (then it fills nothing).</summary>
public sealed record CatalogAnswers(IReadOnlyList<CatalogFactAnswer> Facts, IReadOnlyList<CatalogAnswerSkipped> Skipped, IReadOnlyList<QuestionnaireError> Errors)
{
    /// <summary>The id of the provider that stands for a vendor's own data centre, as products.yaml names it (afas-own, topicus-own).</summary>
    public static string OwnProviderId(string vendorId) => vendorId + "-own";

    /// <summary>
    /// Reads vendors' answers (the sector answer file's rows: <c>vendorId, vendorName, subject, topic, answer, explanation,
    /// answeredOn, receivedBy, source</c>) against the catalog. An answer fills a gap and never overrules a fact read at its
    /// source; it renews the vendor's own earlier answer (a stated fact) when it is newer, so a stated fact that runs out can
    /// be asked again and replaced. It needs the date it was given, who received it and the document it came in, and counts
    /// for twelve months, like a vendor's answer to a board. All or nothing: with one error, no fact.
    /// </summary>
    public static CatalogAnswers Read(KnowledgeCatalog catalog, IReadOnlyList<SectorAnswerRow> rows, DateOnly today)
    {
        var facts = new List<CatalogFactAnswer>();
        var skipped = new List<CatalogAnswerSkipped>();
        var errors = new List<QuestionnaireError>();
        var seen = new Dictionary<QuestionId, int>();
        var newProviders = new Dictionary<string, HostingProvider>(StringComparer.OrdinalIgnoreCase);
        foreach (var (row, input) in rows)
        {
            var subject = input.Subject?.Trim() ?? "";
            var topic = input.Topic?.Trim() ?? "";
            if (subject.Length == 0)
            {
                errors.Add(new(row, "subject", new CatalogAnswerFieldMissing()));
                continue;
            }

            if (!catalog.ProductById.TryGetValue(subject, out var product))
            {
                errors.Add(new(row, "subject", new NotACatalogProduct(subject)));
                continue;
            }

            if (FactTopics.Parse(topic) is not { } fact || !CatalogQuestions.Asked.Contains(fact))
            {
                errors.Add(new(row, "topic", new NotACatalogQuestion(topic)));
                continue;
            }

            var question = QuestionId.For(product.Id, fact);
            var key = new QuestionId(question.Subject.ToLowerInvariant(), question.Topic.ToLowerInvariant());
            if (seen.TryGetValue(key, out var earlier))
            {
                errors.Add(new(row, "topic", new QuestionAnsweredTwice(question.ToString(), earlier)));
                continue;
            }

            seen[key] = row;
            var vendorId = input.VendorId?.Trim() ?? "";
            if (product.Vendor is not { IsKnown: true, Value: { } productVendor } || !catalog.CompanyById.TryGetValue(productVendor, out var vendor))
            {
                errors.Add(new(row, "subject", new CatalogProductWithoutVendor(product.Name)));
                continue;
            }

            if (!string.Equals(vendorId, vendor.Id, StringComparison.OrdinalIgnoreCase))
            {
                errors.Add(new(row, "vendorId", new NotTheProductsVendor(vendorId, product.Name, vendor.Id)));
                continue;
            }

            var (canonical, problem) = QuestionnaireAnswers.Canonical(new CatalogQuestion(vendor.Id, vendor.Name, product.Id, product.Name, fact).AsQuestion(), input.Answer, catalog);
            if (problem is not null)
            {
                errors.Add(new(row, "answer", problem));
                continue;
            }

            if (canonical is null)
            {
                skipped.Add(new(row, question, new CatalogAnswerLeftOpen()));
                continue;
            }

            // A fact read at its source is never overruled; a vendor's earlier answer is renewed by a newer one (below).
            var current = CatalogQuestions.Of(product, fact);
            if (current.Confidence is not (Confidence.Unknown or Confidence.StatedByVendor))
            {
                skipped.Add(new(row, question, new CatalogFactAlreadyKnown(current.Confidence, current.Source)));
                continue;
            }

            if (fact != FactTopic.HostingProvider && CatalogQuestions.IsSelfHosted(catalog, product))
            {
                skipped.Add(new(row, question, new CatalogPlaceIsTheRunners()));
                continue;
            }

            var fieldErrors = new (string Field, string? Text, int Limit)[]
                {
                    ("receivedBy", input.ReceivedBy, QuestionnaireAnswers.MaxText), ("source", input.Source, QuestionnaireAnswers.MaxExplanation),
                    ("explanation", string.IsNullOrWhiteSpace(input.Explanation) ? "-" : input.Explanation, QuestionnaireAnswers.MaxExplanation),
                }
                .Select(f => string.IsNullOrWhiteSpace(f.Text) ? new QuestionnaireError(row, f.Field, new CatalogAnswerFieldMissing())
                    : f.Text.Trim().Length > f.Limit ? new QuestionnaireError(row, f.Field, new AnswerTooLong(f.Limit)) : null)
                .Append(input.AnsweredOn is null ? new QuestionnaireError(row, "answeredOn", new CatalogAnswerFieldMissing()) : null)
                .OfType<QuestionnaireError>().ToList();
            if (fieldErrors.Count > 0)
            {
                errors.AddRange(fieldErrors);
                continue;
            }

            var date = input.AnsweredOn!.Value;
            if (date > today)
            {
                errors.Add(new(row, "answeredOn", new AnswerDatedInTheFuture(date)));
                continue;
            }

            if (!VendorStatements.IsCurrent(date, today))
            {
                errors.Add(new(row, "answeredOn", new AnswerAlreadyExpired(date, VendorStatements.ExpiresOn(date))));
                continue;
            }

            if (current.Confidence == Confidence.StatedByVendor && current.Checked >= date)
            {
                skipped.Add(new(row, question, new CatalogFactAlreadyKnown(current.Confidence, current.Source)));
                continue;
            }

            var (value, newProvider) = YamlValue(fact, canonical, vendor, catalog, date, input.Source!.Trim(), newProviders);
            if (newProvider is not null)
            {
                newProviders[newProvider.Id] = newProvider;
            }

            var source = Source(vendor.Name, input.ReceivedBy!.Trim(), input.Source!.Trim(), input.Explanation);
            facts.Add(new(row, new CatalogQuestion(vendor.Id, vendor.Name, product.Id, product.Name, fact), value, source, date, newProvider));
        }

        if (errors.Count == 0 && facts.Count == 0 && skipped.Count == 0)
        {
            errors.Add(new(null, "bestand", new NoAnswersGiven()));
        }

        return errors.Count > 0 ? new([], skipped, errors) : new(facts, skipped, errors);
    }

    /// <summary>How the fact cites the answer: whose it is, who received it, in which document, and the vendor's own words.</summary>
    public static string Source(string vendorName, string receivedBy, string document, string? explanation) =>
        $"answer of {vendorName} to the catalog's questionnaire, received by {receivedBy}: {document}"
        + (string.IsNullOrWhiteSpace(explanation) ? "" : $" (the vendor's explanation: {explanation.Trim()})");

    private static (string Value, HostingProvider? NewProvider) YamlValue(
        FactTopic fact, string canonical, Company vendor, KnowledgeCatalog catalog, DateOnly date, string document, Dictionary<string, HostingProvider> made)
    {
        switch (fact)
        {
            case FactTopic.HostingProvider when canonical == QuestionnaireAnswers.OwnDataCentre:
                var id = OwnProviderId(vendor.Id);
                // An own data centre the catalog knows from a source stays as it is; one the vendor stated earlier (in the catalog
                // or in an earlier row of this file) is renewed with the newest answer.
                var earlier = made.GetValueOrDefault(id) ?? catalog.ProviderById.GetValueOrDefault(id);
                if (earlier is not null && !(earlier.Company.StatedByVendor && earlier.Company.Checked < date))
                {
                    return (id, null);
                }

                var company = new Fact<string>(vendor.Id, $"answer of {vendor.Name} to the catalog's questionnaire: it runs the product in its own data centre ({document})",
                    date, Confidence.StatedByVendor);
                return (id, new HostingProvider(id, LocalizedText.Same(vendor.Name), company, ProviderKind.Datacenter)
                {
                    Variant = new("eigen datacenter, zoals de leverancier opgaf", "own data centre, as the vendor stated"),
                });
            case FactTopic.DataLocation:
                return (DataLocationName(QuestionnaireAnswers.Location(canonical)!.Value), null);
            default:
                return (canonical, null);
        }
    }

    /// <summary>A data location as products.yaml writes it.</summary>
    public static string DataLocationName(DataLocation location) => location switch
    {
        DataLocation.EuOnly => "eu-only",
        DataLocation.EuDefault => "eu-default",
        DataLocation.OutsideEu => "outside-eu",
        _ => "unknown",
    };
}
