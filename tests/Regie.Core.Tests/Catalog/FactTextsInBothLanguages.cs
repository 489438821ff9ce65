using Regie.Core.Catalog;
using Regie.Core.Common;
using Regie.Core.Explaining;
using Regie.Core.Knowledge;
using Regie.Core.Knowledge.Loading;
using Regie.Core.Questionnaires;
using Regie.Core.Scoring;

namespace Regie.Core.Tests.Catalog;

/// <summary>
/// Facts whose value is Regie's own words (a hosting region, what the AI features do, how an alternative is used in Dutch
/// education, its exit terms), countries' law notes and hosting providers' descriptions come in Dutch and English, so a
/// Dutch page shows no English sentence; a vendor's own answer stays in its own words.
/// </summary>
public sealed class FactTextsInBothLanguages
{
    private static readonly RegieKnowledge Shipped = KnowledgeLoader.Load(DataFolder.Locate());

    [Fact]
    public void EveryShippedTextFactIsTranslated()
    {
        var catalog = Shipped.Catalog;
        var texts = catalog.Products.SelectMany(p => new[] { ($"{p.Id}.hostingRegion", p.HostingRegion), ($"{p.Id}.aiFeatures", p.AiFeatures) })
            .Concat(catalog.Alternatives.SelectMany(a => new[] { ($"{a.Id}.dutchEducationUse", a.DutchEducationUse), ($"{a.Id}.exitTerms", a.ExitTerms) }))
            .Where(t => t.Item2 is { IsKnown: true, StatedByVendor: false } && t.Item2.Value!.En != Product.NoAiFeatures)
            .ToList();

        Assert.True(texts.Count > 100, $"only {texts.Count} known text facts");
        Assert.Empty(texts.Where(t => t.Item2.Value!.Nl == t.Item2.Value.En).Select(t => t.Item1));
        Assert.All(catalog.Countries.Where(c => c.LawNote is not null), c => Assert.NotEqual(c.LawNote!.Nl, c.LawNote.En));
    }

    [Fact]
    public void ARegionFollowsTheReadersLanguage()
    {
        var region = Shipped.Catalog.ProductById["google-drive"].HostingRegion.Value!;

        Assert.StartsWith("no fixed region", region.In("en"), StringComparison.Ordinal);
        Assert.DoesNotContain("no fixed region", region.In("nl"), StringComparison.Ordinal);
        Assert.Contains("'No preference'", region.In("nl"), StringComparison.Ordinal); // Google's own label stays as read
    }

    [Fact]
    public void AProvidersNameStaysAndItsDescriptionFollowsTheReader()
    {
        var catalog = Shipped.Catalog;

        Assert.Equal("Microsoft Azure (Microsoft-clouddatacenters)", catalog.ProviderById["azure"].NameIn("nl"));
        Assert.Equal("Microsoft Azure (Microsoft cloud data centres)", catalog.ProviderById["azure"].NameIn("en"));
        Assert.Equal("Zelf gehost (schoolbestuur of zijn ICT-partner)", catalog.ProviderById["self-hosted"].NameIn("nl"));
        Assert.Equal("Self-hosted", catalog.ProviderById["self-hosted"].Name.En);
        string[] english = ["web hosting", "own servers", "data centres", "Self-hosted", "school board"];
        Assert.DoesNotContain(catalog.Providers, p => english.Any(w => p.NameIn("nl").Contains(w, StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("azure")]
    [InlineData("Microsoft Azure")]
    [InlineData("microsoft azure (microsoft cloud data centres)")]
    [InlineData("Microsoft Azure (Microsoft-clouddatacenters)")]
    [InlineData("Microsoft Azure / Microsoft cloud datacentres")] // its name before catalog 0.5.8
    public void AnAnswerNamesAProviderByItsNameInEitherLanguage(string answer) =>
        Assert.Equal("azure", QuestionnaireAnswers.Provider(answer, Shipped.Catalog)?.Id);

    [Fact]
    public void APlainRegionInRegiesOwnWordsFailsLint()
    {
        using var data = new DataCopy().Append("products.yaml", V2Yaml.Product("test-regio", "")
            .Replace("hostingRegion: {value: unknown, source: \"searched\", checked: 2026-11-01, confidence: unknown}",
                $"hostingRegion: {{value: \"Netherlands\", {V2Yaml.Fact}}}", StringComparison.Ordinal));

        Assert.Contains(data.LintIssues(), i => i.StartsWith("products.yaml: product 'test-regio', hostingRegion.value: schrijf deze tekst in het Nederlands en het Engels",
            StringComparison.Ordinal));
    }

    [Fact]
    public void AVendorsStatedRegionStaysInItsOwnWords()
    {
        using var data = new DataCopy().Append("products.yaml", V2Yaml.Product("test-eigen-woorden", "")
            .Replace("hostingRegion: {value: unknown, source: \"searched\", checked: 2026-11-01, confidence: unknown}",
                "hostingRegion: {value: \"Amsterdam, Nederland\", source: \"answer of Test B.V. to the catalog's questionnaire\", checked: 2026-12-01, confidence: stated}",
                StringComparison.Ordinal));

        Assert.DoesNotContain(data.LintIssues(), i => i.Contains("test-eigen-woorden', hostingRegion", StringComparison.Ordinal));
        var region = KnowledgeLoader.Load(data.Folder).Catalog.ProductById["test-eigen-woorden"].HostingRegion;
        Assert.Equal(("Amsterdam, Nederland", "Amsterdam, Nederland", Confidence.StatedByVendor), (region.Value!.Nl, region.Value.En, region.Confidence));
    }

    [Fact]
    public void ARegionInOneLanguageFailsLint()
    {
        using var data = new DataCopy().Append("products.yaml", V2Yaml.Product("test-een-taal", "")
            .Replace("hostingRegion: {value: unknown, source: \"searched\", checked: 2026-11-01, confidence: unknown}",
                $"hostingRegion: {{value: {{nl: \"Nederland\"}}, {V2Yaml.Fact}}}", StringComparison.Ordinal));

        Assert.Contains(data.LintIssues(), i => i.Contains("product 'test-een-taal', hostingRegion.value.en: ontbreekt", StringComparison.Ordinal));
    }

    [Fact]
    public void TwoLanguagesWhereOneValueBelongsFailLint()
    {
        using var data = new DataCopy().Append("products.yaml", V2Yaml.Product("test-twee-talen", "")
            .Replace("vendor: {value: microsoft,", "vendor: {value: {nl: microsoft, en: microsoft},", StringComparison.Ordinal));

        Assert.Contains(data.LintIssues(), i => i.Contains("product 'test-twee-talen', vendor.value: dit feit heeft één waarde voor beide talen", StringComparison.Ordinal));
    }

    [Fact]
    public void AllFormerNamesStillFindTheirProvider()
    {
        var catalog = Shipped.Catalog;

        Assert.Equal(9, catalog.Providers.Sum(p => p.FormerNames.Count));
        Assert.All(catalog.Providers.SelectMany(p => p.FormerNames.Select(name => (p.Id, name))),
            former => Assert.Equal(former.Id, QuestionnaireAnswers.Provider(former.name, catalog)?.Id));
    }

    [Theory]
    [InlineData("mixed open-source licences per component", true)]
    [InlineData("MPL-2.0 OR LGPL-3.0", false)]
    [InlineData("proprietary", false)]
    public void APlainLicenceIsAnSpdxExpressionOrProprietary(string licence, bool refused)
    {
        using var data = new DataCopy().Append("alternatives.yaml", V2Yaml.Alternative("test-licentie", "google-drive")
            .Replace("licence: {value: \"AGPL-3.0\"", $"licence: {{value: \"{licence}\"", StringComparison.Ordinal));

        Assert.Equal(refused, data.LintIssues().Any(i => i.Contains("alternative 'test-licentie', licence.value: ", StringComparison.Ordinal)));
    }

    [Fact]
    public void AProvidersVariantInOneLanguageFailsLint()
    {
        using var data = new DataCopy().Append("providers.yaml", """
              - id: test-hoster
                name: "Test Hoster"
                variant: {nl: "Nederlandse hoster"}
                company: {value: "unknown", source: "searched", checked: 2026-11-01, confidence: unknown}
                kind: datacenter
            """);

        Assert.Contains(data.LintIssues(), i => i.Contains("provider 'test-hoster', variant.en: ontbreekt", StringComparison.Ordinal));
    }

    [Fact]
    public void YamlsNullIsNoValueAsBefore()
    {
        using var data = new DataCopy().Append("products.yaml", V2Yaml.Product("test-leeg", "")
            .Replace("hostingRegion: {value: unknown, source: \"searched\", checked: 2026-11-01, confidence: unknown}",
                "hostingRegion: {value: ~, source: \"searched\", checked: 2026-11-01, confidence: unknown}", StringComparison.Ordinal));

        Assert.DoesNotContain(data.LintIssues(), i => i.Contains("test-leeg", StringComparison.Ordinal));
        Assert.False(KnowledgeLoader.Load(data.Folder).Catalog.ProductById["test-leeg"].HostingRegion.IsKnown);
    }

    [Fact]
    public void ALawNoteInOneLanguageFailsLint()
    {
        using var data = new DataCopy();
        var path = Path.Combine(data.Folder, "catalog", "countries.yaml");
        var text = File.ReadAllText(path);
        var english = text.IndexOf("lawNote: {nl: \"CLOUD Act", StringComparison.Ordinal);
        var end = text.IndexOf('\n', english);
        File.WriteAllText(path, text[..english] + "lawNote: \"CLOUD Act: only English\"" + text[end..]);

        Assert.Contains(data.LintIssues(), i => i.Contains("countries.yaml: country 'US', lawNote: schrijf de toelichting in het Nederlands en het Engels", StringComparison.Ordinal));
    }

    [Fact]
    public void AForeignLawIsExplainedInTheReadersLanguage()
    {
        var us = Shipped.Catalog.CountryByCode["US"];
        var reason = new PartyUnderForeignLaw(ControllingRole.VendorParent, "Alphabet Inc.", "US", us.Name, us.LawNote);

        var dutch = ReasonText.Render(reason, ReasonText.Dutch);
        var english = ReasonText.Render(reason, ReasonText.English);

        Assert.Contains("een Amerikaanse aanbieder moet gegevens", dutch, StringComparison.Ordinal);
        Assert.DoesNotContain("must disclose", dutch, StringComparison.Ordinal);
        Assert.Contains("must disclose data", english, StringComparison.Ordinal);
    }

    [Fact]
    public void AChainThatStopsShortSaysUnknownInTheReadersLanguage()
    {
        // Combell → team.blue, whose owner the catalog does not know (issue 17, point 2).
        var chain = OwnershipChain.Resolve(Shipped.Catalog, "combell").Describe();

        Assert.Equal(("Combell → team.blue → onbekend", "Combell → team.blue → unknown"), (chain.Nl, chain.En));
        Assert.Equal("Uiteindelijk moederbedrijf niet bekend (Combell → team.blue → onbekend).", ReasonText.Render(new UltimateParentUnknown(chain), ReasonText.Dutch));
        Assert.Equal("Ultimate parent company not known (Combell → team.blue → unknown).", ReasonText.Render(new UltimateParentUnknown(chain), ReasonText.English));
    }
}

public sealed class ProviderNamesInJson
{
    private static readonly System.Text.Json.JsonSerializerOptions Web = new(System.Text.Json.JsonSerializerDefaults.Web);

    [Fact]
    public void ANameTheSameInBothLanguagesIsAStringAsInEverySnapshotBeforeAndTheOtherAPair()
    {
        var own = new HostingProvider("zuid-dc", LocalizedText.Same("Datacentrum Zuid"), Fact<string>.Unknown(), ProviderKind.Datacenter, IsLocal: true);
        var self = new HostingProvider("self-hosted", new("Zelf gehost", "Self-hosted"), Fact<string>.Unknown(), ProviderKind.SelfHosted);

        var ownJson = System.Text.Json.JsonSerializer.Serialize(own, Web);
        var selfJson = System.Text.Json.JsonSerializer.Serialize(self, Web);

        Assert.Contains("\"name\":\"Datacentrum Zuid\"", ownJson, StringComparison.Ordinal);
        Assert.Contains("\"name\":{\"nl\":\"Zelf gehost\",\"en\":\"Self-hosted\"}", selfJson, StringComparison.Ordinal);
        Assert.Equal(own.Name, System.Text.Json.JsonSerializer.Deserialize<HostingProvider>(ownJson, Web)!.Name);
        Assert.Equal(self.Name, System.Text.Json.JsonSerializer.Deserialize<HostingProvider>(selfJson, Web)!.Name);
    }
}

public sealed class ProviderNamesInScenarios
{
    private static readonly RegieKnowledge Shipped = KnowledgeLoader.Load(DataFolder.Locate());

    [Fact]
    public void AnOutageOfSelfHostingIsNamedInTheReadersLanguage()
    {
        var board = Regie.Core.Scenarios.ScenarioBoard.Prepare(Regie.Core.Demo.DemoBoard.Create(Shipped), Shipped);
        var target = board.FindTarget(Regie.Core.Scenarios.ScenarioKind.Unavailable, "provider:self-hosted")!;

        Assert.Equal(("Zelf gehost", "Self-hosted"), (target.Label.Nl, target.Label.En));
        Assert.Equal("Self-hosted falls away", ReasonText.Render(new Regie.Core.Scenarios.Scenario(Regie.Core.Scenarios.ScenarioKind.Unavailable, target).Headline, ReasonText.English));
    }

    [Fact]
    public void TheConcentrationOnSelfHostingIsNamedInTheReadersLanguage()
    {
        var figures = Regie.Core.Graph.DependencyAnalysis.Figures(DemoWithItsFirstServiceSelfHosted(), Shipped);
        var selfHosted = Assert.Single(figures.ByProvider, c => c.EntityId == "provider:self-hosted");

        Assert.Equal(("Zelf gehost", "Self-hosted"), (selfHosted.Name.Nl, selfHosted.Name.En));
        Assert.Contains(figures.ProviderIndex.Shares, s => s.Name.En == "Self-hosted");
    }

    [Fact]
    public void TheProcessingRegisterNamesASelfHostedServicesHostInTheReadersLanguage()
    {
        var board = DemoWithItsFirstServiceSelfHosted();

        var record = Regie.Core.Privacy.ProcessingRegister.Build(board, Shipped, []).Single(r => r.ServiceId == board.Services[0].Id);
        var host = Assert.Single(record.SubProcessors, p => p.Role == Regie.Core.Privacy.SubProcessorRole.Hosting).Party;

        Assert.Equal(("Zelf gehost", "Self-hosted"), (host.NameIn("nl"), host.NameIn("en")));
    }

    /// <summary>The demo board with its first service run by the board itself (no demo service is).</summary>
    private static Regie.Core.Landscape.BoardLandscape DemoWithItsFirstServiceSelfHosted()
    {
        var demo = Regie.Core.Demo.DemoBoard.Create(Shipped);
        return demo with { Services = [demo.Services[0] with { HostingProviderId = "self-hosted" }, .. demo.Services.Skip(1)] };
    }
}
