namespace Regie.Core.Tests;

/// <summary>Issue 17 point 3: confirmed only for the vendor's or owner's own page; unknown is unknown.</summary>
public class ConfidenceThatMeansWhatItSays
{
    private static string Product(string id, string vendorSource, string confidence) => V2Yaml.Product(id, "").Replace(
        "vendor: {value: microsoft, source: \"https://example.org\", checked: 2026-11-01, confidence: confirmed}",
        $"vendor: {{value: microsoft, source: \"{vendorSource}\", checked: 2026-11-01, confidence: {confidence}}}", StringComparison.Ordinal);

    [Fact]
    public void AConfirmedFactWhoseSourceCitesAMirrorFailsLintNamingFileProductAndField()
    {
        using var data = new DataCopy().Append("products.yaml", Product("test-kopie", "https://example.org and the copy at https://docslib.org/doc/1", "confirmed"));

        Assert.Contains(
            "products.yaml: product 'test-kopie', vendor.confidence: confirmed, maar de bron noemt docslib.org (aggregator-domains.yaml): "
            + "een kopie of samenvatting is geen eigen pagina van leverancier of eigenaar; maak het secondary",
            data.LintIssues());
    }

    [Fact]
    public void AMirrorNamedWithoutSchemeOrOnASubdomainCountsToo()
    {
        using var data = new DataCopy()
            .Append("products.yaml", Product("test-zonder-schema", "8-K (copy on capedge.com)", "confirmed"))
            .Append("products.yaml", Product("test-subdomein", "https://kr.advfn.com/stock-market/x", "confirmed"));

        var issues = data.LintIssues();
        Assert.Contains(issues, i => i.StartsWith("products.yaml: product 'test-zonder-schema', vendor.confidence: confirmed, maar de bron noemt capedge.com", StringComparison.Ordinal));
        Assert.Contains(issues, i => i.StartsWith("products.yaml: product 'test-subdomein', vendor.confidence: confirmed, maar de bron noemt advfn.com", StringComparison.Ordinal));
    }

    [Fact]
    public void AMirrorIsFineForASecondaryFactAndALookAlikeDomainIsNoMirror()
    {
        using var data = new DataCopy()
            .Append("products.yaml", Product("test-secundair", "https://docslib.org/doc/1", "secondary"))
            .Append("products.yaml", Product("test-lijkt-erop", "https://notdocslib.org/page", "confirmed"));

        Assert.DoesNotContain(data.LintIssues(), i => i.Contains("test-secundair", StringComparison.Ordinal) || i.Contains("test-lijkt-erop", StringComparison.Ordinal));
    }

    [Fact]
    public void ACompanyFactCitingAMirrorFailsLintToo()
    {
        using var data = new DataCopy().Append("companies.yaml", """
              - id: test-bedrijf
                name: "Test"
                country: {value: NL, source: "https://fdocuments.nl/document/x.html", checked: 2026-11-01, confidence: confirmed}
                parent: {value: none, source: "https://example.org", checked: 2026-11-01, confidence: confirmed}
            """);

        Assert.Contains(data.LintIssues(), i => i.StartsWith("companies.yaml: company 'test-bedrijf', country.confidence: confirmed, maar de bron noemt fdocuments.nl", StringComparison.Ordinal));
    }

    [Fact]
    public void AnUnknownValueWithAConfidenceOtherThanUnknownFailsLint()
    {
        using var data = new DataCopy().Append("products.yaml", V2Yaml.Product("test-onbekend", "").Replace(
            "hostingRegion: {value: unknown, source: \"searched\", checked: 2026-11-01, confidence: unknown}",
            "hostingRegion: {value: unknown, source: \"searched\", checked: 2026-11-01, confidence: secondary}", StringComparison.Ordinal)
            + "    subProcessors: {value: unknown, source: \"searched\", checked: 2026-11-01, confidence: confirmed}\n");

        var issues = data.LintIssues();
        Assert.Contains("products.yaml: product 'test-onbekend', hostingRegion.confidence: een onbekende waarde heeft confidence: unknown, niet secondary", issues);
        Assert.Contains("products.yaml: product 'test-onbekend', subProcessors.confidence: een onbekende waarde heeft confidence: unknown, niet confirmed", issues);
    }

    [Fact]
    public void AnAggregatorDomainNeedsAReason()
    {
        using var data = new DataCopy().Append("aggregator-domains.yaml", "  - {domain: example-mirror.org}\n  - {domain: 'not a domain', why: x}\n");

        var issues = data.LintIssues();
        Assert.Contains("aggregator-domains.yaml: domain 'example-mirror.org', why: ontbreekt: zeg waarom dit niet de eigen pagina van een leverancier of eigenaar is", issues);
        Assert.Contains(issues, i => i.StartsWith("aggregator-domains.yaml: domain ", StringComparison.Ordinal)
            && i.EndsWith(": 'not a domain' is geen domeinnaam (zoals docslib.org)", StringComparison.Ordinal));
    }
}
