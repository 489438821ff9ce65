using Regie.Core.Discovery;
using Regie.Core.Explaining;
using Regie.Discovery.Dns;

namespace Regie.Discovery.Tests.Dns;

/// <summary>Broken zones and servers end as an outcome or a note on the domain, never as an exception.</summary>
[Collection(KnotDnsCollection.Name)]
public sealed class SurvivingBrokenDns(KnotServer dns)
{
    private static readonly SignatureSet Signatures = SignatureLoader.Load(TestFiles.RealDataFolder);

    /// <summary>
    /// Knot and the garbage server always answer, so they get a deadline far beyond any scheduling delay (a short one, processed
    /// late on a loaded machine, turned an answer into a time-out and changed the outcome) yet still bounded, so a lost packet
    /// fails the test instead of hanging it. Only a silent server needs a short one, and it times out whatever its length.
    /// </summary>
    private DnsDiscoverer Discoverer(System.Net.IPEndPoint? endpoint = null, TimeSpan? timeout = null) =>
        new(Signatures, new DnsDiscoveryOptions { Nameserver = endpoint ?? dns.Endpoint, Retries = 0, Timeout = timeout ?? AnsweringServerDeadline });

    internal static readonly TimeSpan AnsweringServerDeadline = TimeSpan.FromSeconds(30);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ANameThatDoesNotExistIsNotFound()
    {
        var result = await Discoverer().DiscoverAsync("missing.m365-school.test", Ct);

        Assert.Equal(DomainOutcome.NotFound, result.Outcome);
        Assert.Equal(new LookupFailed("MX", "missing.m365-school.test", DnsFailure.NotFound), Assert.Single(result.Notes));
    }

    [Fact]
    public async Task AZoneTheServerCannotLoadIsAServerFailure()
    {
        var result = await Discoverer().DiscoverAsync("servfail.test", Ct);

        Assert.Equal(DomainOutcome.ServerFailure, result.Outcome);
        Assert.Equal(new LookupFailed("MX", "servfail.test", DnsFailure.ServerFailure), Assert.Single(result.Notes));
    }

    [Fact]
    public async Task ANameserverThatReceivesButNeverAnswersEndsInATimeOut()
    {
        using var silent = new SilentNameserver();

        var result = await Discoverer(silent.Endpoint, TimeSpan.FromMilliseconds(300)).DiscoverAsync("m365-school.test", Ct);

        Assert.Equal(DomainOutcome.TimedOut, result.Outcome);
        Assert.Empty(result.Findings);
    }

    [Fact]
    public async Task ANameserverAnsweringGarbageIsAServerFailureNotACrash()
    {
        using var garbage = new GarbageNameserver();

        var result = await Discoverer(garbage.Endpoint).DiscoverAsync("m365-school.test", Ct);

        Assert.Equal(DomainOutcome.ServerFailure, result.Outcome);
        var note = Assert.IsType<LookupFailed>(Assert.Single(result.Notes));
        Assert.Equal(("MX", "m365-school.test"), (note.RecordType, note.Name));
        Assert.NotEqual(DnsFailure.NotFound, note.Failure);
    }

    [Fact]
    public async Task ASilentNameserverIsAskedAgainAsOftenAsRetriesAllow()
    {
        using var silent = new SilentNameserver();
        var discoverer = new DnsDiscoverer(Signatures, new DnsDiscoveryOptions
        {
            Nameserver = silent.Endpoint,
            Retries = 2,
            Timeout = TimeSpan.FromMilliseconds(100),
            RetryDelay = TimeSpan.FromMilliseconds(10),
        });

        var result = await discoverer.DiscoverAsync("m365-school.test", Ct);

        Assert.Equal(DomainOutcome.TimedOut, result.Outcome);
        Assert.Equal(3, discoverer.QueriesSent); // the MX question, then two retries; nothing else is asked of a silent server
    }

    [Fact]
    public async Task NamesOutsideTheDomainAreAskedOncePerRun()
    {
        var discoverer = Discoverer();

        await discoverer.DiscoverAsync("m365-school.test", Ct);
        var first = discoverer.QueriesSent;
        await discoverer.DiscoverAsync("m365-school.test", Ct);
        var second = discoverer.QueriesSent - first;

        // SPF includes, CNAME targets and mail hosts elsewhere come from the run's cache; the domain's own names are asked again.
        Assert.True(second < first, $"first {first}, second {second}");
        Assert.True(second >= 4 + 14 + 13 + 3, $"second {second}");
    }

    [Fact]
    public async Task ACnameLoopIsNotedAndTheRestOfTheDomainIsStillRead()
    {
        var result = await Discoverer().DiscoverAsync("cname-loop.test", Ct);

        Assert.Equal(DomainOutcome.Resolved, result.Outcome);
        Assert.Contains(result.Notes, n => n is CnameLoop { Start: "autodiscover.cname-loop.test" });
        Assert.Contains(result.Notes, n => n is CnameLoop { Start: "www.cname-loop.test" });
        Assert.Equal("self-hosted", Assert.Single(result.Findings, f => f.Area == FindingArea.Mail).ProviderId);
    }

    [Fact]
    public async Task ATxtRecordOfSeveralStringsIsReadAsOneLongValue()
    {
        var observed = await Discoverer().ObserveAsync("long-txt.test", Ct);
        var result = DomainClassifier.Classify(observed, Signatures);

        var spf = Assert.Single(observed.Txt, t => t.Value.StartsWith("v=spf1", StringComparison.Ordinal));
        Assert.Equal(488, spf.Value.Length);
        Assert.EndsWith("ip4:203.0.113.14 -all", spf.Value, StringComparison.Ordinal);
        Assert.Equal(["spf.protection.outlook.com", "_spf.google.com"], observed.SpfIncludes.Select(i => i.Target));
        var verification = Assert.Single(result.Findings, f => f.Area == FindingArea.Verification);
        Assert.Equal(255, verification.Evidence[0].Value.Length);
    }

    [Fact]
    public async Task AnSpfIncludeLoopIsNotedAndExpansionStopsThere()
    {
        var observed = await Discoverer().ObserveAsync("spf-loop.test", Ct);

        Assert.Contains(new SpfLoop("spf-loop.test"), observed.Notes);
        Assert.Equal(["a._spf.spf-loop.test", "b._spf.spf-loop.test", "spf-loop.test", "spf.protection.outlook.com"], observed.SpfIncludes.Select(i => i.Target));
        Assert.Equal(3, observed.SpfIncludes.Single(i => i.Target == "spf.protection.outlook.com").Path.Count);
    }

    [Fact]
    public async Task AnSpfRecordNeedingMoreThanTenLookupsIsNotFollowedPastTheLimit()
    {
        var observed = await Discoverer().ObserveAsync("spf-many.test", Ct);

        Assert.Contains(new SpfLookupLimitReached(10), observed.Notes);
        var targets = observed.SpfIncludes.Select(i => i.Target).ToList();
        Assert.Equal(["i1._spf.spf-many.test", "n1._spf.spf-many.test", "i2._spf.spf-many.test", "n2._spf.spf-many.test", "i3._spf.spf-many.test", "n3._spf.spf-many.test", "i4._spf.spf-many.test"], targets);
    }

    [Fact]
    public async Task ACnameChainLongerThanEightHopsIsNotedAndNotFollowedFurther()
    {
        var observed = await Discoverer().ObserveAsync("cname-long.test", Ct);

        Assert.Contains(new CnameChainTooLong("autodiscover.cname-long.test", 8), observed.Notes);
        var autodiscover = Assert.Single(observed.Cnames, c => c.Label == "autodiscover");
        Assert.Equal(8, autodiscover.Records.Count);
        Assert.All(autodiscover.Records, r => Assert.Equal("CNAME", r.RecordType));
    }

    [Fact]
    public async Task TwoSpfRecordsAtTheDomainAreNotedWithTheirCount()
    {
        var observed = await Discoverer().ObserveAsync("spf-twice.test", Ct);

        Assert.Contains(new SeveralSpfRecords("spf-twice.test", 2), observed.Notes);
        Assert.Single(observed.SpfIncludes); // only the first record is expanded, whichever the server sent first
    }

    [Fact]
    public void AnInternationalisedNameIsAskedInItsAsciiForm() =>
        Assert.Equal("xn--basisschool-n-mhba.test", DnsDiscoverer.Normalise("Basisschool-één.test."));

    [Theory]
    [InlineData("not a domain")]
    [InlineData("school..test")]
    [InlineData("")]
    public async Task AnInvalidNameIsReportedWithoutAskingDns(string name)
    {
        var discoverer = Discoverer();

        var result = await discoverer.DiscoverAsync(name, Ct);

        Assert.Equal(DomainOutcome.Invalid, result.Outcome);
        Assert.Equal(new NotADomainName(name.Trim()), Assert.Single(result.Notes));
        Assert.Equal(0, discoverer.QueriesSent);
    }
}
