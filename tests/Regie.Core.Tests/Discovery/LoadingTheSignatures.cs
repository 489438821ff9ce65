using Regie.Core.Discovery;
using Regie.Core.Knowledge;
using Regie.Core.Knowledge.Loading;

namespace Regie.Core.Tests.Discovery;

public class LoadingTheSignatures : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("regie-signatures-").FullName;

    public void Dispose()
    {
        Directory.Delete(_folder, recursive: true);
        GC.SuppressFinalize(this);
    }

    [Fact]
    public void ShippedSignaturesLoadWithoutIssuesAndTheirProductsExistInTheCatalog()
    {
        var folder = DataFolder.Locate();
        var catalog = KnowledgeLoader.Load(folder).Catalog;

        var (signatures, issues) = SignatureLoader.Lint(Path.Combine(folder, SignatureLoader.RelativePath), catalog);

        Assert.Empty(issues);
        Assert.NotNull(signatures);
        Assert.Contains(signatures.All, s => s.Gateway && s.ProviderId == "n-able");
        Assert.All(signatures.All, s => Assert.StartsWith("http", s.Source, StringComparison.Ordinal));
    }

    [Fact]
    public void EveryProviderOfTheResearchTableHasASignature()
    {
        var providers = DiscoveryTestData.Signatures.All.Select(s => s.ProviderId).ToHashSet();

        foreach (var expected in new[] { "microsoft", "google", "amazon", "aws", "apple", "zoom", "proton-ag", "transip", "surf", "ovhcloud", "hetzner", "n-able", "proofpoint", "mimecast", "barracuda", "hornetsecurity", "trend-micro", "sophos", "cisco", "seppmail", "broadcom" })
        {
            Assert.Contains(expected, providers);
        }
    }

    [Fact]
    public void ABrokenSignatureIsReportedWithFileSignatureAndField()
    {
        var path = Write("""
            signatures:
              - id: broken-one
                record: mx
                patterns: ["mail.example.test"]
                provider: example
                providerName: Example
                service: Example mail
                area: Mailbox
                confidence: 1.5
                source: not a url
                checked: 2026-11-23
              - id: bad-product
                record: txt-prefix
                patterns: ["x="]
                provider: example
                providerName: Example
                product: no-such-product
                service: Example
                area: Verification
                confidence: 0.5
                source: https://example.test/
                checked: 23-11-2026
            """);
        var catalog = KnowledgeLoader.Load(DataFolder.Locate()).Catalog;

        var (_, issues) = SignatureLoader.Lint(path, catalog);

        var texts = issues.Select(i => i.ToString()).ToList();
        Assert.Contains(texts, t => t.StartsWith("discovery/signatures.yaml: signatuur 'broken-one', area:", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.StartsWith("discovery/signatures.yaml: signatuur 'broken-one', confidence:", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.StartsWith("discovery/signatures.yaml: signatuur 'broken-one', source:", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.StartsWith("discovery/signatures.yaml: signatuur 'bad-product', product:", StringComparison.Ordinal));
        Assert.Contains(texts, t => t.StartsWith("discovery/signatures.yaml: signatuur 'bad-product', checked:", StringComparison.Ordinal));
        Assert.Equal(5, issues.Count);
    }

    [Fact]
    public void InvalidYamlNamesTheLine()
    {
        var path = Write("signatures:\n  - id: [unclosed\n");

        var (signatures, issues) = SignatureLoader.Lint(path);

        Assert.Null(signatures);
        Assert.StartsWith("regel 2", Assert.Single(issues).Place, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadThrowsWhenTheFileIsMissing()
    {
        var e = Assert.Throws<KnowledgeLoadException>(() => SignatureLoader.Load(_folder));
        Assert.Contains("ontbreekt", e.Message, StringComparison.Ordinal);
    }

    private string Write(string yaml)
    {
        var path = Path.Combine(_folder, "signatures.yaml");
        File.WriteAllText(path, yaml);
        return path;
    }
}
