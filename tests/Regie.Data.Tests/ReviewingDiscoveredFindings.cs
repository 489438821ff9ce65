using Microsoft.EntityFrameworkCore;
using Regie.Core.Catalog;
using Regie.Core.Discovery;
using Regie.Core.Explaining;
using Regie.Core.Knowledge;
using Regie.Core.Knowledge.Loading;
using Regie.Core.Landscape;
using Regie.Data;
using Regie.Data.Tests.Support;

namespace Regie.Data.Tests;

public sealed class ReviewingDiscoveredFindings(StorageFixture storage) : IClassFixture<StorageFixture>
{
    private static readonly KnowledgeCatalog Catalog = KnowledgeLoader.Load(DataFolder.Locate()).Catalog;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly Finding ExchangeByMx = new(
        "school.test", FindingArea.Mail, "microsoft", "Microsoft", "exchange-online", "Exchange Online", "US", 0.95, "mx",
        [new Evidence("MX", "school.test", "school-test.mail.protection.outlook.com")]);

    private static readonly Finding ExchangeOnOtherDomain = ExchangeByMx with
    {
        Domain = "leerling.school.test",
        Evidence = [new Evidence("MX", "leerling.school.test", "leerling-school-test.mail.protection.outlook.com")],
    };

    private static readonly Finding AwsDns = new(
        "school.test", FindingArea.DnsHosting, "aws", "Amazon Web Services", null, "DNS-hosting", "US", 0.9, "ns",
        [new Evidence("NS", "school.test", "ns-12.awsdns-01.com")]);

    private static DomainDiscovery Found(string domain, params Finding[] findings) => new(domain, DomainOutcome.Resolved, findings, []);

    [Theory, OnBothDatabases]
    public async Task AcceptingAFindingCreatesTheCatalogServiceAndKeepsTheRecordsThatProvedIt(DatabaseProvider provider)
    {
        var board = await storage.CreateBoardAsync(provider);
        await using var db = storage.OpenAs(provider, board);
        var run = await db.RecordDiscoveryRunAsync([Found("school.test", ExchangeByMx)], "127.0.0.1:53", storage.Clock.GetUtcNow(), storage.Clock.GetUtcNow(), Ct);

        var service = await db.AcceptFindingAsync(run.Findings.Single().Id, Catalog, storage.Clock.GetUtcNow(), Ct);

        Assert.NotNull(service);
        Assert.Equal(("Exchange Online", "exchange-online"), (service.Name, service.CatalogProductId));
        var evidence = await db.ServiceEvidence.Where(e => e.ServiceId == service.Id).SingleAsync(Ct);
        Assert.Equal(("dns", "MX", "school-test.mail.protection.outlook.com", 0.95), (evidence.Origin, evidence.RecordType, evidence.Value, evidence.Confidence));
        Assert.Equal(FindingReview.Accepted, (await db.DiscoveryFindings.SingleAsync(Ct)).Review);
    }

    [Theory, OnBothDatabases]
    public async Task TwoFindingsOfTheSameProductBecomeOneServiceWithBothProofs(DatabaseProvider provider)
    {
        var board = await storage.CreateBoardAsync(provider);
        await using var db = storage.OpenAs(provider, board);
        var run = await db.RecordDiscoveryRunAsync(
            [Found("school.test", ExchangeByMx), Found("leerling.school.test", ExchangeOnOtherDomain)], null, storage.Clock.GetUtcNow(), storage.Clock.GetUtcNow(), Ct);

        foreach (var finding in run.Findings)
        {
            await db.AcceptFindingAsync(finding.Id, Catalog, storage.Clock.GetUtcNow(), Ct);
        }

        var service = await db.Services.SingleAsync(Ct);
        Assert.Equal(2, await db.ServiceEvidence.CountAsync(e => e.ServiceId == service.Id, Ct));
    }

    [Theory, OnBothDatabases]
    public async Task AFindingWithoutACatalogProductBecomesTheProvidersServiceWithItsHostingAndVendor(DatabaseProvider provider)
    {
        var board = await storage.CreateBoardAsync(provider);
        await using var db = storage.OpenAs(provider, board);
        var run = await db.RecordDiscoveryRunAsync([Found("school.test", AwsDns)], null, storage.Clock.GetUtcNow(), storage.Clock.GetUtcNow(), Ct);

        var service = await db.AcceptFindingAsync(run.Findings.Single().Id, Catalog, storage.Clock.GetUtcNow(), Ct);

        Assert.NotNull(service);
        Assert.Equal("DNS-hosting (Amazon Web Services)", service.Name);
        Assert.Equal("aws", service.HostingProviderId);
        Assert.Equal(Catalog.ProviderById["aws"].Company.Value, service.VendorId);
        Assert.Null(service.CatalogProductId);
    }

    [Theory, OnBothDatabases]
    public async Task AProviderTheCatalogLacksBecomesTheBoardsOwnPartyOnceWithTheSignaturesCountry(DatabaseProvider provider)
    {
        var gateway = new Finding(
            "school.test", FindingArea.MailGateway, "spamexperts", "SpamExperts", null, "Mailfilter", "NL", 0.9, "mx",
            [new Evidence("MX", "school.test", "mx.spamexperts.com")]);
        var hoster = new Finding(
            "school.test", FindingArea.WebHosting, "Eigen hoster", "Eigen hoster", null, "Website", null, 0.7, "web-address-range",
            [new Evidence("A", "www.school.test", "192.0.2.34")]);
        var board = await storage.CreateBoardAsync(provider);
        await using var db = storage.OpenAs(provider, board);
        var run = await db.RecordDiscoveryRunAsync(
            [Found("school.test", gateway, hoster), Found("leerling.school.test", gateway with { Domain = "leerling.school.test" })],
            null, storage.Clock.GetUtcNow(), storage.Clock.GetUtcNow(), Ct);

        var services = new List<ServiceEntity>();
        foreach (var finding in run.Findings)
        {
            services.Add((await db.AcceptFindingAsync(finding.Id, Catalog, storage.Clock.GetUtcNow(), Ct))!);
        }

        var company = Assert.Single(await db.LocalCompanies.Where(c => c.Key == "spamexperts").ToListAsync(Ct));
        Assert.Equal(("SpamExperts", "NL", (string?)null), (company.Name, company.Country, company.ParentKey));
        Assert.Contains("regel mx", company.Source);
        Assert.Equal("spamexperts", services.First(s => s.Name.StartsWith("Mailfilter", StringComparison.Ordinal)).VendorId);
        var host = Assert.Single(await db.LocalProviders.ToListAsync(Ct));
        Assert.Equal(("eigen-hoster", "eigen-hoster"), (host.Key, host.CompanyKey));
        Assert.Equal("eigen-hoster", services.Single(s => s.Name.StartsWith("Website", StringComparison.Ordinal)).HostingProviderId);
        Assert.Equal(2, await db.LocalCompanies.CountAsync(Ct));

        var landscape = await db.LoadLandscapeAsync(new OrganisationId(board), TimeProvider.System, Ct);
        Assert.Contains(landscape.LocalCompanies, c => c.Id == "spamexperts");
    }

    [Theory, OnBothDatabases]
    public async Task ASecondRunKeepsEarlierDecisionsAndShowsWhatChanged(DatabaseProvider provider)
    {
        var board = await storage.CreateBoardAsync(provider);
        await using var db = storage.OpenAs(provider, board);
        var first = await db.RecordDiscoveryRunAsync([Found("school.test", ExchangeByMx, AwsDns)], null, storage.Clock.GetUtcNow(), storage.Clock.GetUtcNow(), Ct);
        var exchange = first.Findings.Single(f => f.ProductId == "exchange-online");
        var service = await db.AcceptFindingAsync(exchange.Id, Catalog, storage.Clock.GetUtcNow(), Ct);
        await db.RejectFindingAsync(first.Findings.Single(f => f.ProviderId == "aws").Id, Ct);

        var later = storage.Clock.GetUtcNow().AddDays(7);
        var second = await db.RecordDiscoveryRunAsync(
            [Found("school.test", ExchangeByMx), Found("leerling.school.test", ExchangeOnOtherDomain)], null, later, later, Ct);

        var stored = await db.DiscoveryRunAsync(second.Id, Ct);
        Assert.NotNull(stored);
        var kept = stored.Value.Run.Findings.Single(f => f.Key == ExchangeByMx.Key);
        Assert.Equal((FindingReview.Accepted, service!.Id), (kept.Review, kept.ServiceId));
        Assert.Equal(FindingReview.Proposed, stored.Value.Run.Findings.Single(f => f.Key == ExchangeOnOtherDomain.Key).Review);

        var changes = DiscoveryReview.Compare(
            [.. stored.Value.Previous!.Select(f => f.ToCore())], [.. stored.Value.Run.Findings.Select(f => f.ToCore())]);
        Assert.Equal([ExchangeOnOtherDomain.Key], changes.Added.Select(f => f.Key));
        Assert.Equal([AwsDns.Key], changes.Removed.Select(f => f.Key));
        Assert.Equal([ExchangeByMx.Key], changes.Unchanged.Select(f => f.Key));
    }

    [Theory, OnBothDatabases]
    public async Task ARunsNotesAreStoredAsValuesAndReadBackTheSame(DatabaseProvider provider)
    {
        var board = await storage.CreateBoardAsync(provider);
        IReadOnlyList<DiscoveryReason> notes =
            [new LookupFailed("TXT", "_dmarc.school.test", DnsFailure.TimedOut), new CnameLoop("www.school.test", "www.school.test"), new MailExchangersNotRecognised(["mx.school.test"])];
        Guid runId;
        await using (var db = storage.OpenAs(provider, board))
        {
            runId = (await db.RecordDiscoveryRunAsync(
                [new DomainDiscovery("school.test", DomainOutcome.Resolved, [ExchangeByMx], notes), new DomainDiscovery("x", DomainOutcome.Invalid, [], [new NotADomainName("x")])],
                null, storage.Clock.GetUtcNow(), storage.Clock.GetUtcNow(), Ct)).Id;
        }

        await using var reader = storage.OpenAs(provider, board);
        var stored = (await reader.DiscoveryRunAsync(runId, Ct))!.Value.Run;
        var outcomes = stored.Outcomes();

        Assert.Contains("\"code\":\"lookupFailed\"", stored.OutcomesJson, StringComparison.Ordinal);
        Assert.Equal(notes.Select(n => ReasonText.Render(n, ReasonText.English)), outcomes["school.test"].Notes.Select(n => ReasonText.Render(n, ReasonText.English)));
        Assert.Equal(notes.Select(n => n.GetType()), outcomes["school.test"].Notes.Select(n => n.GetType()));
        Assert.Equal((DomainOutcome.Invalid, (DiscoveryReason)new NotADomainName("x")), (outcomes["x"].Outcome, Assert.Single(outcomes["x"].Notes)));
    }

    [Theory, OnBothDatabases]
    public async Task ARunStoredWithNotesAsTextIsStillReadWithThoseTexts(DatabaseProvider provider)
    {
        var board = await storage.CreateBoardAsync(provider);
        var runId = Guid.NewGuid();
        await using (var db = storage.OpenAs(provider, board))
        {
            // The outcomes as runs stored them before notes were values.
            db.DiscoveryRuns.Add(new DiscoveryRunEntity
            {
                Id = runId,
                StartedAt = storage.Clock.GetUtcNow(),
                FinishedAt = storage.Clock.GetUtcNow(),
                Domains = ["school.test", "kapot.test"],
                OutcomesJson = """{"school.test":{"outcome":"Resolved","notes":["CNAME-lus bij www.school.test via www.school.test"]},"kapot.test":{"outcome":"ServerFailure","notes":["MX kapot.test: serverfout (SERVFAIL)"]}}""",
            });
            await db.SaveChangesAsync(Ct);
        }

        await using var reader = storage.OpenAs(provider, board);
        var outcomes = (await reader.DiscoveryRunAsync(runId, Ct))!.Value.Run.Outcomes();

        Assert.Equal([new CollectorNote("CNAME-lus bij www.school.test via www.school.test")], outcomes["school.test"].Notes);
        Assert.Equal((DomainOutcome.ServerFailure, "MX kapot.test: serverfout (SERVFAIL)"),
            (outcomes["kapot.test"].Outcome, ReasonText.Render(Assert.Single(outcomes["kapot.test"].Notes), ReasonText.English)));
    }

    [Theory, OnBothDatabases]
    public async Task AnotherBoardsFindingCanBeNeitherAcceptedNorRejected(DatabaseProvider provider)
    {
        var (a, b) = (await storage.CreateBoardAsync(provider, "A"), await storage.CreateBoardAsync(provider, "B"));
        Guid theirs;
        await using (var db = storage.OpenAs(provider, b))
        {
            theirs = (await db.RecordDiscoveryRunAsync([Found("b.test", ExchangeByMx)], null, storage.Clock.GetUtcNow(), storage.Clock.GetUtcNow(), Ct)).Findings.Single().Id;
        }

        await using (var db = storage.OpenAs(provider, a))
        {
            Assert.Null(await db.AcceptFindingAsync(theirs, Catalog, storage.Clock.GetUtcNow(), Ct));
            Assert.False(await db.RejectFindingAsync(theirs, Ct));
            Assert.Empty(await db.DiscoveryRunsAsync(Ct));
        }

        await using var reader = storage.OpenAs(provider, b);
        Assert.Equal(FindingReview.Proposed, (await reader.DiscoveryFindings.SingleAsync(Ct)).Review);
        Assert.Empty(await reader.Services.ToListAsync(Ct));
    }
}
