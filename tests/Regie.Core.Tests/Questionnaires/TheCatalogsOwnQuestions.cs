using Regie.Core.Catalog;
using Regie.Core.Common;
using Regie.Core.Demo;
using Regie.Core.Explaining;
using Regie.Core.Knowledge;
using Regie.Core.Knowledge.Loading;
using Regie.Core.Observatory;
using Regie.Core.Questionnaires;
using Regie.Core.Scoring;

namespace Regie.Core.Tests.Questionnaires;

/// <summary>
/// Issue 17 point 1, the route through the vendors: the catalog asks a vendor where its product runs and keeps its data
/// when the catalog does not know, and an answer fills the gap as a fact with confidence stated; it never overrules a fact.
/// </summary>
public sealed class TheCatalogsOwnQuestions : IDisposable
{
    private static readonly DateOnly Today = new(2026, 12, 7);

    // Test products on a copy of the shipped data, so the tests do not depend on what the catalog learns.
    private readonly DataCopy data = new DataCopy()
        .Append("products.yaml", PlaceTestProducts.Product("test-open", "topicus", "unknown", "unknown", "unknown"))
        .Append("products.yaml", PlaceTestProducts.Product("test-half", "iddink", "azure", "unknown", "eu-default"))
        .Append("products.yaml", PlaceTestProducts.Product("test-zelf", "nextcloud-gmbh", "self-hosted", "unknown", "unknown"))
        .Append("products.yaml", PlaceTestProducts.Product("test-zonder", "unknown", "unknown", "unknown", "unknown"));

    private KnowledgeCatalog? catalog;

    private KnowledgeCatalog Catalog => catalog ??= KnowledgeLoader.Load(data.Folder).Catalog;

    public void Dispose() => data.Dispose();

    private IReadOnlyList<Product> Tests => [.. Catalog.Products.Where(p => p.Id.StartsWith("test-", StringComparison.Ordinal))];

    private static SectorAnswerRow Row(int row, string vendor, string subject, string topic, string answer, string? date = "2026-12-01",
        string? receivedBy = "SIVON", string? source = "Brief van 1 december 2026", string? explanation = null) =>
        new(row, new SectorAnswerInput(vendor, vendor, subject, topic, answer, explanation, date is null ? null : DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), receivedBy, source));

    [Fact]
    public void EachUnknownPlaceFactIsAskedOfTheProductsVendorAndOnlyThose()
    {
        var open = CatalogQuestions.Open(Catalog, Tests);

        Assert.Equal(
            ["test-half/hostingRegion", "test-open/dataLocation", "test-open/hostingProvider", "test-open/hostingRegion"],
            open.Questions.Select(q => q.Id.ToString()).Order(StringComparer.Ordinal));
        Assert.All(open.Questions.Where(q => q.ProductId == "test-open"), q => Assert.Equal("topicus", q.VendorId));
        Assert.Equal(["test-zonder"], open.WithoutVendor.Select(p => p.Id));
        Assert.Equal(["test-zelf"], open.SelfHosted.Select(p => p.Id));
    }

    [Fact]
    public void EachVendorGetsAFileWithOnlyTheQuestionsAboutItsOwnProducts()
    {
        var open = CatalogQuestions.Open(Catalog, Tests);

        var perVendor = open.PerVendor();

        Assert.Equal([("iddink", 1, "Test test-half"), ("topicus", 3, "Test test-open")],
            perVendor.Select(v => (v.VendorId, v.Questions, string.Join(", ", v.Products))).OrderBy(v => v.VendorId, StringComparer.Ordinal));
        Assert.Equal(open.Questions.Count, perVendor.Sum(v => v.Questions));
        var (topicus, whyNone) = open.ForVendor(Catalog, "TOPICUS");
        Assert.Null(whyNone);
        Assert.Equal(["test-open/dataLocation", "test-open/hostingProvider", "test-open/hostingRegion"],
            topicus!.Questions.Select(q => q.Id.ToString()).Order(StringComparer.Ordinal));
        Assert.Empty(topicus.WithoutVendor);
        Assert.All(topicus.Table(ReasonText.Dutch).Rows, r => Assert.Equal("topicus", r[1]));
    }

    [Fact]
    public void AVendorTheCatalogDoesNotKnowOrAsksNothingGetsNoFileAndIsToldWhy()
    {
        var open = CatalogQuestions.Open(Catalog, Tests);
        var vendors = Catalog.Products.Where(p => p.Vendor.IsKnown).Select(p => p.Vendor.Value).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var owner = Catalog.Companies.First(c => !vendors.Contains(c.Id));

        var (unknown, notAVendor) = open.ForVendor(Catalog, " geen-bedrijf ");
        var (nothing, nothingAsked) = open.ForVendor(Catalog, "microsoft");
        var (_, onlyAnOwner) = open.ForVendor(Catalog, owner.Id);
        var (_, notAmongTheMostUsed) = (open with { MostUsedOnly = true }).ForVendor(Catalog, "microsoft");

        Assert.Null(unknown);
        Assert.Equal("'geen-bedrijf' is geen leverancier in de catalogus (companies.yaml). Leveranciers met open vragen: iddink, topicus.", ReasonText.Render(notAVendor!));
        Assert.Null(nothing);
        var microsoft = Catalog.CompanyById["microsoft"].Name;
        Assert.Equal($"De catalogus heeft geen open vragen aan {microsoft}: wat hij over de producten van deze leverancier vraagt, is al bekend.", ReasonText.Render(nothingAsked!));
        Assert.Equal($"The catalog has no open questions for {microsoft}: what it asks about this vendor's products is already known.", ReasonText.Render(nothingAsked!, ReasonText.English));
        Assert.Equal($"{owner.Name} levert geen product van de catalogus; de catalogus vraagt alleen leveranciers van producten.", ReasonText.Render(onlyAnOwner!));
        Assert.EndsWith("over de meest gebruikte producten; vraag over alle producten om ook de andere te zien.", ReasonText.Render(notAmongTheMostUsed!), StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnknownVendorsReasonNamesAtMostTwentyVendorsWithQuestionsAndNoListWhenThereAreNone()
    {
        var many = Enumerable.Range(1, 25).Select(i => $"v{i}").ToList();

        Assert.EndsWith("v19, v20 en nog 5.", ReasonText.Render(new NotACatalogVendor("x", many)), StringComparison.Ordinal);
        Assert.EndsWith("v19, v20 and 5 more.", ReasonText.Render(new NotACatalogVendor("x", many), ReasonText.English), StringComparison.Ordinal);
        Assert.Equal("'x' is geen leverancier in de catalogus (companies.yaml).", ReasonText.Render(new NotACatalogVendor("x", [])));
    }

    [Fact]
    public void TheFileAsksInTheColumnsOfTheSectorAnswersWithTheQuestionAboutSchoolsInGeneral()
    {
        var table = CatalogQuestions.Open(Catalog, Tests).Table(ReasonText.Dutch);

        Assert.Equal(["question", .. SectorAnswerInput.Fields], table.Columns.Select(c => c.Key));
        var row = table.Rows.Single(r => (string?)r[3] == "test-open" && (string?)r[4] == "dataLocation");
        Assert.StartsWith("Test test-open: Waar worden de gegevens van scholen en hun leerlingen opgeslagen en verwerkt", (string?)row[0], StringComparison.Ordinal);
        Assert.Equal(["topicus", Catalog.CompanyById["topicus"].Name], row.Skip(1).Take(2));
        Assert.All(row.Skip(5), cell => Assert.Null(cell));
    }

    [Fact]
    public void AnAnswerFillsAGapAsAStatedFactDatedByTheAnswerNamingWhoReceivedItAndTheDocument()
    {
        var answers = CatalogAnswers.Read(Catalog, [
            Row(2, "topicus", "test-open", "hostingProvider", "eigen datacentrum"),
            Row(3, "topicus", "test-open", "hostingRegion", "Nederland", explanation: "twee datacentra"),
            Row(4, "topicus", "test-open", "dataLocation", "2"),
            Row(5, "iddink", "test-half", "hostingRegion", "West Europe"),
        ], Today);

        Assert.Empty(answers.Errors);
        Assert.Equal(
            [("test-open", FactTopic.HostingProvider, "topicus-own"), ("test-open", FactTopic.HostingRegion, "Nederland"),
             ("test-open", FactTopic.DataLocation, "eu-only"), ("test-half", FactTopic.HostingRegion, "West Europe")],
            answers.Facts.Select(f => (f.Question.ProductId, f.Question.Fact, f.Value)));
        Assert.All(answers.Facts, f => Assert.Equal(new DateOnly(2026, 12, 1), f.AnsweredOn));
        Assert.Null(answers.Facts[0].NewOwnProvider); // Topicus's own servers are in the catalog already
        Assert.Equal("answer of Topicus to the catalog's questionnaire, received by SIVON: Brief van 1 december 2026 (the vendor's explanation: twee datacentra)",
            answers.Facts[1].Source.Replace(Catalog.CompanyById["topicus"].Name, "Topicus", StringComparison.Ordinal));
    }

    [Fact]
    public void AnOwnDataCentreTheCatalogLacksBecomesANewProviderOfTheVendor()
    {
        var own = CatalogAnswers.Read(Catalog, [Row(2, "topicus", "test-open", "hostingProvider", "own data centre")], Today);
        Assert.Equal("topicus-own", own.Facts.Single().Value);

        using var copy = new DataCopy().Append("products.yaml", PlaceTestProducts.Product("test-eigen", "iddink", "unknown", "unknown", "unknown"));
        var catalog = KnowledgeLoader.Load(copy.Folder).Catalog;
        var made = CatalogAnswers.Read(catalog, [Row(2, "iddink", "test-eigen", "hostingProvider", "eigen datacentrum")], Today).Facts.Single();
        Assert.Equal(("iddink-own", ProviderKind.Datacenter, "iddink", Confidence.StatedByVendor),
            (made.NewOwnProvider!.Id, made.NewOwnProvider.Kind, made.NewOwnProvider.Company.Value, made.NewOwnProvider.Company.Confidence));
    }

    [Fact]
    public void AKnownFactIsNeverOverruledAndAnOpenOrSelfHostedPlaceIsSkipped()
    {
        var answers = CatalogAnswers.Read(Catalog, [
            Row(2, "iddink", "test-half", "hostingProvider", "aws"),
            Row(3, "topicus", "test-open", "dataLocation", "onbekend"),
            Row(4, "nextcloud-gmbh", "test-zelf", "hostingRegion", "Duitsland"),
        ], Today);

        Assert.Empty(answers.Errors);
        Assert.Empty(answers.Facts);
        Assert.Equal(["CatalogFactAlreadyKnown", "CatalogAnswerLeftOpen", "CatalogPlaceIsTheRunners"], answers.Skipped.Select(s => s.Why.GetType().Name));
        Assert.Equal("de catalogus weet dit al (bevestigd); een antwoord vult alleen een gat", ReasonText.Render(answers.Skipped[0].Why));
    }

    [Fact]
    public void OneBadRowFillsNothingAndEachErrorNamesItsRowAndField()
    {
        var answers = CatalogAnswers.Read(Catalog, [
            Row(2, "topicus", "test-open", "hostingRegion", "Nederland"),
            Row(3, "iddink", "test-open", "hostingProvider", "aws"),
            Row(4, "topicus", "bestaat-niet", "dataLocation", "2"),
            Row(5, "topicus", "test-open", "SOV2.law", "2"),
            Row(6, "iddink", "test-half", "hostingProvider", "Hetzner-achtig"),
            Row(7, "topicus", "test-open", "dataLocation", "2", receivedBy: " ", source: null),
            Row(8, "topicus", "test-open", "hostingRegion", "nogmaals"),
            Row(9, "iddink", "test-half", "hostingRegion", "West Europe", date: "2025-11-30"),
            Row(10, "iddink", "test-zonder", "hostingRegion", "x"),
        ], Today);

        Assert.Empty(answers.Facts);
        var errors = answers.Errors.Select(e => $"{e.Row} {e.Field}: {ReasonText.Render(e.Problem)}").ToList();
        Assert.Contains(errors, e => e.StartsWith("3 vendorId: 'iddink' is niet de leverancier van Test test-open (volgens de catalogus: topicus)", StringComparison.Ordinal));
        Assert.Contains("4 subject: 'bestaat-niet' is geen product van de catalogus (products.yaml).", errors);
        Assert.Contains(errors, e => e.StartsWith("5 topic: 'SOV2.law' vraagt de catalogus niet", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("6 answer: 'Hetzner-achtig' is geen hostingpartij uit de lijst", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("7 receivedBy: Vul dit in", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("7 source: Vul dit in", StringComparison.Ordinal));
        Assert.Contains("8 topic: 'test-open/hostingRegion' is al beantwoord in regel 2.", errors);
        Assert.Contains(errors, e => e.StartsWith("9 answeredOn: Een antwoord van 30 november 2025 telt niet meer", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("10 subject: De catalogus kent de leverancier van Test test-zonder niet", StringComparison.Ordinal));
    }

    [Fact]
    public void AnAnswerDatedAfterTodayOrWithoutADateIsRefused()
    {
        var answers = CatalogAnswers.Read(Catalog, [
            Row(2, "topicus", "test-open", "hostingRegion", "Nederland", date: "2026-12-08"),
            Row(3, "topicus", "test-open", "dataLocation", "2", date: null),
        ], Today);

        Assert.Equal(["2 answeredOn: De datum 8 december 2026 ligt in de toekomst.", "3 answeredOn: " + ReasonText.Render(new CatalogAnswerFieldMissing())],
            answers.Errors.Select(e => $"{e.Row} {e.Field}: {ReasonText.Render(e.Problem)}"));
    }

    [Fact]
    public void TheWriterReplacesOnlyTheUnknownLineOfThatProductAndTheChangedCatalogPassesLint()
    {
        var answers = CatalogAnswers.Read(Catalog, [
            Row(2, "topicus", "test-open", "hostingRegion", "Nederland \"Noord\" \\ Zuid"),
            Row(3, "topicus", "test-open", "dataLocation", "1"),
        ], Today);
        var path = Path.Combine(data.Folder, "catalog", "products.yaml");
        var providersPath = Path.Combine(data.Folder, "catalog", "providers.yaml");
        var before = File.ReadAllLines(path);

        var (products, providers, problems) = CatalogFactLines.Apply(File.ReadAllText(path), File.ReadAllText(providersPath), answers.Facts);

        Assert.Empty(problems);
        Assert.Equal(File.ReadAllText(providersPath), providers);
        File.WriteAllText(path, products);
        var changed = File.ReadAllLines(path).Zip(before).Where(p => p.First != p.Second).Select(p => p.First).ToList();
        Assert.Equal(2, changed.Count);
        Assert.StartsWith("    hostingRegion: {value: \"Nederland \\\"Noord\\\" \\\\ Zuid\", source: \"answer of ", changed[0], StringComparison.Ordinal);
        Assert.EndsWith(", checked: 2026-12-01, confidence: stated}", changed[1], StringComparison.Ordinal);
        Assert.Empty(data.LintIssues());
        var product = KnowledgeLoader.Load(data.Folder).Catalog.ProductById["test-open"];
        Assert.Equal(("Nederland \"Noord\" \\ Zuid", Confidence.StatedByVendor, DataLocation.EuDefault), (product.HostingRegion.Value!.Nl, product.HostingRegion.Confidence, product.DataLocation.Value));
        Assert.Equal(Confidence.Unknown, product.HostingProvider.Confidence); // not answered, not touched
    }

    [Fact]
    public void TheWriterChangesNothingWhenTheLineIsNotAnUnknownFactWhereExpected()
    {
        var answer = CatalogAnswers.Read(Catalog, [Row(2, "topicus", "test-open", "hostingRegion", "Nederland")], Today).Facts.Single();
        var text = File.ReadAllText(Path.Combine(data.Folder, "catalog", "products.yaml"));
        var known = text.Replace(
            "  - id: test-open\n    name: \"Test test-open\"\n    category: opslag\n    processes: []\n    vendor: {value: topicus, source: \"https://example.org\", checked: 2026-11-01, confidence: confirmed}\n    hostingProvider: {value: unknown, source: \"searched\", checked: 2026-11-01, confidence: unknown}\n    hostingRegion: {value: unknown,",
            "  - id: test-open\n    name: \"Test test-open\"\n    category: opslag\n    processes: []\n    vendor: {value: topicus, source: \"https://example.org\", checked: 2026-11-01, confidence: confirmed}\n    hostingProvider: {value: unknown, source: \"searched\", checked: 2026-11-01, confidence: unknown}\n    hostingRegion: {value: \"Ergens\",",
            StringComparison.Ordinal);
        Assert.NotEqual(text, known);

        var (products, _, problems) = CatalogFactLines.Apply(known, "providers:\n", [answer]);

        Assert.Same(known, products);
        Assert.Equal("catalog/products.yaml: product 'test-open', hostingRegion staat niet als onbekend feit op één regel, zoals de schrijver het verwacht; er is niets veranderd. Zet dit feit met de hand.",
            ReasonText.Render(problems.Single()));
    }

    [Fact]
    public void AStatedFactThatRanOutBeforeTheReleaseFailsLint()
    {
        using var copy = new DataCopy().Append("products.yaml", PlaceTestProducts.Product("test-oud", "topicus", "unknown", "unknown", "unknown").Replace(
            "hostingRegion: {value: unknown, source: \"searched\", checked: 2026-11-01, confidence: unknown}",
            "hostingRegion: {value: \"Nederland\", source: \"answer of Topicus\", checked: 2025-06-01, confidence: stated}", StringComparison.Ordinal));

        Assert.Contains(copy.LintIssues(), i => i.StartsWith(
            "products.yaml: product 'test-oud', hostingRegion.checked: confidence stated: het antwoord van de leverancier van 2025-06-01 telde tot 2026-06-01", StringComparison.Ordinal));
    }

    [Fact]
    public void ABoardIsNotAskedWhatTheCatalogHoldsAsTheVendorsAnswer()
    {
        using var copy = new DataCopy();
        var path = Path.Combine(copy.Folder, "catalog", "products.yaml");
        var knowledge = KnowledgeLoader.Load(copy.Folder);
        var demo = DemoBoard.Create(knowledge);
        var asked = VendorQuestionnaire.All(BoardAssessor.Assess(demo, knowledge), [], Today).SelectMany(v => v.Questions).ToList();
        var question = asked.First(q => q.Fact == FactTopic.HostingRegion && q.ProductId is not null);
        var product = knowledge.Catalog.ProductById[question.ProductId!];
        var vendor = product.Vendor.Value!;
        var answers = CatalogAnswers.Read(knowledge.Catalog, [Row(2, vendor, product.Id, "hostingRegion", "Nederland")], Today);
        var (products, _, _) = CatalogFactLines.Apply(File.ReadAllText(path), "", answers.Facts);
        File.WriteAllText(path, products);

        var after = KnowledgeLoader.Load(copy.Folder);
        var askedAfter = VendorQuestionnaire.All(BoardAssessor.Assess(DemoBoard.Create(after), after), [], Today).SelectMany(v => v.Questions).ToList();

        Assert.DoesNotContain(askedAfter, q => q.Id.Matches(question.Id));
        Assert.Equal(asked.Count - 1, askedAfter.Count);
    }

    // A stated fact counts twelve months in a running Regie too, not only until the next release's lint (issue 17 point 3).
    [Fact]
    public void AStatedFactCountsTwelveMonthsThenTheBoardIsAskedAgainAndTheFactIsUnknownWithWhoseAnswerItWas()
    {
        using var copy = new DataCopy();
        var path = Path.Combine(copy.Folder, "catalog", "products.yaml");
        var knowledge = KnowledgeLoader.Load(copy.Folder);
        var question = VendorQuestionnaire.All(BoardAssessor.Assess(DemoBoard.Create(knowledge), knowledge), [], Today)
            .SelectMany(v => v.Questions).First(q => q.Fact == FactTopic.HostingRegion && q.ProductId is not null);
        var product = knowledge.Catalog.ProductById[question.ProductId!];
        var answers = CatalogAnswers.Read(knowledge.Catalog, [Row(2, product.Vendor.Value!, product.Id, "hostingRegion", "Nederland")], Today);
        File.WriteAllText(path, CatalogFactLines.Apply(File.ReadAllText(path), "", answers.Facts).Products);
        var stated = KnowledgeLoader.Load(copy.Folder);

        bool Asked(DateOnly day) => stated.AsOf(day) is var k
            && VendorQuestionnaire.All(BoardAssessor.Assess(DemoBoard.Create(k), k), [], day).SelectMany(v => v.Questions).Any(q => q.Id.Matches(question.Id));

        bool CatalogAsks(DateOnly day) => CatalogQuestions.Open(stated.AsOf(day).Catalog, [stated.AsOf(day).Catalog.ProductById[product.Id]])
            .Questions.Any(q => q.Fact == FactTopic.HostingRegion);

        var lastDay = new DateOnly(2027, 11, 30);
        Assert.Same(stated, stated.AsOf(lastDay));
        Assert.False(Asked(lastDay));
        Assert.False(CatalogAsks(lastDay));
        Assert.True(Asked(lastDay.AddDays(1)));
        Assert.True(CatalogAsks(lastDay.AddDays(1)));

        var ranOut = stated.AsOf(lastDay.AddDays(1)).Catalog.ProductById[product.Id].HostingRegion;
        var given = stated.Catalog.ProductById[product.Id].HostingRegion;
        Assert.Equal((false, Confidence.Unknown, given.Source, (DateOnly?)new DateOnly(2026, 12, 1)), (ranOut.IsKnown, ranOut.Confidence, ranOut.Source, ranOut.Checked));
        Assert.StartsWith("answer of ", ranOut.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryFactOfAProductACompanyAndAProviderRunsOutLikeTheOthers()
    {
        var given = new DateOnly(2025, 1, 1);
        var day = new DateOnly(2026, 12, 7);
        var product = Stated(Catalog.ProductById["test-open"], given) with { Answers = new Dictionary<string, Fact<int>> { ["SOV1"] = new(2, "a", given, Confidence.StatedByVendor) } };
        var company = Stated(Catalog.Companies[0], given);
        var provider = Stated(Catalog.Providers[0], given);
        var alternative = Stated(Catalog.Alternatives[0], given);

        Assert.All(FactsOf(StatedFactExpiry.On(product, day)).Append(StatedFactExpiry.On(product, day).Answers["SOV1"]), f => Assert.Equal(Confidence.Unknown, f.Confidence));
        Assert.All(FactsOf(StatedFactExpiry.On(company, day)), f => Assert.Equal(Confidence.Unknown, f.Confidence));
        Assert.All(FactsOf(StatedFactExpiry.On(provider, day)), f => Assert.Equal(Confidence.Unknown, f.Confidence));
        Assert.All(FactsOf(StatedFactExpiry.On(alternative, day)), f => Assert.Equal(Confidence.Unknown, f.Confidence));
        Assert.Same(product, StatedFactExpiry.On(product, given.AddMonths(12).AddDays(-1)));
    }

    // Every Fact<> property of the record, found by reflection, so a fact added later cannot be forgotten by the expiry.
    private static IEnumerable<IFactView> FactsOf(object record) =>
        record.GetType().GetProperties().Where(p => typeof(IFactView).IsAssignableFrom(p.PropertyType)).Select(p => (IFactView)p.GetValue(record)!);

    private static T Stated<T>(T record, DateOnly given)
        where T : class
    {
        var clone = (T)record.GetType().GetMethod("<Clone>$")!.Invoke(record, null)!;
        foreach (var property in record.GetType().GetProperties().Where(p => typeof(IFactView).IsAssignableFrom(p.PropertyType)))
        {
            var type = property.PropertyType.GetGenericArguments()[0];
            var value = type == typeof(string) ? "x" : type == typeof(LocalizedText) ? LocalizedText.Same("x") : type == typeof(int) ? 1 : type.IsEnum ? Enum.GetValues(type).GetValue(1)!
                : type == typeof(IReadOnlyList<HostingOption>) ? new List<HostingOption> { HostingOption.EuSaas } : (object)new List<string> { "x" };
            property.SetValue(clone, Activator.CreateInstance(property.PropertyType, value, "answer of a vendor", (DateOnly?)given, Confidence.StatedByVendor));
        }

        Assert.All(FactsOf(clone), f => Assert.Equal(Confidence.StatedByVendor, f.Confidence));
        return clone;
    }

    [Fact]
    public void ANewerAnswerRenewsTheVendorsEarlierOneAndAnOlderOneIsSkipped()
    {
        using var copy = new DataCopy()
            .Append("products.yaml", PlaceTestProducts.Product("test-eerder", "iddink", "unknown", "unknown", "unknown")
                .Replace("hostingRegion: {value: unknown, source: \"searched\", checked: 2026-11-01, confidence: unknown}",
                    "hostingRegion: {value: \"Ierland\", source: \"answer of Iddink\", checked: 2026-01-10, confidence: stated}", StringComparison.Ordinal)
                .Replace("hostingProvider: {value: unknown, source: \"searched\", checked: 2026-11-01, confidence: unknown}",
                    "hostingProvider: {value: iddink-own, source: \"answer of Iddink\", checked: 2026-01-10, confidence: stated}", StringComparison.Ordinal))
            .Append("products.yaml", PlaceTestProducts.Product("test-ook", "iddink", "unknown", "unknown", "unknown"))
            .Append("providers.yaml", """
                  - id: iddink-own
                    name: "Iddink: own data centre (as the vendor stated)"
                    company: {value: "iddink", source: "answer of Iddink: own data centre", checked: 2026-01-10, confidence: stated}
                    kind: datacenter
                """);
        var catalog = KnowledgeLoader.Load(copy.Folder).Catalog;

        var older = CatalogAnswers.Read(catalog, [Row(2, "iddink", "test-eerder", "hostingRegion", "Nederland", date: "2026-01-10")], Today);
        Assert.Equal("CatalogFactAlreadyKnown", older.Skipped.Single().Why.GetType().Name);

        var newer = CatalogAnswers.Read(catalog, [
            Row(2, "iddink", "test-eerder", "hostingRegion", "Nederland"),
            Row(3, "iddink", "test-eerder", "hostingProvider", "eigen datacentrum", date: "2026-11-20"),
            Row(4, "iddink", "test-ook", "hostingProvider", "eigen datacentrum"),
        ], Today);
        Assert.Empty(newer.Errors);
        Assert.Equal(3, newer.Facts.Count);

        var productsPath = Path.Combine(copy.Folder, "catalog", "products.yaml");
        var providersPath = Path.Combine(copy.Folder, "catalog", "providers.yaml");
        var (products, providers, problems) = CatalogFactLines.Apply(File.ReadAllText(productsPath), File.ReadAllText(providersPath), newer.Facts);
        Assert.Empty(problems);
        File.WriteAllText(productsPath, products);
        File.WriteAllText(providersPath, providers);

        var renewed = KnowledgeLoader.Load(copy.Folder).Catalog;
        Assert.Equal(("Nederland", (DateOnly?)new DateOnly(2026, 12, 1)), (renewed.ProductById["test-eerder"].HostingRegion.Value!.Nl, renewed.ProductById["test-eerder"].HostingRegion.Checked));
        Assert.Equal(new DateOnly(2026, 12, 1), renewed.ProviderById["iddink-own"].Company.Checked); // the newest of rows 3 and 4
        Assert.Single(File.ReadAllLines(providersPath), l => l.Trim() == "- id: iddink-own");
    }
}
